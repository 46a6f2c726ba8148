/**
 * The generator as a published package: its tarball (what `npm publish` would upload) installs
 * into an empty directory with nothing from a registry, and `npx doc2sdk` runs there as plain
 * JavaScript: --help, `diff` of two specs (a command that loads a bundled chunk), and `emit`
 * telling in one line that its optional peers (ts-morph, esbuild, oxc-transform) are missing.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "doc2sdk-cli-package-"));
  env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
  // a registry nobody listens on: an install that tried to fetch anything would fail, not go online
  Object.assign(env, {
    npm_config_cache: join(work, "cache"),
    npm_config_userconfig: join(work, "npmrc"),
    npm_config_registry: "http://127.0.0.1:9/",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the doc2sdk package", () => {
  it("installs from its tarball into an empty directory and npx doc2sdk runs there", async () => {
    // `npm pack` runs prepare, which builds the runtime and the CLI
    // (asynchronously: a worker blocked in a long synchronous call misses vitest's RPC deadline)
    const [packed] = JSON.parse(
      (await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, env, encoding: "utf8", timeout: 180_000 })).stdout,
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    expect(files).toContain("generator/dist/cli.cjs");
    // the sources, tests and specs stay home; the spec schema ships (check, mock and diff validate with it)
    expect(files).toContain("spec/spec.schema.json");
    expect(files.filter((f) => f.startsWith("generator/src/") || f.startsWith("test/") || (f.startsWith("spec/") && f !== "spec/spec.schema.json"))).toEqual(
      [],
    );

    const project = join(work, "empty");
    mkdirSync(project);
    await run("npm", ["init", "-y"], { cwd: project, env });
    await run("npm", ["install", "--offline", join(work, packed.filename)], { cwd: project, env, timeout: 120_000 });

    const help = await run("npx", ["--offline", "doc2sdk", "--help"], { cwd: project, env });
    for (const c of ["generate", "parse", "check", "diff", "mock", "release"]) expect(help.stdout).toContain(c);
    const version = await run("npx", ["--offline", "doc2sdk", "--version"], { cwd: project, env });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    const spec = join(root, "spec/tencentcloud-redis-2017.json");
    const diff = await run("npx", ["--offline", "doc2sdk", "diff", spec, spec, "--json"], { cwd: project, env });
    expect(JSON.parse(diff.stdout)).toMatchObject({ changes: [] });

    // the emitters' libraries are optional peers, not installed here: one line says so
    const emit = await run("npx", ["--offline", "doc2sdk", "emit", spec, "--out", join(project, "pkg")], { cwd: project, env }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code?: number; stderr?: string }) => ({ code: e.code, stderr: e.stderr ?? "" }),
    );
    expect(emit.code).toBe(2);
    expect(emit.stderr.trim()).toMatch(/^doc2sdk: emit needs ts-morph, esbuild, oxc-transform and @types\/node installed beside doc2sdk \(ts-morph is not\)$/);
    expect(emit.stderr.trim().split("\n")).toHaveLength(1);
  }, 240_000);
});
