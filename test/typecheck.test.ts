import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const tsc = root + "node_modules/typescript/bin/tsc";

for (const project of ["tsconfig.json", "runtime/tsconfig.json"]) {
  it(`tsc --strict passes on ${project}`, () => {
    if (!existsSync(root + project)) throw new Error(`${project} is missing`);
    const r = spawnSync(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: root, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);
}
