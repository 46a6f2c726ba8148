/**
 * Under load and at the edges (issue 15, items 6 and 7): a wait for a pooled socket is not part of
 * an attempt, and every network failure says whether the request reached the wire (`sent`);
 * explicit credentials are checked before anything is signed; a client never shows its keys;
 * an Alibaba error in an HTTP 200 body is an error; quoted INI values lose their quotes; an abort
 * is an AbortError. Against 127.0.0.1 servers this file starts.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ServiceClient, type ServiceClientConfig } from "../src/client.js";
import { CredentialsError, profileCredentials } from "../src/credentials.js";
import { AbortError, LimitExceededError, NetworkError, TimeoutError } from "../src/errors.js";
import { FetchTransport, NodeHttpTransport } from "../src/transport.js";
import { localClient, useLocalServer } from "./helpers/local-server.js";

const { server, transport } = useLocalServer();
const SECRET = "LoadEdgeSecretKey-0123456789";
const tc3: ServiceClientConfig = {
  protocol: "tc3-hmac-sha256",
  service: "cvm",
  apiVersion: "2017-03-12",
  endpoint: "cvm.tencentcloudapi.com",
  credentials: { secretId: "AKIDload", secretKey: SECRET },
};
const ok = () => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "ok" } }) });

describe("a queue wait is not a sent attempt", () => {
  it("2,000 concurrent mutations through 50 sockets: the queue wait does not eat the per-attempt timeout", async () => {
    // each answer takes 25 ms, so the last requests wait ~1 s for a socket: with the clock started at
    // enqueue (the old behaviour) the second half timed out, most of them never written
    server.reset(() => ({ ...ok(), delayMs: 25 }));
    const t = new NodeHttpTransport();
    const client = localClient(server, t, { ...tc3, timeoutMs: 1000, maxAttempts: 1 });
    const results = await Promise.allSettled(Array.from({ length: 2000 }, (_, i) => client.request("TerminateInstances", { InstanceIds: [`ins-${i}`] })));
    t.destroy();
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason)).slice(0, 3)).toEqual([]);
    expect(server.seen.length).toBe(2000);
  }, 60_000);

  it("a wait for a socket beyond queueTimeoutMs fails unsent (EQUEUETIMEOUT) and is retried even for a mutation", async () => {
    server.reset(() => ({ ...ok(), delayMs: 600 }));
    const t = new NodeHttpTransport({ maxSockets: 1, queueTimeoutMs: 400 });
    const once = localClient(server, t, { ...tc3, maxAttempts: 1 });
    const [first, second] = await Promise.allSettled([once.request("TerminateInstances", {}), once.request("TerminateInstances", {})]);
    expect(first.status).toBe("fulfilled");
    const err = (second as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe("EQUEUETIMEOUT");
    expect(err.sent).toBe(false);
    expect(err.notSent).toBe(true);
    expect(server.seen.length).toBe(1);

    server.reset(() => ({ ...ok(), delayMs: 600 }));
    const retrying = localClient(server, t, { ...tc3, maxAttempts: 3 });
    const both = await Promise.all([retrying.request("TerminateInstances", {}), retrying.request("TerminateInstances", {})]);
    expect(both.map((r) => r.RequestId)).toEqual(["ok", "ok"]);
    expect(server.seen.length).toBe(2); // retried, yet each mutation reached the server once
    t.destroy();
  }, 30_000);

  it("a timeout after the request was written says sent: true, and a mutation is not repeated", async () => {
    server.reset(() => ({ ...ok(), delayMs: 1500 }));
    const err = await localClient(server, transport, { ...tc3, timeoutMs: 100, maxAttempts: 3 })
      .request("TerminateInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.sent).toBe(true);
    expect(err.code).toBe("ETIMEDOUT");
    expect(server.seen.length).toBe(1);
  });

  it("a refused connection says sent: false, for both transports", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    for (const t of [new NodeHttpTransport(), new FetchTransport()]) {
      const err = await new ServiceClient({ ...tc3, transport: t, endpointOverride: `http://127.0.0.1:${port}`, maxAttempts: 1 })
        .request("TerminateInstances", {})
        .catch((e) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
    }
  });

  it("a fetch timeout says sent: true (fetch cannot tell, so it assumes the worst)", async () => {
    server.reset(() => ({ ...ok(), delayMs: 1500 }));
    const err = await localClient(server, transport, { ...tc3, transport: new FetchTransport(), timeoutMs: 100, maxAttempts: 1 })
      .request("TerminateInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.sent).toBe(true);
  });
});

describe("explicit credentials are checked before anything is signed", () => {
  const bad: [string, unknown, RegExp][] = [
    ["an empty secretId", { secretId: "", secretKey: "k" }, /secretId is empty/],
    ["a blank secretKey", { secretId: "AKID", secretKey: "   " }, /secretKey is empty/],
    ["a missing secretKey", { secretId: "AKID" }, /secretKey is missing/],
    ["Alibaba-style names", { accessKeyId: "LTAI", accessKeySecret: "s" }, /accessKeyId, accessKeySecret: doc2sdk takes \{ secretId, secretKey/],
    ["a number", { secretId: 12, secretKey: "k" }, /secretId must be a string/],
    ["a key with a trailing newline", { secretId: "AKID", secretKey: "k\n" }, /whitespace/],
  ];
  for (const [what, credentials, message] of bad) {
    it(`${what}: the constructor throws a CredentialsError`, () => {
      expect(() => new ServiceClient({ ...tc3, credentials: credentials as never })).toThrow(CredentialsError);
      expect(() => new ServiceClient({ ...tc3, credentials: credentials as never })).toThrow(message);
    });
  }

  it("a provider resolving to bad credentials fails the call before it is sent", async () => {
    server.reset(ok);
    const err = await localClient(server, transport, { ...tc3, credentials: async () => ({ secretId: "AKID", secretKey: "" }) })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toMatch(/secretKey is empty/);
    expect(server.seen.length).toBe(0);
  });

  it("a credentials error never shows the values", () => {
    const err = (() => {
      try {
        new ServiceClient({ ...tc3, credentials: { secretId: "AKID", secretKey: `${SECRET} ` } });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(String(err)).not.toContain(SECRET);
  });
});

describe("a client never shows its keys", () => {
  it("util.inspect (hidden, any depth), JSON.stringify and the config leave the secret out", () => {
    const client = new ServiceClient({ ...tc3, credentials: { secretId: "AKIDshown", secretKey: SECRET, token: "TokenValue-0123456789" } });
    for (const text of [
      inspect(client, { showHidden: true, depth: Infinity }),
      JSON.stringify(client),
      inspect(client.config, { showHidden: true, depth: Infinity }),
      JSON.stringify({ client }),
    ]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("TokenValue-0123456789");
    }
    expect(JSON.stringify(client)).toContain("[REDACTED]");
  });
});

describe("an Alibaba error in an HTTP 200 body is an error", () => {
  const ali = (extra: Partial<ServiceClientConfig> = {}) =>
    localClient(server, transport, {
      protocol: "aliyun-rpc-v1",
      service: "r-kvstore",
      apiVersion: "2015-01-01",
      endpoint: "r-kvstore.aliyuncs.com",
      region: "cn-hangzhou",
      credentials: { secretId: "LTAI200", secretKey: SECRET },
      ...extra,
    });
  const throttled200 = () => ({
    status: 200,
    body: JSON.stringify({ Code: "Throttling", Message: "Request was denied due to flow control.", RequestId: "t-200", HostId: "r-kvstore.aliyuncs.com" }),
  });

  it("rejects with the code's family, and a read-only action is retried", async () => {
    server.reset(throttled200);
    const err = await ali({ maxAttempts: 1 })
      .request("CreateInstance", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(LimitExceededError);
    expect(err).toMatchObject({ code: "Throttling", requestId: "t-200", httpStatus: 200, hostId: "r-kvstore.aliyuncs.com" });
    server.reset((_s, n) => (n === 1 ? throttled200() : { status: 200, body: JSON.stringify({ RequestId: "ok-2", Instances: {} }) }));
    expect((await ali().request("DescribeInstances", {})).RequestId).toBe("ok-2");
    expect(server.seen.length).toBe(2);
  });

  it("success bodies with a success-looking Code stay successes", async () => {
    for (const body of [
      { RequestId: "a", Code: "200", Message: "ok" },
      { RequestId: "b", Code: "Success", Message: "" },
      { RequestId: "c", Code: "X", Message: "m", Success: true },
      { RequestId: "d", Code: "OK" },
    ]) {
      server.reset(() => ({ status: 200, body: JSON.stringify(body) }));
      expect((await ali({ maxAttempts: 1 }).request("DescribeInstances", {})).RequestId).toBe(body.RequestId);
    }
  });
});

describe("INI credentials files", () => {
  it("quoted values lose their quotes", async () => {
    const p = join(mkdtempSync(join(tmpdir(), "doc2sdk-ini-")), "credentials");
    writeFileSync(p, `[default]\nsecret_id = "AKIDquoted"\nsecret_key = 'quoted-key'\n[odd]\nsecret_id = "AKIDhalf\nsecret_key = a"b"\n`);
    expect(await profileCredentials({ path: p })()).toEqual({ secretId: "AKIDquoted", secretKey: "quoted-key" });
    expect(await profileCredentials({ path: p, profile: "odd" })()).toEqual({ secretId: '"AKIDhalf', secretKey: 'a"b"' });
  });
});

describe("an abort is an AbortError", () => {
  it("not a NetworkError, not retried, with sent", async () => {
    server.reset(() => ({ ...ok(), delayMs: 1000 }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const err = await localClient(server, transport, { ...tc3, maxAttempts: 5 })
      .request("DescribeZones", {}, { signal: ac.signal })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err).not.toBeInstanceOf(NetworkError);
    expect(err.name).toBe("AbortError");
    expect(server.seen.length).toBe(1);
  });
});
