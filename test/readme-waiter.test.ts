/**
 * The waiter example of the Redis README, run as printed against the mock server on 127.0.0.1:
 * the snippet is cut out of generated/tencentcloud-redis/README.md (not a copy that could drift),
 * given a client for the mock, and run by plain `node` from inside the repository, so the package
 * and the runtime load by name as a user's would. The mock answers with the documented examples:
 * the started action's TaskId, then DescribeTaskInfo's documented report, whose Status is terminal.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../generator/src/mock/mock-server.js";
import type { Spec } from "../generator/src/model.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "generated/tencentcloud-redis/README.md"), "utf8");
const spec = JSON.parse(readFileSync(join(root, "spec/tencentcloud-redis-2018-04-12.json"), "utf8")) as Spec;
const credentials = { secretId: "AKIDreadmewaiter", secretKey: "readme-waiter-secret" };

/** The first ```ts block of a README section. */
function snippet(section: string): string {
  const start = readme.indexOf(`\n## ${section}\n`);
  expect(start, `README section "${section}"`).toBeGreaterThan(-1);
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(block, `a ts block in "${section}"`).not.toBeNull();
  return block![1]!;
}

describe("the Redis README's waiter example against the mock server", () => {
  let server: MockServer;
  let dir: string;
  beforeAll(async () => {
    server = await startMockServer({ spec, credentials });
    // inside the repository: @doc2sdk/* resolve through the workspace's node_modules
    dir = mkdtempSync(join(root, ".tmp-readme-waiter-"));
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("starts a task, waits for it and prints its terminal state", async () => {
    const code = snippet("Waiting for tasks");
    expect(code).toMatch(/client\.waitFor\w+\(started, \{ maxWaitMs/);
    const program = [
      'import { RedisClient } from "@doc2sdk/tencentcloud-redis";',
      `const client = new RedisClient({ region: "ap-guangzhou", endpoint: process.env.MOCK_URL, credentials: ${JSON.stringify(credentials)}, maxAttempts: 1 });`,
      code,
    ].join("\n");
    const file = join(dir, "waiter-example.mjs");
    writeFileSync(file, program);
    const env: NodeJS.ProcessEnv = { ...process.env, MOCK_URL: server.url };
    for (const k of Object.keys(env)) if (/^(https?|all|no)_proxy$/i.test(k)) delete env[k];
    // asynchronous: the mock server answers from this process's event loop
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [file], { cwd: dir, env, encoding: "utf8", timeout: 30_000 }, (err, stdout, stderr) =>
        resolve({ status: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const taskReport = spec.actions.find((a) => a.name === "DescribeTaskInfo")!.examples[0]!.output!;
    expect(run.stdout.trim()).toBe(String(taskReport.Status));

    // what went over the wire: the started action, then the task action with the TaskId it returned
    const [start, ...polls] = server.exchanges;
    expect(start!.status).toBe(200);
    const starter = spec.actions.find((a) => a.name === start!.action)!;
    expect(starter.waiter?.taskAction).toBe("DescribeTaskInfo");
    expect(polls.length).toBeGreaterThan(0);
    for (const p of polls) expect(p.action).toBe("DescribeTaskInfo");
    const startedTaskId = starter.examples.find((e) => e.output)!.output!.TaskId;
    expect(polls[0]!.params).toEqual({ TaskId: startedTaskId });
  });
});
