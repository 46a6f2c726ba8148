import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // generated packages import the runtime by its npm name; in the repository that is its source
    alias: { "@doc2sdk/runtime": fileURLToPath(new URL("./runtime/src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts", "runtime/test/**/*.test.ts", "generated/*/test/**/*.test.ts"],
    testTimeout: 30000,
  },
});
