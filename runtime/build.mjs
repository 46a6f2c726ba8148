#!/usr/bin/env node
// Builds the runtime's dist/: an ESM file (dist/index.js) and a CommonJS one (dist/cjs/index.js,
// beside a package.json that makes the folder CommonJS), each with its own copy of the .d.ts
// files, so `import` and `require` both resolve to code and types of their own module format
// (Node 18 cannot require ESM). Files are built in a temp folder and renamed into place one by
// one: a test or an import running meanwhile never reads a half-written file.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, buildSync } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = join(here, "dist");
/** Rarely used parts, built as files of their own: src/optional.ts loads them when needed. */
const OPTIONAL = ["credential-providers", "proxy"];
const tmp = mkdtempSync(join(here, ".tmp-dist-"));
try {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(here, "tsconfig.json"), "--emitDeclarationOnly", "--outDir", tmp], {
    stdio: "inherit",
  });
  const common = { bundle: true, platform: "node", target: "node18", logLevel: "warning", legalComments: "none" };
  for (const [format, dir] of [
    ["esm", tmp],
    ["cjs", join(tmp, "cjs")],
  ]) {
    buildSync({ ...common, entryPoints: [join(here, "src/index.ts")], format, outfile: join(dir, "index.js") });
    // the optional parts are files of their own beside index.js, loaded on first need (src/optional.ts);
    // what they use of the runtime they take from ./index.js, so there is one copy of each class
    for (const name of OPTIONAL) {
      await build({ ...common, entryPoints: [join(here, `src/${name}.ts`)], format, outfile: join(dir, `${name}.js`), plugins: [coreFromIndex(name)] });
    }
  }
  for (const f of filesUnder(tmp).filter((f) => f.endsWith(".d.ts") && !relative(tmp, f).startsWith("cjs/"))) {
    const to = join(tmp, "cjs", relative(tmp, f));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(f, to);
  }
  writeFileSync(join(tmp, "cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  const built = new Set(filesUnder(tmp).map((f) => relative(tmp, f)));
  for (const rel of built) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    renameSync(join(tmp, rel), join(out, rel));
  }
  for (const f of filesUnder(out)) if (!built.has(relative(out, f))) rmSync(f);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * Imports of the runtime's own modules from an optional part become imports of ./index.js (the
 * names are all exported there); the pure wire helpers are copied in, as they hold no state.
 */
function coreFromIndex(name) {
  const self = join(here, `src/${name}.ts`);
  return {
    name: "core-from-index",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = join(dirname(args.importer), args.path).replace(/\.js$/, ".ts");
        if (target === self || target.startsWith(join(here, "src/wire/"))) return undefined;
        return { path: "./index.js", external: true };
      });
    },
  };
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
