// ESLint (flat config) over the hand-written TypeScript: the generator, the runtime, the scripts
// and the tests. Formatting is Prettier's (.prettierrc.json), so no stylistic rules here.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "generated/**",
      "spec/**",
      "test/corpus/**",
      "test/fixtures/**",
      "**/__snapshots__/**",
      "templates/**",
      ".tmp-*/**",
      ".bench/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,mts,js,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
    rules: {
      // `_name` marks a value destructured away on purpose
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // a ternary or && as a statement hides a side effect in an expression: write an if
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: false, allowTernary: false }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": "error",
      // the readers strip control characters from documents and headers on purpose
      "no-control-regex": "off",
    },
  },
  {
    // in the shipped code, no comma operator either ("cond ? x : (problems.push(…), [])"); the
    // tests keep the idiom `(v) => (state = v, resolve())` of their small callbacks
    files: ["generator/src/**/*.ts", "runtime/src/**/*.ts"],
    rules: { "no-sequences": ["error", { allowInParentheses: false }] },
  },
  {
    // the launcher is CommonJS (bin/package.json): it loads the compiled CLI with require
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // the tests read loosely typed JSON (specs, OpenAPI documents) on purpose
    files: ["test/**/*.ts", "runtime/test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
