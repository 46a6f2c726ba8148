/**
 * ESLint and Prettier are part of `npm test` (CI runs `.ci/run` = `npm ci && npm test`): each is
 * spawned as a child process, asynchronously, over the hand-written sources (eslint.config.js and
 * .prettierignore leave out generated/, spec/, the corpus, fixtures and snapshots).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

async function run(bin: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof x.code === "number" ? x.code : 1, out: `${x.stdout ?? ""}${x.stderr ?? ""}` };
  }
}

describe("code style", () => {
  it("eslint reports nothing (npm run lint)", async () => {
    const r = await run("node_modules/eslint/bin/eslint.js", ["."]);
    expect(r.out.trim(), "npm run lint").toBe("");
    expect(r.code).toBe(0);
  }, 180_000);

  it("every source is as prettier formats it (npm run format:check; npm run format fixes it)", async () => {
    const r = await run("node_modules/prettier/bin/prettier.cjs", ["--check", "--log-level", "warn", "."]);
    expect(r.out.trim(), "files prettier would change; `npm run format` writes them").toBe("");
    expect(r.code).toBe(0);
  }, 180_000);
});
