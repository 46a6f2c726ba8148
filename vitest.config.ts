import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // packages resolve by name through npm workspaces, as a consumer's would: the runtime to its
    // built dist/ (rebuilt from its sources before the run), not to an alias of its sources
    // then every API is rendered once for the whole run (test/setup/render.ts)
    globalSetup: ["test/setup/build.ts", "test/setup/render.ts"],
    include: ["test/**/*.test.ts", "runtime/test/**/*.test.ts", "generated/*/test/**/*.test.ts"],
    testTimeout: 30000,
  },
});
