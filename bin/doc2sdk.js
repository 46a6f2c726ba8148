#!/usr/bin/env node
// Launcher: runs the compiled CLI (generator/dist/, built by `npm run build`, which `npm install`
// runs through `prepare`), so no TypeScript loader is needed at run time. A checkout installed
// without scripts (`npm ci --ignore-scripts`) has no dist/: there it runs the sources through tsx,
// a devDependency, rather than fail.
//
// This file and the compiled CLI are CommonJS (bin/package.json says so for this directory):
// Node loads them synchronously with `require`, without the ES module loader, which costs every
// command about 10 ms more.
"use strict";
const { existsSync } = require("node:fs");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");

const cli = join(__dirname, "../generator/dist/cli.cjs");
const sources = join(__dirname, "../generator/src/cli.ts");
if (existsSync(cli)) {
  // V8's cache of the compiled CLI's code: a command compiles only what it has not run before
  require("./compile-cache.js").cacheCompiledCode(dirname(cli));
  require(cli);
} else if (existsSync(sources)) {
  import("tsx/esm/api").then(
    (tsx) => {
      tsx.register();
      return import(pathToFileURL(sources).href);
    },
    () => notBuilt(),
  );
} else notBuilt();

function notBuilt() {
  console.error("doc2sdk: the CLI is not built (generator/dist/cli.cjs is missing): run `npm run build` in the repository");
  process.exit(2);
}
