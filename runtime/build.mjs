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
import { buildSync } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = join(here, "dist");
const tmp = mkdtempSync(join(here, ".tmp-dist-"));
try {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(here, "tsconfig.json"), "--emitDeclarationOnly", "--outDir", tmp], { stdio: "inherit" });
  const common = { entryPoints: [join(here, "src/index.ts")], bundle: true, platform: "node", target: "node18", logLevel: "warning", legalComments: "none" };
  buildSync({ ...common, format: "esm", outfile: join(tmp, "index.js") });
  buildSync({ ...common, format: "cjs", outfile: join(tmp, "cjs/index.js") });
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

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
