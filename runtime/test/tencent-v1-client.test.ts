/**
 * Tencent v1 signing through the client: GET and POST, HmacSHA1 and HmacSHA256, the legacy
 * API 2.0 host rules (path /v2/index.php, no Version), and API 2.0 error responses
 * ({code, message, codeDesc}) mapped to error families.
 */
import { describe, expect, it } from "vitest";
import type { ServiceClientConfig } from "../src/client.js";
import {
  AuthFailureError,
  FailedOperationError,
  InternalServerError,
  InvalidParameterError,
  LimitExceededError,
  ResourceNotFoundError,
  ServiceError,
  UnauthorizedOperationError,
} from "../src/errors.js";
import { signTencentV1 } from "../src/signing/tencent-v1-signer.js";
import { useLocalServer, localClient } from "./helpers/local-server.js";

const SECRET_KEY = "V1SecretKeyForTests-0123456789";
const { server, transport } = useLocalServer();

function client(extra: Partial<ServiceClientConfig> = {}) {
  return localClient(server, transport, {
    protocol: "tencentcloud-v1",
    service: "cvm",
    apiVersion: "2017",
    endpoint: "cvm.api.qcloud.com",
    region: "gz",
    credentials: { secretId: "AKIDv1", secretKey: SECRET_KEY },
    ...extra,
  });
}

const ok = () => ({ status: 200, body: JSON.stringify({ code: 0, message: "", codeDesc: "Success", totalCount: 0 }) });

describe("tencent v1 wire", () => {
  for (const algorithm of ["HmacSHA1", "HmacSHA256"] as const) {
    it(`POST (default) sends a signed form body, ${algorithm}`, async () => {
      server.reset(ok);
      await client({ signatureMethod: algorithm }).request("DescribeInstances", { instanceIds: ["a b", "c"] });
      const s = server.seen[0]!;
      expect(s.method).toBe("POST");
      expect(s.url).toBe("/v2/index.php");
      expect(s.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      const { Signature, ...rest } = Object.fromEntries(new URLSearchParams(s.body));
      expect(rest.SignatureMethod).toBe(algorithm);
      expect(rest["instanceIds.0"]).toBe("a b");
      expect(Signature).toBe(signTencentV1({ method: "POST", host: "cvm.api.qcloud.com", algorithm, secretKey: SECRET_KEY, params: rest }).signature);
    });

    it(`GET puts the signed parameters in the query, ${algorithm}`, async () => {
      server.reset(ok);
      await client({ signatureMethod: algorithm, httpMethod: "GET" }).request("DescribeInstances", { instanceIds: ["a b"] });
      const s = server.seen[0]!;
      expect(s.method).toBe("GET");
      expect(s.body).toBe("");
      const [path, query] = s.url.split("?");
      expect(path).toBe("/v2/index.php");
      const { Signature, ...rest } = Object.fromEntries(new URLSearchParams(query));
      expect(rest.Action).toBe("DescribeInstances");
      expect(Signature).toBe(signTencentV1({ method: "GET", host: "cvm.api.qcloud.com", algorithm, secretKey: SECRET_KEY, params: rest }).signature);
      // A GET signature is not a POST signature: the method is part of the signed string.
      expect(Signature).not.toBe(signTencentV1({ method: "POST", host: "cvm.api.qcloud.com", algorithm, secretKey: SECRET_KEY, params: rest }).signature);
    });
  }

  it("legacy hosts get no Version (the spec's '2017' is not a wire version)", async () => {
    server.reset(ok);
    await client().request("DescribeInstances", {});
    const p = Object.fromEntries(new URLSearchParams(server.seen[0]!.body));
    expect(p.Version).toBeUndefined();
    expect(p.Region).toBe("gz");
  });

  it("API 3.0 hosts signed with v1 use path / and send Version", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "r3" } }) }));
    const r = await client({ endpoint: "cvm.tencentcloudapi.com", apiVersion: "2017-03-12" }).request("DescribeInstances", {});
    expect(r.RequestId).toBe("r3");
    expect(server.seen[0]!.url).toBe("/");
    expect(Object.fromEntries(new URLSearchParams(server.seen[0]!.body)).Version).toBe("2017-03-12");
  });

  it("success without a request id gives RequestId '', with one keeps it", async () => {
    server.reset(ok);
    expect((await client().request("DescribeInstances", {})).RequestId).toBe("");
    server.reset(() => ({ status: 200, body: JSON.stringify({ code: 0, message: "", requestId: "v2-req" }) }));
    expect((await client().request("DescribeInstances", {})).RequestId).toBe("v2-req");
  });
});

