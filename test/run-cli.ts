/**
 * The compiled CLI (`bin/doc2sdk.js`) as a child process, awaited without blocking the test
 * worker: spawnSync held it for seconds per `generate`, long enough on a loaded machine for
 * vitest's worker RPC to time out. Killed after two minutes, so a hang fails the test, not CI.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const root = fileURLToPath(new URL("..", import.meta.url));

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/doc2sdk.js", ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const killer = setTimeout(() => child.kill(), 120_000);
    child.on("close", (status) => {
      clearTimeout(killer);
      resolve({ status, stdout, stderr });
    });
  });
}
