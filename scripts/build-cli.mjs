#!/usr/bin/env node
// Compiles the CLI (generator/src/cli.ts and everything it loads) to generator/dist/, so the
// published `doc2sdk` package runs as plain JavaScript with no TypeScript loader. Each command's
// modules stay separate chunks, loaded only when that command runs (a no-op `generate` must not
// pay for the parser). The small pure-JS dependencies are bundled, so installing the package
// needs nothing from a registry; ts-morph, typescript and esbuild (only `generate` uses them,
// to type-check and bundle the packages it emits) stay imports of installed packages.
//
// The files are CommonJS (.cjs): esbuild splits the ES module graph into chunks, then each chunk
// is transformed to CommonJS. Node loads CommonJS synchronously, without the ES module loader's
// per-module resolution and asynchronous reads: a `parse` of the Redis PDF text took about 30 ms
// less, `--version` about 13 ms less (interleaved runs, this 2-core machine).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MARKDOWN_LIBS = "generator/src/recover/markdown-libs.ts";
const outdir = join(root, "generator/dist");
// `npm run generate` builds first; when nothing the CLI is made of is newer, that costs nothing
const inputs = ["generator/src", "runtime/src", "spec/spec.schema.json", "package.json", "scripts/build-cli.mjs"].flatMap((p) => filesUnder(join(root, p)));
const built = join(outdir, "cli.cjs");
if (!process.argv.includes("--force") && existsSync(built) && inputs.every((f) => statSync(f).mtimeMs <= statSync(built).mtimeMs)) process.exit(0);
rmSync(outdir, { recursive: true, force: true });
const { outputFiles } = await build({
  // the worker thread `generate` renders APIs in is an entry of its own, sharing the chunks
  entryPoints: [join(root, "generator/src/cli.ts"), join(root, "generator/src/task-worker.ts")],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  // the chunks import one another by these names; each becomes CommonJS below
  outExtension: { ".js": ".cjs" },
  platform: "node",
  target: "node20",
  external: ["ts-morph", "typescript", "esbuild", "oxc-transform"],
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
  write: false,
  plugins: [precompiledSpecValidator(), markdownLibsOnDemand(), childProcessOnDemandInCommander()],
});
for (const file of outputFiles) {
  const { code } = await transform(file.text, {
    format: "cjs",
    platform: "node",
    target: "node20",
    // `await import("./chunks/x.cjs")` becomes a require: the command's modules still load only
    // when it runs, and synchronously
    supported: { "dynamic-import": false },
    // the modules find the package (templates, runtime) from their own location
    define: { "import.meta.url": "__doc2sdkModuleUrl" },
    banner: 'const __doc2sdkModuleUrl = require("node:url").pathToFileURL(__filename).href;',
    legalComments: "none",
    // names are kept (DOC2SDK_DEBUG stacks stay readable); whitespace and comments are 0.3 MB
    // that V8 scans on every start (about 5 ms of a parse's module loading)
    minifyWhitespace: true,
    sourcefile: file.path,
  });
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, code);
}
// the markdown and HTML parsers, loaded by the CLI only when a document holds a table they read
await build({
  entryPoints: [join(root, MARKDOWN_LIBS)],
  outfile: join(outdir, "markdown-libs.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
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

/**
 * generator/src/recover/markdown-libs.ts, in the CLI's bundle, is a getter that `require`s
 * generator/dist/markdown-libs.cjs (that same module bundled on its own, as CommonJS) the first
 * time it is called: about 60 ms of module loading that a PDF text or a tab-table document never
 * needs. `require` keeps the parsers synchronous, and CommonJS loads that way on every Node 20.
 */
function markdownLibsOnDemand() {
  return {
    name: "markdown-libs-on-demand",
    setup(b) {
      b.onLoad({ filter: /[\\/]recover[\\/]markdown-libs\.ts$/ }, () => ({
        contents: [
          'import { createRequire } from "node:module";',
          'import { join } from "node:path";',
          'import { packageRoot } from "./generator/src/package-root.ts";',
          "let libs;",
          "export function markdownLibs() {",
          '  libs ??= createRequire(import.meta.url)(join(packageRoot(import.meta.url), "generator/dist/markdown-libs.cjs")).markdownLibs();',
          "  return libs;",
          "}",
        ].join("\n"),
        loader: "js",
        resolveDir: root,
      }));
    },
  };
}

/**
 * commander requires node:child_process when it loads, only to spawn executable subcommands, which
 * doc2sdk has none of; child_process pulls in node:net with it, about 5 ms of every CLI start. In
 * the bundle, commander gets a stand-in that requires the real module the first time a property
 * of it is read.
 */
function childProcessOnDemandInCommander() {
  return {
    name: "child-process-on-demand-in-commander",
    setup(b) {
      b.onResolve({ filter: /^node:child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child-process-on-demand", namespace: "doc2sdk-on-demand" } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "doc2sdk-on-demand" }, () => ({
        contents: ["let real;", 'module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });'].join("\n"),
        loader: "js",
      }));
    },
  };
}

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}
