/**
 * Signing micro-benchmark: official SDK signers vs ours, side by side in one run.
 * Run with `npx tsx test/bench/signing.bench.ts` (BENCH_ITERATIONS per round, default 20,000;
 * BENCH_ROUNDS, default 7). Every contender signs the same DescribeInstances-like request and
 * first must produce the same output as its official counterpart. Each gets a warm-up pass, then
 * the contenders run interleaved round by round (so load from other processes spreads evenly)
 * and the table reports each contender's median round.
 */
import { createHash, createHmac } from "node:crypto";
import SignModule from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js";
import UtilModule from "@alicloud/openapi-util";
import { Tc3SigningKeyCache, signTc3 } from "../../runtime/src/signing/tc3-signer.js";
import { signAliyunRpc } from "../../runtime/src/signing/aliyun-rpc-signer.js";
import { median } from "./median.js";

const Sign: { sign3(opts: Record<string, unknown>): string } = (SignModule as any).default ?? SignModule;
const Util: { getRPCSignature(p: Record<string, string>, m: string, s: string): string } = (UtilModule as any).default ?? UtilModule;

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
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

// ---- bare node:crypto TC3 loops -------------------------------------------------------------
// The textbook implementation: stringify, two hashes, four HMACs. "cached key" keeps kSigning.
let bareKey: { date: string; key: Buffer } | undefined;
function bareTc3(cacheKey: boolean): string {
  const body = JSON.stringify(payloadObj);
  const hashedPayload = createHash("sha256").update(body).digest("hex");
  const canonicalRequest = `POST\n/\n\ncontent-type:${contentType}\nhost:${host}\n\ncontent-type;host\n${hashedPayload}`;
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${service}/tc3_request`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  let kSigning: Buffer;
  if (cacheKey && bareKey?.date === date) kSigning = bareKey.key;
  else {
    const kDate = createHmac("sha256", "TC3" + secretKey)
      .update(date)
      .digest();
    const kService = createHmac("sha256", kDate).update(service).digest();
    kSigning = createHmac("sha256", kService).update("tc3_request").digest();
    if (cacheKey) bareKey = { date, key: kSigning };
  }
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  return `TC3-HMAC-SHA256 Credential=${secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

// What ServiceClient does per TC3 request: serialize the params once (the same string is sent),
// sign with the client's own signing-key cache.
const clientKeyCache = new Tc3SigningKeyCache();
const oursTc3 = () =>
  signTc3({
    method: "POST",
    host,
    contentType,
    payload: JSON.stringify(payloadObj),
    timestamp,
    service,
    secretId,
    secretKey,
    keyCache: clientKeyCache,
  }).authorization;

const OFFICIAL_TC3 = "official TC3 (Sign.sign3)";
const BARE = "bare node:crypto TC3 loop";
const BARE_CACHED = "bare node:crypto TC3, cached key";
const OURS_TC3 = "ours signTc3 (client path)";
const OFFICIAL_RPC = "official Alibaba RPC (getRPCSignature)";
const OURS_RPC = "ours signAliyunRpc";

const contenders: Array<[string, () => string]> = [
  [
    OFFICIAL_TC3,
    // sign3 takes the object and serializes it itself (json-bigint), so every TC3 contender
    // pays for serializing the same object.
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
  [BARE, () => bareTc3(false)],
  [BARE_CACHED, () => bareTc3(true)],
  [OURS_TC3, oursTc3],
  [OFFICIAL_RPC, () => Util.getRPCSignature(aliParams, "GET", aliSecret)],
  [OURS_RPC, () => signAliyunRpc({ method: "GET", accessKeySecret: aliSecret, params: aliParams }).signature],
];

// Sanity: contenders of one scheme must produce the same output before we time them.
const tc3Outputs = new Set(contenders.slice(0, 4).map(([, f]) => f()));
if (tc3Outputs.size !== 1) throw new Error(`TC3 contenders disagree: ${[...tc3Outputs].join(" | ")}`);
if (contenders[4]![1]() !== contenders[5]![1]()) throw new Error("Alibaba contenders disagree");

let sink = 0;
function timeRound(fn: () => string, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn().length;
  return Number(process.hrtime.bigint() - t0) / 1e3 / n; // µs per signature
}

for (const [, fn] of contenders) timeRound(fn, WARMUP);
const rounds = new Map<string, number[]>(contenders.map(([n]) => [n, []]));
for (let r = 0; r < ROUNDS; r++) for (const [name, fn] of contenders) rounds.get(name)!.push(timeRound(fn, ITERATIONS));

const med = new Map([...rounds].map(([n, xs]) => [n, median(xs)]));

const width = Math.max(...contenders.map(([n]) => n.length));
console.log(`signing benchmark: node ${process.version}, ${ROUNDS} rounds x ${ITERATIONS} signatures after ${WARMUP} warm-up`);
console.log(`${"contender".padEnd(width)}  median µs   min µs   max µs`);
for (const [name, xs] of rounds) {
  const f = (x: number) => x.toFixed(2).padStart(8);
  console.log(`${name.padEnd(width)}  ${f(med.get(name)!)} ${f(Math.min(...xs))} ${f(Math.max(...xs))}`);
}
const ratio = (a: string, b: string) => `${(med.get(a)! / med.get(b)!).toFixed(2)}x`;
console.log(`official TC3 / ours TC3:    ${ratio(OFFICIAL_TC3, OURS_TC3)}  (target >= 3x)`);
console.log(`bare loop / ours TC3:       ${ratio(BARE, OURS_TC3)}`);
console.log(`official RPC / ours RPC:    ${ratio(OFFICIAL_RPC, OURS_RPC)}  (target > 1x)`);
if (sink === 0) console.log("");
