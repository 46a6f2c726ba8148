#!/usr/bin/env node
// Launcher: runs the compiled CLI (generator/dist/, built by `npm run build`, which `npm install`
// runs through `prepare`), so no TypeScript loader is needed at run time.
import { existsSync } from "node:fs";

const cli = new URL("../generator/dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("doc2sdk: the CLI is not built (generator/dist/cli.js is missing): run `npm run build` in the repository");
  process.exit(2);
}
await import(cli.href);
