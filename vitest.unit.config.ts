import { defineConfig } from "vitest/config";

/**
 * The fast tier for development (`npm run test:unit`, under a minute): parsers, profiles, the
 * emitters on tiny specs, diff, mock, OpenAPI export, the spec schema and the runtime's unit tests.
 * Not here: the fuzzers, the runtime's load tests, rendering the whole corpus, the committed packages and their tsc runs, packaging,
 * the registry, the CLI end to end, lint and format. `npm test` runs everything.
 */
export default defineConfig({
  test: {
    globalSetup: ["test/setup/build.ts"],
    include: [
      "test/parser/**/*.test.ts",
      "test/profiles/**/*.test.ts",
      "test/emit/**/*.test.ts",
      "test/diff/**/*.test.ts",
      "test/mock/**/*.test.ts",
      "test/openapi/**/*.test.ts",
      "test/pagination.test.ts",
      "test/spec-schema.test.ts",
      "test/text-order.test.ts",
      "runtime/test/**/*.test.ts",
    ],
    // the CLI end to end, the fuzzers and the runtime's load tests belong to the full suite
    exclude: ["test/diff/diff-cli.test.ts", "runtime/test/load-and-edges.test.ts"],
    // files share their worker processes: forking and re-importing per file was half the tier's
    // time on a busy 2-core machine (80 s → 50 s at load average 6.5); the full suite keeps isolation
    isolate: false,
    testTimeout: 30000,
  },
});
