// V8's code cache for the compiled CLI (generator/dist/), so a command does not compile the same
// 0.4 MB of JavaScript on every start: the chunks' top level, then every function on its first
// call. The cache is written after a run, so the functions that ran are in it. The Redis 2018 PDF
// text parsed in 0.28 s against 0.30 s without it in a quiet spell of this 2-core machine, 0.40 s
// against 0.42 s in a slow one (25 alternating runs each); 2 % fewer instructions under callgrind.
//
// Node 22 has this built in (module.enableCompileCache), which is used where it exists. On Node
// 20, the package's own chunks are compiled here as Node would (the same wrapper, filename and
// require), with the cached data V8 wrote for the same code; anything else loads as usual. Only
// those: they are CommonJS by construction, where a dependency's .js file may be an ES module that
// Node's own loader detects and this compile would not.
//
// The cache is keyed by a hash of each chunk's text and its length (with Node's version and
// flags): a changed chunk never meets an old cache (V8 itself only checks the text's length). It
// lives in the user's cache directory (DOC2SDK_COMPILE_CACHE=<dir> to choose another, =0 for
// none), made readable by its owner only: code read from a directory others can write to would
// be theirs to choose. Nothing here may fail a command: any error means no cache.
"use strict";
const Module = require("node:module");
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { dirname, join, sep } = require("node:path");
const vm = require("node:vm");

/** Where the cache lives, or undefined for none. */
function cacheDir() {
  const chosen = process.env.DOC2SDK_COMPILE_CACHE;
  if (chosen === "0" || chosen === "") return undefined;
  if (chosen) return chosen;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
  return base ? join(base, "doc2sdk", "v8") : undefined;
}

/** Caches the compiled code of the modules under `codeDir` (the compiled CLI). */
function cacheCompiledCode(codeDir) {
  let dir;
  try {
    dir = cacheDir();
    if (!dir) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return;
  }
  if (typeof Module.enableCompileCache === "function") {
    Module.enableCompileCache(dir);
    return;
  }
  const under = codeDir.endsWith(sep) ? codeDir : codeDir + sep;
  const versionKey = [process.version, process.arch, process.versions.v8, process.execArgv.join(" ")].join("\n");
  /** The chunks compiled without a usable cache this run: written when the process exits. */
  const toWrite = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(under)) return compile.call(this, content, filename);
    const file = join(dir, `${textHash(versionKey)}${textHash(content)}-${content.length}.v8`);
    let cachedData;
    try {
      cachedData = readFileSync(file);
    } catch {
      // not cached yet
    }
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  process.once("exit", () => {
    if (toWrite.length) forgetOld(dir);
    for (const { script, file } of toWrite) {
      // through a temporary name: a process starting meanwhile reads all of it or nothing
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, file);
      } catch {
        // a cache that cannot be written costs the next start its compiling, nothing more
        rmSync(tmp, { force: true });
      }
    }
  });
}

/**
 * Each build of the CLI is new code, so new cache files: on a run that writes some, the files not
 * written for a week go (one in use is written again by its next run).
 */
function forgetOld(dir) {
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.endsWith(".v8") && statSync(path).mtimeMs < weekAgo) rmSync(path, { force: true });
    }
  } catch {
    // the next run that writes tries again
  }
}

/**
 * Two 32-bit FNV-1a hashes of the text's UTF-16 code units (different offset bases and primes),
 * as 16 hex digits. A key, not a defence: whoever can change the code can run it anyway. Not
 * node:crypto (or node:zlib's crc32): loading either is 30 to 50 M instructions for a command
 * that otherwise needs neither (`--version`, or a `parse` of a Tencent reference).
 */
function textHash(text) {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The `require` Node gives a module's code. */
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { cacheCompiledCode };
