/**
 * Differential tests one level up from differential.test.ts: the wire requests ServiceClient
 * builds (random nested params, unicode, every protocol and method) must carry exactly the
 * signature the official signers compute for what is on the wire.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import SignModule from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js";
import UtilModule from "@alicloud/openapi-util";
import { ServiceClient, type ServiceClientConfig } from "../src/client.js";
import { officialFormatSignString } from "./helpers/official-format.js";

const Sign: {
  sign(secretKey: string, signStr: string, signMethod: "HmacSHA1" | "HmacSHA256"): string;
  sign3(opts: Record<string, unknown>): string;
} = (SignModule as any).default ?? SignModule;
const Util: { getRPCSignature(p: Record<string, string>, m: string, s: string): string } = (UtilModule as any).default ?? UtilModule;

const RUNS = { numRuns: 250, seed: 7 } as const;
const SECRET = "DifferentialClientSecret-0123456789";

const text = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => s.isWellFormed());
const leaf = fc.oneof(text, fc.integer(), fc.boolean());
const name = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/);
const params = fc.dictionary(
  name,
  fc.oneof(
    leaf,
    fc.array(leaf, { maxLength: 4 }),
    fc.dictionary(name, leaf, { maxKeys: 3, noNullPrototype: true }),
    fc.array(fc.record({ Name: text, Values: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
  ),
  { maxKeys: 6, noNullPrototype: true },
);

function pairsOf(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text));
}

function make(config: Omit<ServiceClientConfig, "credentials">) {
  return new ServiceClient({ ...config, credentials: { secretId: "AKIDdiff", secretKey: SECRET, token: "tok" } });
}

describe("differential: signed wire requests vs the official signers", () => {
  for (const method of ["POST", "GET"] as const) {
    it(`TC3 ${method} (250 runs)`, async () => {
      const c = make({
        protocol: "tc3-hmac-sha256",
        service: "cvm",
        apiVersion: "2017-03-12",
        endpoint: "cvm.tencentcloudapi.com",
        region: "ap-guangzhou",
        httpMethod: method,
      });
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const req = await c.buildRequest("DescribeInstances", p);
          const url = new URL(req.url);
          const official = Sign.sign3({
            method,
            url: `https://cvm.tencentcloudapi.com/${url.search}`,
            // Buffers are hashed byte for byte: exactly the bytes sent
            payload: method === "POST" ? Buffer.from(req.body!, "utf8") : "",
            timestamp: Number(req.headers["X-TC-Timestamp"]),
            service: "cvm",
            secretId: "AKIDdiff",
            secretKey: SECRET,
            headers: { "Content-Type": req.headers["Content-Type"] },
          });
          expect(req.headers.Authorization).toBe(official);
        }),
        RUNS,
      );
    });

    for (const algorithm of ["HmacSHA1", "HmacSHA256"] as const) {
      for (const endpoint of ["cvm.api.qcloud.com", "cvm.tencentcloudapi.com"]) {
        it(`Tencent v1 ${method} ${algorithm} ${endpoint} (250 runs)`, async () => {
          const c = make({
            protocol: "tencentcloud-v1",
            service: "cvm",
            apiVersion: "2017-03-12",
            endpoint,
            region: "gz",
            httpMethod: method,
            signatureMethod: algorithm,
          });
          const path = endpoint.endsWith("api.qcloud.com") ? "/v2/index.php" : "/";
          await fc.assert(
            fc.asyncProperty(params, async (p) => {
              const req = await c.buildRequest("DescribeInstances", p);
              const { Signature, ...sent } = pairsOf(method === "GET" ? new URL(req.url).search.slice(1) : req.body!);
              expect(new URL(req.url).pathname).toBe(path);
              expect(Signature).toBe(Sign.sign(SECRET, officialFormatSignString(method, endpoint, path, sent), algorithm));
            }),
            RUNS,
          );
        });
      }
    }

    it(`Alibaba RPC ${method} (250 runs)`, async () => {
      const c = make({
        protocol: "aliyun-rpc-v1",
        service: "ecs",
        apiVersion: "2014-05-26",
        endpoint: "ecs.aliyuncs.com",
        region: "cn-hangzhou",
        httpMethod: method,
      });
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const req = await c.buildRequest("DescribeInstances", p);
          const { Signature, ...sent } = pairsOf(method === "GET" ? new URL(req.url).search.slice(1) : req.body!);
          expect(Signature).toBe(Util.getRPCSignature(sent, method, SECRET));
        }),
        RUNS,
      );
    });
  }
});
