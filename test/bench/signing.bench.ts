/**
 * Signing micro-benchmark: official SDK signers vs ours, side by side in one run.
 * Run with `npx tsx test/bench/signing.bench.ts` (BENCH_ITERATIONS overrides the 20,000 default).
 * Every contender signs the same DescribeInstances-like request; each gets a warm-up pass first.
 */
import { createHash, createHmac } from "node:crypto";
import SignModule from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js";
import UtilModule from "@alicloud/openapi-util";
import { signTc3 } from "../../runtime/src/signing/tc3-signer.js";
import { signAliyunRpc } from "../../runtime/src/signing/aliyun-rpc-signer.js";

const Sign: { sign3(opts: Record<string, unknown>): string } = (SignModule as any).default ?? SignModule;
const Util: { getRPCSignature(p: Record<string, string>, m: string, s: string): string } =
  (UtilModule as any).default ?? UtilModule;

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const WARMUP = Math.max(2_000, Math.floor(ITERATIONS / 5));

// ---- shared request ---------------------------------------------------------------------------
const host = "cvm.tencentcloudapi.com";
const service = "cvm";
const secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const timestamp = 1_700_000_000;
const contentType = "application/json; charset=utf-8";
const payloadObj = {
  InstanceIds: ["ins-09dx96dg", "ins-r8hr2upy", "ins-5d8a23rs"],
  Filters: [
    { Name: "zone", Values: ["ap-guangzhou-3", "ap-guangzhou-4"] },
    { Name: "instance-charge-type", Values: ["POSTPAID_BY_HOUR"] },
    { Name: "tag:env", Values: ["production"] },
  ],
  Offset: 0,
  Limit: 20,
};
const payload = JSON.stringify(payloadObj);

const aliSecret = "testsecret";
const aliParams: Record<string, string> = {
  Action: "DescribeInstances",
  Format: "JSON",
  Version: "2014-05-26",
  AccessKeyId: "testid",
  SignatureMethod: "HMAC-SHA1",
  SignatureVersion: "1.0",
  SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
  Timestamp: "2023-11-14T22:13:20Z",
  RegionId: "cn-hangzhou",
  InstanceIds: JSON.stringify(payloadObj.InstanceIds),
  ZoneId: "cn-hangzhou-b",
  PageNumber: "1",
  PageSize: "20",
  "Tag.1.Key": "env",
  "Tag.1.Value": "production",
};

// ---- bare node:crypto TC3, no cache ----------------------------------------------------------
function bareTc3(): string {
  const hashedPayload = createHash("sha256").update(payload).digest("hex");
  const canonicalRequest = `POST\n/\n\ncontent-type:${contentType}\nhost:${host}\n\ncontent-type;host\n${hashedPayload}`;
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${service}/tc3_request`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  const kDate = createHmac("sha256", "TC3" + secretKey).update(date).digest();
  const kService = createHmac("sha256", kDate).update(service).digest();
  const kSigning = createHmac("sha256", kService).update("tc3_request").digest();
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  return `TC3-HMAC-SHA256 Credential=${secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

const contenders: Array<[string, () => string]> = [
  [
    "official TC3 Sign.sign3",
    () =>
      Sign.sign3({
        method: "POST",
        url: `https://${host}/`,
        payload: payloadObj,
        timestamp,
        service,
        secretId,
        secretKey,
        headers: { "Content-Type": contentType },
      }),
  ],
  [
    "ours signTc3 (key cache)",
    () =>
      signTc3({ method: "POST", host, contentType, payload, timestamp, service, secretId, secretKey }).authorization,
  ],
  ["bare node:crypto TC3 (no cache)", bareTc3],
  ["official Alibaba getRPCSignature", () => Util.getRPCSignature(aliParams, "GET", aliSecret)],
  ["ours signAliyunRpc", () => signAliyunRpc({ method: "GET", accessKeySecret: aliSecret, params: aliParams }).signature],
];

// Sanity: all TC3 contenders must produce the same header before we time them.
const tc3Outputs = new Set(contenders.slice(0, 3).map(([, f]) => f()));
if (tc3Outputs.size !== 1) throw new Error(`TC3 contenders disagree: ${[...tc3Outputs].join(" | ")}`);
if (contenders[3][1]() !== contenders[4][1]()) throw new Error("Alibaba contenders disagree");

let sink = 0;
function measure(fn: () => string): number {
  for (let i = 0; i < WARMUP; i++) sink += fn().length;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) sink += fn().length;
  return Number(process.hrtime.bigint() - t0) / 1e3 / ITERATIONS; // µs per signature
}

const results = new Map<string, number>();
for (const [name, fn] of contenders) results.set(name, measure(fn));

const width = Math.max(...contenders.map(([n]) => n.length));
console.log(`signing benchmark: ${ITERATIONS} iterations after ${WARMUP} warm-up, node ${process.version}`);
console.log(`${"contender".padEnd(width)}  mean µs/signature`);
for (const [name, us] of results) console.log(`${name.padEnd(width)}  ${us.toFixed(2).padStart(8)}`);
const r = (a: string, b: string) => (results.get(a)! / results.get(b)!).toFixed(2);
console.log(`ratio official TC3 / ours signTc3:            ${r("official TC3 Sign.sign3", "ours signTc3 (key cache)")}x`);
console.log(`ratio bare node:crypto TC3 / ours signTc3:    ${r("bare node:crypto TC3 (no cache)", "ours signTc3 (key cache)")}x`);
console.log(`ratio official Alibaba / ours signAliyunRpc:  ${r("official Alibaba getRPCSignature", "ours signAliyunRpc")}x`);
if (sink === 0) console.log("");
