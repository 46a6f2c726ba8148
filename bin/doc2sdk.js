#!/usr/bin/env node
// Launcher: runs the compiled CLI (generator/dist/, built by `npm run build`, which `npm install`
// runs through `prepare`), so no TypeScript loader is needed at run time. A checkout installed
// without scripts (`npm ci --ignore-scripts`) has no dist/: there it runs the sources through tsx,
// a devDependency, rather than fail.
import { existsSync } from "node:fs";

const cli = new URL("../generator/dist/cli.js", import.meta.url);
const sources = new URL("../generator/src/cli.ts", import.meta.url);
if (existsSync(cli)) await import(cli.href);
else if (
  existsSync(sources) &&
  (await import("tsx/esm/api").then(
    (m) => (m.register(), true),
    () => false,
  ))
)
  await import(sources.href);
else {
  console.error("doc2sdk: the CLI is not built (generator/dist/cli.js is missing): run `npm run build` in the repository");
  process.exit(2);
}
