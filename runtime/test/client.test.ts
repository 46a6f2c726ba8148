import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceClient, flattenAliyun, flattenTencentV1, type Logger } from "../src/client.js";
import {
  AuthFailureError,
  FailedOperationError,
  InternalServerError,
  InvalidParameterError,
  LimitExceededError,
  ResourceNotFoundError,
  ServiceError,
  TimeoutError,
  UnauthorizedOperationError,
  UnexpectedResponseError,
  errorFamilyFor,
} from "../src/errors.js";
import { signAliyunRpc } from "../src/signing/aliyun-rpc-signer.js";
import { signTencentV1 } from "../src/signing/tencent-v1-signer.js";
import { NodeHttpTransport, FetchTransport } from "../src/transport.js";
import { backoffDelay, isRetryable, parseRetryAfter } from "../src/retry.js";
import { cachingCredentials, chainCredentials, envCredentials, parseIni, staticCredentials } from "../src/credentials.js";
import { NetworkError } from "../src/errors.js";

const SECRET_ID = "AKIDtestidentifier0000000000000000";
const SECRET_KEY = "SuperSecretKeyValue-DoNotLeak-123";
const TOKEN = "SessionTokenValue-DoNotLeak-456";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

type Handler = (req: Seen, count: number) => { status: number; body: string; headers?: Record<string, string>; delayMs?: number };

let server: http.Server;
let base = "";
let handler: Handler = () => ({ status: 200, body: "{}" });
let seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const s: Seen = { method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() };
      seen.push(s);
      const out = handler(s, seen.length);
      const send = () => {
        res.writeHead(out.status, { "content-type": "application/json", ...out.headers });
        res.end(out.body);
      };
      if (out.delayMs) setTimeout(send, out.delayMs);
      else send();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function reset(h: Handler) {
  handler = h;
  seen = [];
}

const transport = new NodeHttpTransport();
afterAll(() => transport.destroy());

function collectLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const rec = (level: string) => (m: string, d?: Record<string, unknown>) => lines.push(`${level} ${m} ${JSON.stringify(d)}`);
  return { logger: { debug: rec("debug"), info: rec("info"), warn: rec("warn"), error: rec("error") }, lines };
}

function tc3Client(extra: Partial<ConstructorParameters<typeof ServiceClient>[0]> = {}) {
  return new ServiceClient({
    protocol: "tc3-hmac-sha256",
    service: "cvm",
    apiVersion: "2017-03-12",
    endpoint: "cvm.tencentcloudapi.com",
    region: "ap-guangzhou",
    credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN },
    endpointOverride: base,
    language: "en-US",
    transport,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  });
}

const v3Error = (code: string, message = "boom") => JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: "req-err-1" } });

