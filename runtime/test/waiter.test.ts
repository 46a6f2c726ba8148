/**
 * The waiter loop against the loopback server: a task reported as running, then succeeded; a
 * documented failure state; the timeout error naming the last state; abort before, during a
 * sleep and during a poll; and the backoff's bounds.
 */
import { describe, expect, it } from "vitest";
import { AbortError, WaiterFailedError, WaiterTimeoutError, waitFor, waiterDelay, type CallOptions, type WaiterDefinition } from "../src/index.js";
import { localClient, useLocalServer } from "./helpers/local-server.js";

const { server, transport } = useLocalServer();
const client = () =>
  localClient(server, transport, {
    protocol: "tc3-hmac-sha256",
    service: "redis",
    apiVersion: "2018-04-12",
    endpoint: "redis.tencentcloudapi.com",
    region: "ap-guangzhou",
    credentials: { secretId: "AKIDwaiter", secretKey: "waiter-secret" },
  });
type Task = { Status: string; RequestId: string };
const def: WaiterDefinition<Task> = {
  action: "CleanUpInstance",
  taskAction: "DescribeTaskInfo",
  state: (o) => o.Status,
  success: ["succeed"],
  failure: ["failed", "Error"],
};
const reply = (status: string, delayMs?: number) => ({
  status: 200,
  delayMs,
  body: JSON.stringify({ Response: { Status: status, RequestId: `r-${status}` } }),
});
const poll = (taskId: number) => (o: CallOptions) => client().request<Task>("DescribeTaskInfo", { TaskId: taskId }, o);
const fast = { minDelayMs: 5, maxDelayMs: 20 };

describe("waitFor", () => {
  it("polls the task action with the task id until a success state, and resolves with that report", async () => {
    server.reset((_req, n) => reply(n < 3 ? "running" : "succeed"));
    const out = await waitFor(poll(18215), def, fast);
    expect(out.Status).toBe("succeed");
    expect(server.seen).toHaveLength(3);
    for (const s of server.seen) {
      expect(s.headers["x-tc-action"]).toBe("DescribeTaskInfo");
      expect(JSON.parse(s.body)).toEqual({ TaskId: 18215 });
    }
  });

  it("rejects with WaiterFailedError on a documented failure state, carrying the report", async () => {
    server.reset((_req, n) => reply(n < 2 ? "preparing" : "Error"));
    const err = await waitFor(poll(1), def, fast).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaiterFailedError);
    expect((err as WaiterFailedError<Task>).state).toBe("Error");
    expect((err as WaiterFailedError<Task>).output.RequestId).toBe("r-Error");
  });

  it("rejects with WaiterTimeoutError naming the last state after maxWaitMs, on time", async () => {
    server.reset(() => reply("running"));
    const t0 = Date.now();
    const err = await waitFor(poll(2), def, { maxWaitMs: 150, minDelayMs: 20, maxDelayMs: 40 }).catch((e: unknown) => e);
    const took = Date.now() - t0;
    expect(err).toBeInstanceOf(WaiterTimeoutError);
    const e = err as WaiterTimeoutError;
    expect(e.lastState).toBe("running");
    expect(e.message).toContain('"running"');
    expect(e.taskAction).toBe("DescribeTaskInfo");
    expect(e.polls).toBe(server.seen.length);
    expect(e.polls).toBeGreaterThan(1);
    expect(took).toBeGreaterThanOrEqual(150);
    expect(took).toBeLessThan(1500);
  });

  it("an unknown state is 'still running', and a missing one is reported as unreported", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "r" } }) }));
    const err = (await waitFor(poll(3), def, { maxWaitMs: 30, ...fast }).catch((e: unknown) => e)) as WaiterTimeoutError;
    expect(err).toBeInstanceOf(WaiterTimeoutError);
    expect(err.lastState).toBeUndefined();
    expect(err.message).toContain("unreported");
  });

  it("honours an AbortSignal: before the first poll, during a sleep, and during a poll", async () => {
    server.reset(() => reply("running"));
    const before = await waitFor(poll(4), def, { ...fast, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(AbortError);
    expect(server.seen).toHaveLength(0);

    const sleeping = new AbortController();
    const t0 = Date.now();
    const p = waitFor(poll(5), def, { minDelayMs: 10_000, maxDelayMs: 10_000, signal: sleeping.signal }).catch((e: unknown) => e);
    setTimeout(() => sleeping.abort(new Error("user gave up")), 100);
    const during = await p;
    expect(during).toBeInstanceOf(AbortError);
    expect((during as AbortError).sent).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);

    server.reset(() => reply("running", 5_000));
    const polling = new AbortController();
    const q = waitFor(poll(6), def, { ...fast, signal: polling.signal }).catch((e: unknown) => e);
    setTimeout(() => polling.abort(), 100);
    expect(await q).toBeInstanceOf(AbortError);
  });

  it("propagates a poll's own error (after the client's retries)", async () => {
    server.reset(() => ({
      status: 200,
      body: JSON.stringify({ Response: { Error: { Code: "ResourceNotFound.TaskNotExists", Message: "no task" }, RequestId: "r" } }),
    }));
    const err = (await waitFor(poll(7), def, fast).catch((e: unknown) => e)) as Error & { code?: string };
    expect(err).not.toBeInstanceOf(WaiterTimeoutError);
    expect(err.code).toBe("ResourceNotFound.TaskNotExists");
  });
});

describe("waiterDelay", () => {
  it("doubles from minDelayMs up to maxDelayMs, with jitter over the upper half", () => {
    expect([0, 1, 2, 3, 10].map((n) => waiterDelay(n, 100, 1000, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect([0, 1, 2, 3, 10].map((n) => waiterDelay(n, 100, 1000, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect(waiterDelay(2000, 100, 1000, () => 0.5)).toBe(750);
    expect(waiterDelay(0, 0, 0, () => 0)).toBe(1);
  });
});