describe("tencent API 2.0 errors", () => {
  const families: Array<[number, new (...a: any[]) => ServiceError, boolean]> = [
    [4000, InvalidParameterError, false],
    [4100, AuthFailureError, false],
    [4200, AuthFailureError, false],
    [4300, UnauthorizedOperationError, false],
    [4400, LimitExceededError, true],
    [4500, AuthFailureError, false],
    [4600, AuthFailureError, false],
    [5000, ResourceNotFoundError, false],
    [5100, FailedOperationError, false],
    [5200, FailedOperationError, false],
    [5300, FailedOperationError, false],
    [5400, FailedOperationError, false],
    [5500, FailedOperationError, false],
    [6000, InternalServerError, true],
    [6100, InternalServerError, false],
    [6200, InternalServerError, true],
  ];
  for (const [common, cls, retryable] of families) {
    it(`common code ${common} → ${cls.name}${retryable ? " (retryable)" : ""}`, async () => {
      server.reset(() => ({ status: 200, body: JSON.stringify({ code: common, message: "(100004) projectId is incorrect", codeDesc: "InvalidProjectId" }) }));
      const err = await client({ maxAttempts: 1 })
        .request("CreateInstances", {})
        .catch((e) => e);
      expect(err).toBeInstanceOf(cls);
      expect(err.code).toBe("100004");
      expect(err.commonCode).toBe(common);
      expect(err.codeDesc).toBe("InvalidProjectId");
      expect(err.message).toBe("(100004) projectId is incorrect");
      expect(err.retryable).toBe(retryable);
      expect(err.httpStatus).toBe(200);
      expect(JSON.parse(JSON.stringify(err))).toMatchObject({ code: "100004", commonCode: common, codeDesc: "InvalidProjectId" });
    });
  }

  it("without a module code in the message, code is the common code", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ code: 5000, message: "instance not found", codeDesc: "ResourceNotFound" }) }));
    const err = await client()
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundError);
    expect(err.code).toBe("5000");
  });

  it("unknown common codes give the base ServiceError", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ code: 1234, message: "odd" }) }));
    const err = await client()
      .request("DescribeInstances", {})
      .catch((e) => e);
    expect(err.constructor).toBe(ServiceError);
    expect(err.commonCode).toBe(1234);
  });

  it("4400 and 6200 are retried on read-only actions", async () => {
    for (const common of [4400, 6200]) {
      server.reset((_s, n) => (n < 3 ? { status: 200, body: JSON.stringify({ code: common, message: "busy" }) } : ok()));
      await client().request("DescribeInstances", {});
      expect(server.seen.length).toBe(3);
    }
  });

  it("4400 is not retried on a Create action, nor 4100/6100 on anything", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ code: 4400, message: "quota" }) }));
    await client()
      .request("CreateInstances", {})
      .catch(() => undefined);
    expect(server.seen.length).toBe(1);
    for (const common of [4100, 6100]) {
      server.reset(() => ({ status: 200, body: JSON.stringify({ code: common, message: "no" }) }));
      await client()
        .request("DescribeInstances", {})
        .catch(() => undefined);
      expect(server.seen.length).toBe(1);
    }
  });
});