describe("tc3 client", () => {
  it("signs, sends the TC3 headers and parses success", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ Response: { TotalCount: 1, InstanceSet: [{ InstanceId: "ins-1" }], RequestId: "req-1" } }) }));
    const c = tc3Client();
    const r = await c.request<{ TotalCount: number; InstanceSet: Array<{ InstanceId: string }> }>("DescribeInstances", { Limit: 1 });
    expect(r.RequestId).toBe("req-1");
    expect(r.TotalCount).toBe(1);
    expect(r.InstanceSet[0]!.InstanceId).toBe("ins-1");
    const h = seen[0]!.headers;
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.body).toBe('{"Limit":1}');
    expect(h["content-type"]).toBe("application/json; charset=utf-8");
    expect(h.host).toBe("cvm.tencentcloudapi.com");
    expect(h["x-tc-action"]).toBe("DescribeInstances");
    expect(h["x-tc-version"]).toBe("2017-03-12");
    expect(h["x-tc-region"]).toBe("ap-guangzhou");
    expect(h["x-tc-token"]).toBe(TOKEN);
    expect(h["x-tc-language"]).toBe("en-US");
    expect(Number(h["x-tc-timestamp"])).toBeGreaterThan(1_600_000_000);
    expect(h.authorization).toMatch(
      new RegExp(`^TC3-HMAC-SHA256 Credential=${SECRET_ID}/\\d{4}-\\d\\d-\\d\\d/cvm/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$`),
    );
  });

  const cases: Array<[string, new (...a: any[]) => ServiceError]> = [
    ["AuthFailure.SignatureFailure", AuthFailureError],
    ["InvalidParameter.Format", InvalidParameterError],
    ["MissingParameter", InvalidParameterError],
    ["UnknownParameter", InvalidParameterError],
    ["ResourceNotFound.NoInstance", ResourceNotFoundError],
    ["LimitExceeded.Quota", LimitExceededError],
    ["RequestLimitExceeded", LimitExceededError],
    ["UnauthorizedOperation", UnauthorizedOperationError],
    ["FailedOperation.Busy", FailedOperationError],
    ["InternalError", InternalServerError],
  ];
  for (const [code, cls] of cases) {
    it(`maps ${code} to ${cls.name}`, async () => {
      reset(() => ({ status: 200, body: v3Error(code) }));
      const err = await tc3Client({ maxAttempts: 1 })
        .request("CreateInstances", {})
        .catch((e) => e);
      expect(err).toBeInstanceOf(cls);
      expect(err).toBeInstanceOf(ServiceError);
      expect(err.code).toBe(code);
      expect(err.message).toBe("boom");
      expect(err.requestId).toBe("req-err-1");
      expect(err.action).toBe("CreateInstances");
      expect(err.httpStatus).toBe(200);
      expect(errorFamilyFor(code)).toBe(cls);
    });
  }

  it("maps unknown codes to the base ServiceError", () => {
    expect(errorFamilyFor("SomethingElse")).toBe(ServiceError);
    expect(errorFamilyFor("Throttling.User")).toBe(LimitExceededError);
  });

  it("throws UnexpectedResponseError with a short snippet for non-JSON", async () => {
    reset(() => ({ status: 502, body: "<html>" + "x".repeat(1000) + "</html>" }));
    const err = await tc3Client({ maxAttempts: 1 })
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err.httpStatus).toBe(502);
    expect(err.snippet.length).toBeLessThanOrEqual(200);
  });

  it("retries a Describe action on 503 and re-signs every attempt", async () => {
    reset((_s, n) => (n < 3 ? { status: 503, body: "Service Unavailable" } : { status: 200, body: JSON.stringify({ Response: { RequestId: "ok" } }) }));
    const r = await tc3Client().request("DescribeInstances", {});
    expect(r.RequestId).toBe("ok");
    expect(seen.length).toBe(3);
  });

  it("does not retry a Create action on 503", async () => {
    reset(() => ({ status: 503, body: "Service Unavailable" }));
    const err = await tc3Client()
      .request("CreateInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(seen.length).toBe(1);
  });

  it("retries a Create action that carries a ClientToken", async () => {
    reset((_s, n) => (n < 2 ? { status: 503, body: "x" } : { status: 200, body: JSON.stringify({ Response: { RequestId: "ok" } }) }));
    await tc3Client().request("CreateInstances", { ClientToken: "abc" });
    expect(seen.length).toBe(2);
  });

  it("retries throttling errors on safe actions, gives up after maxAttempts", async () => {
    reset(() => ({ status: 200, body: v3Error("RequestLimitExceeded") }));
    const err = await tc3Client({ maxAttempts: 3 })
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(LimitExceededError);
    expect(seen.length).toBe(3);
  });

  it("honors Retry-After seconds", async () => {
    reset((_s, n) =>
      n === 1 ? { status: 503, body: "busy", headers: { "retry-after": "1" } } : { status: 200, body: JSON.stringify({ Response: { RequestId: "ok" } }) },
    );
    await tc3Client().request("DescribeInstances", {});
    expect(seen.length).toBe(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("times out promptly", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "late" } }), delayMs: 2000 }));
    const started = Date.now();
    const err = await tc3Client({ timeoutMs: 150, maxAttempts: 1 })
      .request("DescribeInstances", {})
      .catch((e) => e);
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeLessThan(1000);
  });

  it("times out promptly with the fetch transport too", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "late" } }), delayMs: 2000 }));
    const started = Date.now();
    const err = await tc3Client({ timeoutMs: 150, maxAttempts: 1, transport: new FetchTransport() })
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("never leaks secrets to logger, hooks or errors", async () => {
    const { logger, lines } = collectLogger();
    const hookData: string[] = [];
    const signatures: string[] = [];
    const hooks = {
      beforeRequest: (c: unknown) => void hookData.push(JSON.stringify(c)),
      afterResponse: (c: unknown) => void hookData.push(JSON.stringify(c)),
      onRetry: (c: any) => void hookData.push(JSON.stringify({ ...c, error: String(c.error) })),
    };
    reset((s, n) => {
      signatures.push(String(s.headers.authorization).split("Signature=")[1]!);
      return n === 1
        ? { status: 503, body: "busy" }
        : { status: 200, body: v3Error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.") };
    });
    const err = await tc3Client({ logger, hooks })
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(AuthFailureError);
    const dump = [...lines, ...hookData, String(err), err.stack, JSON.stringify(err)].join("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(hookData.length).toBeGreaterThan(0);
    expect(signatures.length).toBe(2);
    expect(signatures[0]).not.toBe(undefined);
    for (const secret of [SECRET_KEY, TOKEN, ...signatures]) expect(dump).not.toContain(secret);
    expect(dump).not.toMatch(/TC3-HMAC-SHA256 Credential/);
  });
});

