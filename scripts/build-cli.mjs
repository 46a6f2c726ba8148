#!/usr/bin/env node
// Compiles the CLI (generator/src/cli.ts and everything it loads) to generator/dist/, so the
// published `doc2sdk` package runs as plain JavaScript with no TypeScript loader. Each command's
// modules stay separate chunks, loaded only when that command runs (a no-op `generate` must not
// pay for the parser). The small pure-JS dependencies are bundled, so installing the package
// needs nothing from a registry; ts-morph, typescript and esbuild (only `generate` uses them,
// to type-check and bundle the packages it emits) stay imports of installed packages.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "generator/dist");
// `npm run generate` builds first; when nothing the CLI is made of is newer, that costs nothing
const inputs = ["generator/src", "runtime/src", "spec/spec.schema.json", "package.json", "scripts/build-cli.mjs"].flatMap((p) => filesUnder(join(root, p)));
const built = join(outdir, "cli.js");
if (!process.argv.includes("--force") && existsSync(built) && inputs.every((f) => statSync(f).mtimeMs <= statSync(built).mtimeMs)) process.exit(0);
rmSync(outdir, { recursive: true, force: true });
await build({
  // the worker thread `generate` renders APIs in is an entry of its own, sharing the chunks
  entryPoints: [join(root, "generator/src/cli.ts"), join(root, "generator/src/task-worker.ts")],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["ts-morph", "typescript", "esbuild", "oxc-transform"],
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (commander, handlebars) call require(); an ES module has none of its own
  banner: { js: 'import { createRequire as __doc2sdkCreateRequire } from "node:module"; const require = __doc2sdkCreateRequire(import.meta.url);' },
  legalComments: "none",
  logLevel: "warning",
  plugins: [precompiledSpecValidator()],
});

/**
 * generator/src/spec-validator-precompiled.ts, in the build, is Ajv's standalone validator for
 * spec/spec.schema.json, with the options spec-file.ts compiles it with at run time.
 */
function precompiledSpecValidator() {
  return {
    name: "precompiled-spec-validator",
    setup(b) {
      b.onLoad({ filter: /spec-validator-precompiled\.ts$/ }, () => {
        const schema = JSON.parse(readFileSync(join(root, "spec/spec.schema.json"), "utf8"));
        const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
        const code = standaloneCode(ajv, ajv.compile(schema));
        return { contents: `${code}\nexport const precompiledValidator = validate;\n`, loader: "js", resolveDir: root };
      });
    },
  };
}

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}
