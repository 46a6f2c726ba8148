/**
 * The mock server built from a spec: it must be as strict as the real endpoint (signature,
 * parameters) and answer in each protocol's own format, or the generated tests prove nothing.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceClient, ServiceError, type ServiceClientConfig, UnexpectedResponseError, AuthFailureError, InvalidParameterError } from "@doc2sdk/runtime";
import { startMockServer, type MockServer } from "../../generator/src/mock/mock-server.js";
import type { Spec } from "../../generator/src/model.js";

const load = (id: string) => JSON.parse(readFileSync(new URL(`../../spec/${id}.json`, import.meta.url), "utf8")) as Spec;
const credentials = { secretId: "AKIDmocktest", secretKey: "mock-test-secret" };

function clientFor(spec: Spec, url: string, overrides: Partial<ServiceClientConfig> = {}): ServiceClient {
  return new ServiceClient({
    protocol: spec.service.protocol as ServiceClientConfig["protocol"],
    service: spec.service.name,
    apiVersion: spec.service.apiVersion,
    endpoint: spec.service.endpoint,
    endpointOverride: url,
    region: spec.service.protocol === "aliyun-rpc-v1" ? "cn-hangzhou" : "ap-guangzhou",
    credentials,
    maxAttempts: 1,
    ...overrides,
  });
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("the call succeeded");
    },
    (e: unknown) => e,
  );

const cases = [
  {
    id: "tencentcloud-redis-2018-04-12",
    action: "DescribeAutoBackupConfig",
    input: { InstanceId: "crs-5a4p****" },
    required: "InstanceId",
    signatureCode: "AuthFailure.SignatureFailure",
  },
  {
    id: "aliyun-r-kvstore-2015-01-01",
    action: "DescribeInstanceAttribute",
    input: { InstanceId: "r-bp1zxszhcgatnx****" },
    required: "InstanceId",
    signatureCode: "SignatureDoesNotMatch",
  },
];

for (const c of cases) {
  describe(`mock server for ${c.id}`, () => {
    const spec = load(c.id);
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer({ spec, credentials });
    });
    afterAll(() => server.close());

    it("answers a correctly signed, valid request with the documented example", async () => {
      const action = spec.actions.find((a) => a.name === c.action)!;
      const example = action.examples.find((ex) => ex.output)!;
      const out = await clientFor(spec, server.url).request(c.action, example.input ?? c.input);
      const { RequestId: _r, ...want } = example.output as Record<string, unknown>;
      expect(out).toMatchObject(want);
      expect(server.exchanges.at(-1)).toMatchObject({ action: c.action, status: 200, example: example.title });
    });

    it("rejects a request signed with another key", async () => {
      const e = await failure(clientFor(spec, server.url, { credentials: { secretId: credentials.secretId, secretKey: "wrong" } }).request(c.action, c.input));
      expect(e).toBeInstanceOf(AuthFailureError);
      expect((e as ServiceError).code).toBe(c.signatureCode);
    });

    it("rejects unknown and missing parameters", async () => {
      const client = clientFor(spec, server.url);
      const unknown = await failure(client.request(c.action, { ...c.input, NoSuchParameter: "x" }));
      expect(unknown).toBeInstanceOf(ServiceError);
      expect((unknown as ServiceError).message).toContain("unknown parameter NoSuchParameter");
      const missing = await failure(client.request(c.action, {}));
      expect((missing as ServiceError).message).toContain(`missing required parameter ${c.required}`);
    });

    it("answers an undocumented action with the protocol's InvalidAction error", async () => {
      const e = await failure(clientFor(spec, server.url).request("NoSuchAction", {}));
      expect((e as ServiceError).code).toMatch(/^InvalidAction/);
    });

    it("fails on demand with a documented error, in the protocol's format", async () => {
      const code = spec.errors.find((x) => /InvalidParameter|InvalidInstanceId/.test(x.code))!.code;
      server.failNext({ code });
      const e = await failure(clientFor(spec, server.url).request(c.action, c.input));
      expect(e).toBeInstanceOf(ServiceError);
      expect((e as ServiceError).code).toBe(code);
      if (spec.service.protocol === "aliyun-rpc-v1") expect((e as ServiceError).httpStatus).toBeGreaterThanOrEqual(400);
    });

    it("fails on demand with a bare HTTP status, which a read-only call retries", async () => {
      server.failNext(503);
      const client = clientFor(spec, server.url, { maxAttempts: 2, retryPolicy: { baseDelayMs: 1, maxDelayMs: 2 } });
      await expect(client.request(c.action, c.input)).resolves.toBeDefined();
      expect(server.exchanges.slice(-2).map((x) => x.status)).toEqual([503, 200]);
      server.failNext(503);
      expect(await failure(clientFor(spec, server.url).request(c.action, c.input))).toBeInstanceOf(UnexpectedResponseError);
    });
  });
}

describe("mock server input types", () => {
  const spec = load("tencentcloud-redis-2018-04-12");
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ spec, credentials });
  });
  afterAll(() => server.close());

  it("rejects a JSON body whose values have the wrong type", async () => {
    const e = await failure(clientFor(spec, server.url).request("DescribeInstances", { Limit: "ten" }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect((e as ServiceError).message).toContain("Limit must be an integer");
  });

  it("answers with the example a test chooses when several share one request", async () => {
    const pg = load("tencentcloud-postgres-2017-03-12");
    const action = pg.actions.find(
      (a) => a.examples.length > 1 && a.examples.every((ex) => JSON.stringify(ex.input) === JSON.stringify(a.examples[0].input) && ex.output),
    )!;
    const pgServer = await startMockServer({ spec: pg, credentials });
    try {
      pgServer.useExample(action.name, 1);
      // the chosen example may document a failure: either way the server says which one it used
      await clientFor(pg, pgServer.url)
        .request(action.name, action.examples[1].input!)
        .catch(() => undefined);
      expect(pgServer.exchanges.at(-1)?.example).toBe(action.examples[1].title);
      await clientFor(pg, pgServer.url)
        .request(action.name, action.examples[1].input!)
        .catch(() => undefined);
      expect(pgServer.exchanges.at(-1)?.example).toBe(action.examples[0].title);
    } finally {
      await pgServer.close();
    }
  });
});

describe("mock server for the legacy API 2.0 (v1 signature, numeric codes)", () => {
  const spec = load("tencentcloud-redis-2017");
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ spec, credentials });
  });
  afterAll(() => server.close());

  it("answers a v1-signed request (HmacSHA256 POST and HmacSHA1 GET) with the example", async () => {
    for (const extra of [{}, { signatureMethod: "HmacSHA1" as const, httpMethod: "GET" as const }]) {
      const out = await clientFor(spec, server.url, extra).request("DescribeTaskInfo", { requestId: 1 });
      expect(out).toMatchObject({ code: 0 });
      expect(server.exchanges.at(-1)).toMatchObject({ action: "DescribeTaskInfo", status: 200 });
    }
  });

  it("a bad signature is common code 4100, an AuthFailure", async () => {
    const e = await failure(
      clientFor(spec, server.url, { credentials: { secretId: credentials.secretId, secretKey: "wrong" } }).request("DescribeTaskInfo", { requestId: 1 }),
    );
    expect(e).toBeInstanceOf(AuthFailureError);
    expect(e).toMatchObject({ code: "4100", commonCode: 4100 });
  });

  it("a module error travels as '(code) message' and comes out as that code, typed by the package's guard", async () => {
    const { isRedisLegacyError } = await import("../../generated/tencentcloud-redis-legacy/src/index.js");
    server.failNext({ code: "11201" });
    const e = await failure(clientFor(spec, server.url).request("DescribeTaskInfo", { requestId: 1 }));
    expect(e).toMatchObject({ code: "11201", commonCode: 4000 });
    expect(isRedisLegacyError(e, "11201")).toBe(true);
    expect(isRedisLegacyError(e, "11052")).toBe(false);
  });
});