describe("tencentcloud-v1 client", () => {
  it("flattens arrays as name.0 and objects as a.b, signs, parses success", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ code: 0, message: "", codeDesc: "Success", instanceSet: [] }) }));
    const c = new ServiceClient({
      protocol: "tencentcloud-v1",
      service: "cvm",
      apiVersion: "",
      endpoint: "cvm.api.qcloud.com",
      region: "gz",
      credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY },
      endpointOverride: base,
      transport,
    });
    const r = await c.request<{ codeDesc: string }>("DescribeInstances", { instanceIds: ["a", "b"], filter: { name: "x" } });
    expect(r.codeDesc).toBe("Success");
    expect(seen[0]!.url).toBe("/v2/index.php");
    const p = Object.fromEntries(new URLSearchParams(seen[0]!.body));
    expect(p["instanceIds.0"]).toBe("a");
    expect(p["instanceIds.1"]).toBe("b");
    expect(p["filter.name"]).toBe("x");
    expect(p.Region).toBe("gz");
    expect(p.SignatureMethod).toBe("HmacSHA256");
    const { Signature, ...rest } = p;
    const again = signTencentV1({ method: "POST", host: "cvm.api.qcloud.com", algorithm: "HmacSHA256", secretKey: SECRET_KEY, params: rest });
    expect(Signature).toBe(again.signature);
  });

  it("maps a non-zero v2 code to an error (code = common code, codeDesc kept)", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ code: 4100, message: "auth failed", codeDesc: "AuthFailure" }) }));
    const c = new ServiceClient({
      protocol: "tencentcloud-v1",
      service: "cvm",
      apiVersion: "",
      endpoint: "cvm.api.qcloud.com",
      credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY },
      endpointOverride: base,
      transport,
    });
    const err = await c.request("DescribeInstances", {}).catch((e) => e);
    expect(err).toBeInstanceOf(AuthFailureError);
    expect(err.code).toBe("4100");
    expect(err.commonCode).toBe(4100);
    expect(err.codeDesc).toBe("AuthFailure");
    expect(err.message).toBe("auth failed");
  });

  it("flattenTencentV1 handles nested arrays of objects", () => {
    expect(flattenTencentV1({ Filters: [{ Name: "n", Values: ["v1", "v2"] }], Flag: true })).toEqual({
      "Filters.0.Name": "n",
      "Filters.0.Values.0": "v1",
      "Filters.0.Values.1": "v2",
      Flag: "true",
    });
  });
});

