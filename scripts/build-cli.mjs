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
/**
 * Modules the compiled CLI loads only when first used. In the bundle, the importers named get a
 * stand-in whose functions `require` generator/dist/<name>.cjs (the module bundled on its own, as
 * CommonJS) on their first call: `require` keeps the callers synchronous, and CommonJS loads that
 * way on every Node 20. Run from the sources (tsx, vitest), the modules are what they say.
 */
const ON_DEMAND = [
  // the markdown and HTML parsers (unified, remark, parse5): about 60 ms of module loading that a
  // PDF text or a tab-table document never needs
  { name: "markdown-libs", source: "generator/src/recover/markdown-libs.ts", importers: /[\\/]generator[\\/]src[\\/]/, exports: ["markdownLibs"] },
  // the Alibaba signer, for the signature example an Alibaba reference may print: with it comes
  // node:crypto, about 5 ms of every `parse`, which no other document needs
  {
    name: "aliyun-rpc-signer",
    source: "runtime/src/signing/aliyun-rpc-signer.ts",
    importers: /[\\/]parse[\\/]aliyun[\\/]doc-checks\.ts$/,
    exports: ["signAliyunRpc"],
  },
];
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
  plugins: [precompiledSpecValidator(), modulesOnDemand(), childProcessOnDemandInCommander()],
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
for (const m of ON_DEMAND) {
  await build({
    entryPoints: [join(root, m.source)],
    outfile: join(outdir, `${m.name}.cjs`),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
  });
}

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

/** The ON_DEMAND modules, for their importers, as stand-ins that load the real module on first use. */
function modulesOnDemand() {
  return {
    name: "modules-on-demand",
    setup(b) {
      b.onResolve({ filter: /\.js$/ }, (args) => {
        const target = join(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        const m = ON_DEMAND.find((o) => target === join(root, o.source) && o.importers.test(args.importer));
        return m ? { path: m.name, namespace: "doc2sdk-module-on-demand" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "doc2sdk-module-on-demand" }, (args) => {
        const m = ON_DEMAND.find((o) => o.name === args.path);
        return {
          contents: [
            'import { createRequire } from "node:module";',
            'import { join } from "node:path";',
            'import { packageRoot } from "./generator/src/package-root.ts";',
            "let real;",
            `const load = () => (real ??= createRequire(import.meta.url)(join(packageRoot(import.meta.url), "generator/dist/${m.name}.cjs")));`,
            ...m.exports.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
          ].join("\n"),
          loader: "js",
          resolveDir: root,
        };
      });
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
