import { expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const tsc = root + "node_modules/typescript/bin/tsc";

for (const project of ["tsconfig.json", "runtime/tsconfig.json"]) {
  it(`tsc --strict passes on ${project}`, async () => {
    if (!existsSync(root + project)) throw new Error(`${project} is missing`);
    // awaited, not spawnSync: a worker blocked for a minute misses vitest's RPC deadline
    const r = await promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: root, encoding: "utf8" }).then(
      (x) => ({ ...x, status: 0 }),
      (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "", status: e.code ?? 1 }),
    );
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 240_000);
}