describe("aliyun-rpc-v1 client", () => {
  const client = (extra = {}) =>
    new ServiceClient({
      protocol: "aliyun-rpc-v1",
      service: "ecs",
      apiVersion: "2014-05-26",
      endpoint: "ecs.aliyuncs.com",
      region: "cn-hangzhou",
      credentials: { secretId: "testid", secretKey: SECRET_KEY },
      endpointOverride: base,
      transport,
      retryPolicy: { baseDelayMs: 5, maxDelayMs: 20 },
      ...extra,
    });

  it("fills common params, flattens arrays 1-based, signs and parses success", async () => {
    reset(() => ({ status: 200, body: JSON.stringify({ RequestId: "ali-1", TotalCount: 0 }) }));
    const r = await client().request<{ TotalCount: number }>("DescribeInstances", { InstanceIds: ["i-1", "i-2"], Tag: [{ Key: "k", Value: "v w" }] });
    expect(r.RequestId).toBe("ali-1");
    expect(r.TotalCount).toBe(0);
    const url = new URL(seen[0]!.url, base);
    const p = Object.fromEntries(url.searchParams);
    expect(p).toMatchObject({
      Action: "DescribeInstances",
      Format: "JSON",
      Version: "2014-05-26",
      AccessKeyId: "testid",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      RegionId: "cn-hangzhou",
      "InstanceIds.1": "i-1",
      "InstanceIds.2": "i-2",
      "Tag.1.Key": "k",
      "Tag.1.Value": "v w",
    });
    expect(p.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(p.SignatureNonce!.length).toBeGreaterThan(8);
    const { Signature, ...rest } = p;
    expect(Signature).toBe(signAliyunRpc({ method: "GET", accessKeySecret: SECRET_KEY, params: rest }).signature);
  });

  it("maps {Code, Message, RequestId, HostId} with HTTP >= 400", async () => {
    reset(() => ({ status: 404, body: JSON.stringify({ Code: "InvalidParameter", Message: "bad", RequestId: "ali-e", HostId: "ecs.aliyuncs.com" }) }));
    const err = await client()
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(InvalidParameterError);
    expect(err.httpStatus).toBe(404);
    expect(err.requestId).toBe("ali-e");
    expect(seen.length).toBe(1);
  });

  it("retries Throttling on a Describe action", async () => {
    reset((_s, n) =>
      n === 1
        ? { status: 503, body: JSON.stringify({ Code: "Throttling.User", Message: "slow", RequestId: "r" }) }
        : { status: 200, body: JSON.stringify({ RequestId: "ok" }) },
    );
    const r = await client().request("DescribeInstances", {});
    expect(r.RequestId).toBe("ok");
    expect(seen.length).toBe(2);
  });

  it("flattenAliyun is 1-based", () => {
    expect(flattenAliyun({ A: ["x"], B: { C: 1 } })).toEqual({ "A.1": "x", "B.C": "1" });
  });
});

describe("retry policy", () => {
  it("full-jitter backoff stays under the cap", () => {
    for (let i = 0; i < 20; i++) expect(backoffDelay(i, undefined, () => 0.999999)).toBeLessThan(20_000);
    expect(backoffDelay(0, undefined, () => 0.5)).toBe(50);
    expect(backoffDelay(3, undefined, () => 0)).toBe(0);
  });
  it("parses Retry-After", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
  });
  it("retries unsafe actions only when the request never reached the server", () => {
    const refused = new NetworkError("x", { code: "ECONNREFUSED", notSent: true });
    const reset = new NetworkError("x", { code: "ECONNRESET" });
    expect(isRetryable(refused, "CreateInstances")).toBe(true);
    expect(isRetryable(reset, "CreateInstances")).toBe(false);
    expect(isRetryable(reset, "DescribeInstances")).toBe(true);
    expect(isRetryable(new InvalidParameterError({ code: "InvalidParameter", message: "" }), "DescribeInstances")).toBe(false);
  });
  it("connection refused is retried then surfaces as NetworkError", async () => {
    const c = new ServiceClient({
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY },
      endpointOverride: "http://127.0.0.1:1",
      transport,
      retryPolicy: { baseDelayMs: 1, maxDelayMs: 5 },
    });
    const err = await c.request("CreateInstances", {}).catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.code).toBe("ECONNREFUSED");
  });
});

describe("credentials", () => {
  it("env provider per vendor", async () => {
    const env = {
      TENCENTCLOUD_SECRET_ID: "a",
      TENCENTCLOUD_SECRET_KEY: "b",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "c",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "d",
      ALIBABA_CLOUD_SECURITY_TOKEN: "t",
    };
    expect(await envCredentials("tencent", env)()).toEqual({ secretId: "a", secretKey: "b" });
    expect(await envCredentials("aliyun", env)()).toEqual({ secretId: "c", secretKey: "d", token: "t" });
    await expect(envCredentials("tencent", {})()).rejects.toThrow(/not set/);
  });
  it("chain falls through; cache refreshes before expiry", async () => {
    let calls = 0;
    let now = 0;
    const p = cachingCredentials(async () => ({ secretId: "x", secretKey: String(++calls), expiresAt: now + 600_000 }), {
      refreshBeforeMs: 300_000,
      now: () => now,
    });
    expect((await p()).secretKey).toBe("1");
    now = 200_000;
    expect((await p()).secretKey).toBe("1");
    now = 400_000;
    expect((await p()).secretKey).toBe("2");
    const chain = chainCredentials(envCredentials("tencent", {}), staticCredentials({ secretId: "s", secretKey: "k" }));
    expect((await chain()).secretId).toBe("s");
  });
  it("parses ini profiles", () => {
    expect(parseIni("[default]\nsecret_id = a\nsecret_key=b\n# c\n[other]\nx=y")).toEqual({ default: { secret_id: "a", secret_key: "b" }, other: { x: "y" } });
  });
});
