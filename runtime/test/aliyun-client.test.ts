/**
 * Alibaba RPC through the client: GET (default) and POST form, error responses with
 * Code / Message / RequestId / HostId, and Throttling retried only where repeating is safe.
 */
import { describe, expect, it } from "vitest";
import type { ServiceClientConfig } from "../src/client.js";
import { AuthFailureError, LimitExceededError, ResourceNotFoundError } from "../src/errors.js";
import { signAliyunRpc } from "../src/signing/aliyun-rpc-signer.js";
import { useLocalServer, localClient } from "./helpers/local-server.js";

const SECRET_KEY = "AliSecretForTests-0123456789";
const { server, transport } = useLocalServer();

function client(extra: Partial<ServiceClientConfig> = {}) {
  return localClient(server, transport, {
    protocol: "aliyun-rpc-v1",
    service: "ecs",
    apiVersion: "2014-05-26",
    endpoint: "ecs.aliyuncs.com",
    region: "cn-hangzhou",
    credentials: { secretId: "LTAItest", secretKey: SECRET_KEY, token: "sts-token-value" },
    ...extra,
  });
}

const ok = () => ({ status: 200, body: JSON.stringify({ RequestId: "ok-1" }) });
const throttled = (status = 400) => ({
  status,
  body: JSON.stringify({ Code: "Throttling.User", Message: "Request was denied due to user flow control.", RequestId: "t-1", HostId: "ecs.aliyuncs.com" }),
});

describe("aliyun wire", () => {
  it("GET by default: everything signed in the query, no body", async () => {
    server.reset(ok);
    await client().request("DescribeInstances", { InstanceIds: ["i-1"] });
    const s = server.seen[0]!;
    expect(s.method).toBe("GET");
    expect(s.body).toBe("");
    const { Signature, ...rest } = Object.fromEntries(new URL(s.url, server.base).searchParams);
    expect(rest.SecurityToken).toBe("sts-token-value");
    expect(Signature).toBe(signAliyunRpc({ method: "GET", accessKeySecret: SECRET_KEY, params: rest }).signature);
  });

  it("POST form when httpMethod is POST: signed as POST, nothing in the query", async () => {
    server.reset(ok);
    const r = await client({ httpMethod: "POST" }).request("DescribeInstances", { InstanceIds: ["i-1", "i 2"], Tag: [{ Key: "k*", Value: "v~" }] });
    expect(r.RequestId).toBe("ok-1");
    const s = server.seen[0]!;
    expect(s.method).toBe("POST");
    expect(s.url).toBe("/");
    expect(s.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const { Signature, ...rest } = Object.fromEntries(new URLSearchParams(s.body));
    expect(rest["InstanceIds.2"]).toBe("i 2");
    expect(rest["Tag.1.Key"]).toBe("k*");
    expect(Signature).toBe(signAliyunRpc({ method: "POST", accessKeySecret: SECRET_KEY, params: rest }).signature);
  });
});

describe("aliyun common parameters", () => {
  it("RegionId comes from the client's region unless the call passes its own", async () => {
    const regionOf = async (params: Record<string, unknown>) =>
      new URL((await client().buildRequest("DescribeInstances", params)).url).searchParams.get("RegionId");
    expect(await regionOf({})).toBe("cn-hangzhou");
    expect(await regionOf({ RegionId: "cn-beijing" })).toBe("cn-beijing");
  });
});

describe("aliyun errors", () => {
  it("carries code, message, requestId, hostId and status", async () => {
    server.reset(() => ({
      status: 404,
      body: JSON.stringify({ Code: "InvalidInstanceId.NotFound", Message: "nope", RequestId: "e-1", HostId: "ecs.cn-hangzhou.aliyuncs.com" }),
    }));
    const err = await client()
      .request("DescribeInstanceAttribute", {})
      .catch((e) => e);
    expect(err).toMatchObject({
      code: "InvalidInstanceId.NotFound",
      message: "nope",
      requestId: "e-1",
      hostId: "ecs.cn-hangzhou.aliyuncs.com",
      httpStatus: 404,
    });
    expect(JSON.parse(JSON.stringify(err)).hostId).toBe("ecs.cn-hangzhou.aliyuncs.com");
    expect(server.seen.length).toBe(1);
  });

  it("maps SignatureDoesNotMatch to AuthFailureError", async () => {
    server.reset(() => ({ status: 400, body: JSON.stringify({ Code: "SignatureDoesNotMatch", Message: "x", RequestId: "e-2", HostId: "h" }) }));
    expect(
      await client()
        .request("DescribeRegions", {})
        .catch((e) => e),
    ).toBeInstanceOf(AuthFailureError);
  });

  it("maps ResourceNotFound.* and treats errors without HostId as fine", async () => {
    server.reset(() => ({ status: 404, body: JSON.stringify({ Code: "ResourceNotFound.Instance", Message: "x", RequestId: "e-3" }) }));
    const err = await client()
      .request("DescribeRegions", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundError);
    expect(err.hostId).toBeUndefined();
  });
});

describe("aliyun throttling retries", () => {
  it("retries Throttling.* (HTTP 400) on read-only verbs", async () => {
    for (const action of ["DescribeInstances", "ListTagResources", "GetInstance", "QueryPrice", "InquiryPrice", "CheckQuota"]) {
      server.reset((_s, n) => (n < 3 ? throttled() : ok()));
      const r = await client().request(action, {});
      expect(r.RequestId).toBe("ok-1");
      expect(server.seen.length).toBe(3);
      // re-signed every attempt: a fresh nonce each time
      const nonces = server.seen.map((s) => new URL(s.url, server.base).searchParams.get("SignatureNonce"));
      expect(new Set(nonces).size).toBe(3);
    }
  });

  it("does not retry Throttling on a mutating action without ClientToken", async () => {
    server.reset(() => throttled());
    const err = await client()
      .request("CreateInstance", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(LimitExceededError);
    expect(server.seen.length).toBe(1);
  });

  it("retries Throttling on a mutating action that carries a ClientToken", async () => {
    server.reset((_s, n) => (n < 2 ? throttled(503) : ok()));
    await client().request("CreateInstance", { ClientToken: "idem-1" });
    expect(server.seen.length).toBe(2);
  });

  it("gives up after maxAttempts with the last throttling error", async () => {
    server.reset(() => throttled());
    const err = await client({ maxAttempts: 4 })
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(LimitExceededError);
    expect(err.code).toBe("Throttling.User");
    expect(server.seen.length).toBe(4);
  });
});

describe("aliyun HTTP 429", () => {
  it("a service error with HTTP 429 is retried on a read-only action even when its code is not a throttling code", async () => {
    server.reset((_s, n) => (n === 1 ? { status: 429, body: JSON.stringify({ Code: "TooManyRequests", Message: "x", RequestId: "r" }) } : ok()));
    await client().request("DescribeInstances", {});
    expect(server.seen.length).toBe(2);
  });
});
