/**
 * What the generator wires into a client, seen on the wire: the package's name and version in
 * User-Agent and X-TC-RequestClient, `requireRegion` where the protocol profile says the region is
 * a common parameter (Tencent) and not where it is an action input (Alibaba), and a waiter that
 * polls the task action until a terminal state, against a loopback server.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MissingRegionError, WaiterTimeoutError } from "@doc2sdk/runtime";
import { RedisClient } from "@doc2sdk/tencentcloud-redis";
import { RKvstoreClient } from "@doc2sdk/aliyun-r-kvstore";

const credentials = { secretId: "AKIDwiring", secretKey: "wiring-secret" };
const pkg = (dir: string) =>
  JSON.parse(readFileSync(new URL(`../generated/${dir}/package.json`, import.meta.url), "utf8")) as { name: string; version: string };

let seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let answer: (action: string) => unknown = () => ({});
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ headers: req.headers, body });
    const action = String(req.headers["x-tc-action"] ?? new URL(req.url!, "http://x").searchParams.get("Action"));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(answer(action)));
  });
});
let url = "";
const ENV_KEYS = ["TENCENTCLOUD_REGION", "ALIBABA_CLOUD_REGION_ID", "HOME", "ALIBABA_CLOUD_CREDENTIALS_FILE"] as const;
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // no region from the environment or a profile file
  delete process.env.TENCENTCLOUD_REGION;
  delete process.env.ALIBABA_CLOUD_REGION_ID;
  process.env.HOME = mkdtempSync(join(tmpdir(), "doc2sdk-wiring-"));
  process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = join(process.env.HOME, "none.ini");
});
afterAll(async () => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await new Promise<void>((r) => server.close(() => r()));
});

describe("generated client wiring", () => {
  it("sends the package's name and version in User-Agent and X-TC-RequestClient", async () => {
    seen = [];
    answer = () => ({ Response: { RequestId: "r1", TotalCount: 0, InstanceSet: [] } });
    const { name, version } = pkg("tencentcloud-redis");
    await new RedisClient({ region: "ap-guangzhou", endpoint: url, credentials }).describeInstances({ Limit: 1 });
    expect(String(seen[0]!.headers["user-agent"])).toMatch(new RegExp(`^doc2sdk/\\S+ ${name.replace("/", "\\/")}/${version} node/`));
    expect(String(seen[0]!.headers["x-tc-requestclient"])).toContain(`${name}/${version}`);
  });

  it("a Tencent client with no region fails before sending; an Alibaba one (RegionId is an action input) does not", async () => {
    seen = [];
    const err = await new RedisClient({ endpoint: url, credentials }).describeInstances({ Limit: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingRegionError);
    expect(seen).toHaveLength(0);
    answer = () => ({ RequestId: "r2", MonitorItems: { KVStoreMonitorItem: [] } });
    await new RKvstoreClient({ endpoint: url, credentials }).describeMonitorItems();
    expect(seen).toHaveLength(1);
  });

  it("waitFor<Action> polls the task action with the started task's id until a terminal state", async () => {
    seen = [];
    let polls = 0;
    answer = (action) =>
      action === "DescribeTaskInfo"
        ? { Response: { RequestId: `p${++polls}`, Status: polls < 3 ? "running" : "succeed" } }
        : { Response: { RequestId: "s", TaskId: 4242 } };
    const redis = new RedisClient({ region: "ap-guangzhou", endpoint: url, credentials });
    const started = await redis.cleanUpInstance({ InstanceId: "crs-1" });
    const task = await redis.waitForCleanUpInstance(started, { minDelayMs: 5, maxDelayMs: 10 });
    expect(task.Status).toBe("succeed");
    expect(seen.slice(1).map((s) => [s.headers["x-tc-action"], JSON.parse(s.body)])).toEqual([
      ["DescribeTaskInfo", { TaskId: 4242 }],
      ["DescribeTaskInfo", { TaskId: 4242 }],
      ["DescribeTaskInfo", { TaskId: 4242 }],
    ]);
    answer = () => ({ Response: { RequestId: "p", Status: "preparing" } });
    const err = (await redis
      .waitForCleanUpInstance({ TaskId: 1 }, { maxWaitMs: 50, minDelayMs: 5, maxDelayMs: 10 })
      .catch((e: unknown) => e)) as WaiterTimeoutError;
    expect(err).toBeInstanceOf(WaiterTimeoutError);
    expect(err.lastState).toBe("preparing");
    expect(err.action).toBe("CleanUpInstance");
  });
});
