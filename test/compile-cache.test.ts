/**
 * The launcher's V8 code cache (bin/compile-cache.js): a command run twice gives the same output,
 * the second time from the cache; a changed module never runs its old code, even at the same
 * length (V8 itself checks only the length); a damaged cache file is replaced, not trusted; old
 * builds' files go; and no
 * cache directory, or one that cannot be made, costs nothing but the cache.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const launcher = join(root, "bin/doc2sdk.js");
const cacheModule = join(root, "bin/compile-cache.js");

function run(args: string[], cache: string) {
  // Node 22 caches through its own module.enableCompileCache: what is checked here is Node 20's path
  return spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, DOC2SDK_COMPILE_CACHE: cache } });
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".v8"));

describe("the compiled CLI's code cache", () => {
  it("is written by the first run, owner-only, and read (not rewritten) by the next", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "doc2sdk-cc-")), "v8");
    const first = run([launcher, "--version"], dir);
    expect(first.status).toBe(0);
    const files = cacheFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of files) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    const written = files.map((f) => statSync(join(dir, f)).mtimeMs);
    const second = run([launcher, "--version"], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(cacheFiles(dir)).toEqual(files);
    expect(files.map((f) => statSync(join(dir, f)).mtimeMs)).toEqual(written);
  });

  it("never runs a module's old code, even when the new text has the same length", () => {
    const base = mkdtempSync(join(tmpdir(), "doc2sdk-cc-"));
    const code = join(base, "code");
    mkdirSync(code);
    const dir = join(base, "v8");
    const program = `require(${JSON.stringify(cacheModule)}).cacheCompiledCode(${JSON.stringify(code)}); console.log(require(${JSON.stringify(join(code, "m.cjs"))}).value)`;
    writeFileSync(join(code, "m.cjs"), "module.exports = { value: 'one' };\n");
    expect(run(["-e", program], dir).stdout).toBe("one\n");
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(run(["-e", program], dir).stdout).toBe("one\n");
    writeFileSync(join(code, "m.cjs"), "module.exports = { value: 'two' };\n");
    expect(run(["-e", program], dir).stdout).toBe("two\n");
    expect(cacheFiles(dir)).toHaveLength(2);
  });

  it("forgets files not written for a week when it writes new ones", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "doc2sdk-cc-")), "v8");
    mkdirSync(dir, { recursive: true });
    const old = join(dir, "0".repeat(40) + ".v8");
    const recent = join(dir, "1".repeat(40) + ".v8");
    writeFileSync(old, "");
    writeFileSync(recent, "");
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, eightDaysAgo, eightDaysAgo);
    expect(run([launcher, "--version"], dir).status).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it("replaces a damaged cache file and still runs", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "doc2sdk-cc-")), "v8");
    const expected = run([launcher, "--version"], dir).stdout;
    for (const f of cacheFiles(dir)) writeFileSync(join(dir, f), "not a code cache");
    const r = run([launcher, "--version"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    for (const f of cacheFiles(dir)) expect(readFileSync(join(dir, f), "utf8")).not.toBe("not a code cache");
  });

  it("is off with DOC2SDK_COMPILE_CACHE=0, and a directory that cannot be made costs only the cache", () => {
    const base = mkdtempSync(join(tmpdir(), "doc2sdk-cc-"));
    const off = run([launcher, "--version"], "0");
    expect(off.status).toBe(0);
    // a file where the directory would be
    writeFileSync(join(base, "file"), "");
    const blocked = run([launcher, "--version"], join(base, "file", "v8"));
    expect(blocked.status).toBe(0);
    expect(blocked.stderr).toBe("");
    expect(blocked.stdout).toBe(off.stdout);
    expect(existsSync(join(base, "file", "v8"))).toBe(false);
    // cache files that cannot be read or replaced (a directory in each one's place; permissions
    // would not stop a root user): the run neither fails nor leaves its temporary files
    const dir = join(base, "v8");
    const names = (run([launcher, "--version"], dir), cacheFiles(dir));
    for (const f of names) {
      rmSync(join(dir, f));
      mkdirSync(join(dir, f, "taken"), { recursive: true });
    }
    const r = run([launcher, "--version"], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(off.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
