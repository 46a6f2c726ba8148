/**
 * Differential property tests: our hand-written signers against the official SDK signers
 * (test-only devDependencies at the repo root), used as oracles.
 *
 *  - TC3-HMAC-SHA256  vs tencentcloud-sdk-nodejs-common  tencentcloud/common/sign.js  Sign.sign3
 *  - Tencent v1 (HmacSHA1 / HmacSHA256) vs Sign.sign, fed the string built exactly like
 *    AbstractClient.formatSignString in
 *    node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js
 *  - Alibaba RPC (HMAC-SHA1) vs @alicloud/openapi-util  Util.getRPCSignature
 *
 * Every property runs 1,000 times with a fixed seed, so a failure is reproducible.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRequire } from "node:module";
import SignModule from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js";
import UtilModule from "@alicloud/openapi-util";
import { signTc3 } from "../src/signing/tc3-signer.js";
import { signTencentV1 } from "../src/signing/tencent-v1-signer.js";
import { signAliyunRpc, aliyunPercentEncode } from "../src/signing/aliyun-rpc-signer.js";
import { officialFormatSignString } from "./helpers/official-format.js";

// Both packages are CommonJS with `exports.default = ...`; depending on the interop layer the
// default import is either the class itself or the whole exports object.
const Sign: {
  sign(secretKey: string, signStr: string, signMethod: "HmacSHA1" | "HmacSHA256"): string;
  sign3(opts: Record<string, unknown>): string;
} = (SignModule as any).default ?? SignModule;
const Util: {
  getRPCSignature(signedParams: Record<string, string>, method: string, secret: string): string;
} = (UtilModule as any).default ?? UtilModule;

const RUNS = { numRuns: 1000, seed: 42 } as const;

// json-bigint (a dependency of tencentcloud-sdk-nodejs-common) is what the official SDK uses both to
// hash and to send POST bodies (http/http_connection.js: `config.body = JSONbigNative.stringify(data)`).
const JSONbigNative: { stringify(v: unknown): string } = createRequire(import.meta.url)("json-bigint")({
  useNativeBigInt: true,
});
/**
 * Characters json-bigint escapes as \uXXXX but JSON.stringify emits verbatim (its `escapable`
 * regex minus the backslash, quote and C0 controls that both escape identically).
 */
// the characters json-bigint escapes, written as it writes them (U+200C–U+200F are single characters here)
// eslint-disable-next-line no-misleading-character-class
const JSON_BIGINT_EXTRA_ESCAPES = /[\x7f-\x9f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/;

// ---------------------------------------------------------------------------------------------
// Shared arbitraries
// ---------------------------------------------------------------------------------------------

/** Strings mixing unicode graphemes, full code points (astral included) and awkward ASCII. */
const specialChars = fc.constantFrom(
  " ",
  "*",
  "~",
  "!",
  "'",
  "(",
  ")",
  "&",
  "=",
  "+",
  "/",
  "?",
  "#",
  "%",
  '"',
  "\\",
  "\n",
  "\t",
  ",",
  ";",
  ":",
  "@",
  "$",
  "[",
  "]",
  "{",
  "}",
  "<",
  ">",
  "|",
  "^",
  "`",
  "-",
  "_",
  ".",
  "é",
  "中文",
  "日本語",
  "🙂",
  "👍🏽",
  "\u00a0",
  "\u200b",
  "%20",
  "%2A",
);
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.array(fc.oneof(specialChars, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join("")),
);
/** Lone surrogates cannot be UTF-8 encoded (encodeURIComponent throws); real SDKs never send them. */
const wellFormed = (s: string) => s.isWellFormed();
const text = anyText.filter(wellFormed);

/** Realistic parameter names: "InstanceIds.0", "Filters.1.Values.2", "Tag.1.Key"... */
const paramName = fc
  .array(fc.oneof(fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,15}$/), fc.integer({ min: 0, max: 200 }).map(String)), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("."));

/** Lower-case DNS host names like "cvm.ap-guangzhou.tencentcloudapi.com". */
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("tencentcloudapi.com", "api.qcloud.com", "example.com"))
  .map(([ls, tld]) => [...ls, tld].join("."));

const service = fc.oneof(fc.constantFrom("cvm", "cbs", "vpc", "cls", "tke"), fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/));
/** Unix seconds between 2000-01-01 and 2100-01-01. */
const timestamp = fc.integer({ min: 946684800, max: 4102444800 });
const secret = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{16,40}$/),
  text.filter((s) => s.length > 0),
);
const secretId = fc.stringMatching(/^AKID[A-Za-z0-9]{8,32}$/);

// JSON bodies: json-bigint's stringify equals JSON.stringify for booleans, null, safe integers,
// ordinary doubles and strings free of JSON_BIGINT_EXTRA_ESCAPES, so the oracle and our signer hash
// the same bytes. (Strings with those characters are covered by the "wire bytes" property below.)
const jsonText = text.filter((s) => !JSON_BIGINT_EXTRA_ESCAPES.test(s));
const jsonLeaf = fc.oneof(
  jsonText,
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((d) => !Object.is(d, -0)),
);
const { json } = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: "small", withCrossShrink: true }, jsonLeaf, tie("arr"), tie("obj")),
  arr: fc.array(tie("json"), { maxLength: 5 }),
  obj: fc.dictionary(fc.oneof(paramName, jsonText), tie("json"), { maxKeys: 5, noNullPrototype: true }),
}));
/** Top-level request bodies: small nested objects, empty objects and large arrays (up to 200 items). */
const body = fc.oneof(
  fc.dictionary(paramName, json, { maxKeys: 8, noNullPrototype: true }),
  fc.constant({}),
  fc.record({
    InstanceIds: fc.array(fc.stringMatching(/^ins-[a-z0-9]{8}$/), { maxLength: 200 }),
    Filters: fc.array(fc.record({ Name: jsonText, Values: fc.array(jsonText, { maxLength: 5 }) }), { maxLength: 200 }),
    Limit: fc.integer({ min: 0, max: 100 }),
  }),
);

/** Flat string parameter maps (values may be empty, unicode, full of reserved characters). */
const flatParams = fc.dictionary(
  paramName.filter((k) => k !== "Signature"),
  text,
  { maxKeys: 12, noNullPrototype: true },
);

// ---------------------------------------------------------------------------------------------
// TC3-HMAC-SHA256
// ---------------------------------------------------------------------------------------------

/** Query strings the way a client sends them (RFC 3986 encoded, so WHATWG URL leaves them as is). */
function encodeQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(v)}`)
    .join("&");
}

describe("differential: TC3-HMAC-SHA256 vs tencentcloud-sdk-nodejs-common Sign.sign3", () => {
  it("POST JSON bodies: authorization equals the official one (1,000 runs)", () => {
    fc.assert(
      fc.property(
        host,
        service,
        timestamp,
        secretId,
        secret,
        body,
        fc.constantFrom("application/json", "application/json; charset=utf-8"),
        (h, svc, ts, sid, skey, payload, ct) => {
          const official = Sign.sign3({
            method: "POST",
            url: "https://" + h + "/",
            payload,
            timestamp: ts,
            service: svc,
            secretId: sid,
            secretKey: skey,
            headers: { "Content-Type": ct },
          });
          const ours = signTc3({
            method: "POST",
            host: h,
            uri: "/",
            query: "",
            contentType: ct,
            payload: JSON.stringify(payload),
            timestamp: ts,
            service: svc,
            secretId: sid,
            secretKey: skey,
          });
          expect(ours.authorization).toBe(official);
          expect(ours.signedHeaders).toBe("content-type;host");
        },
      ),
      RUNS,
    );
  });

  it("POST JSON bodies with any unicode, signed as the official SDK sends them (1,000 runs)", () => {
    const anyJson = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.boolean(), tie("a"), tie("o")),
      a: fc.array(tie("v"), { maxLength: 5 }),
      o: fc.dictionary(text, tie("v"), { maxKeys: 5, noNullPrototype: true }),
    })).o;
    fc.assert(
      fc.property(host, service, timestamp, secretId, secret, anyJson, (h, svc, ts, sid, skey, payload) => {
        const official = Sign.sign3({
          method: "POST",
          url: "https://" + h + "/",
          payload,
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
          headers: { "Content-Type": "application/json" },
        });
        const ours = signTc3({
          method: "POST",
          host: h,
          contentType: "application/json",
          payload: JSONbigNative.stringify(payload),
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
        });
        expect(ours.authorization).toBe(official);
      }),
      RUNS,
    );
  });

  it("POST raw/empty bodies (Buffer, empty): authorization equals the official one (1,000 runs)", () => {
    fc.assert(
      fc.property(host, service, timestamp, secretId, secret, fc.oneof(fc.constant(""), text, fc.string({ maxLength: 5000 })), (h, svc, ts, sid, skey, raw) => {
        // The oracle hashes Buffers byte for byte and a falsy payload as the empty string
        // (a non-empty string would be JSON-stringified, i.e. quoted, so pass it as a Buffer).
        const payload = raw === "" ? "" : Buffer.from(raw, "utf8");
        const official = Sign.sign3({
          method: "POST",
          url: "https://" + h + "/",
          payload,
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
          headers: { "Content-Type": "application/octet-stream" },
        });
        const ours = signTc3({
          method: "POST",
          host: h,
          contentType: "application/octet-stream",
          payload: raw,
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
        });
        expect(ours.authorization).toBe(official);
      }),
      RUNS,
    );
  });

  it("GET with a query string: authorization equals the official one (1,000 runs)", () => {
    fc.assert(
      fc.property(host, service, timestamp, secretId, secret, flatParams, fc.constantFrom(undefined, ""), (h, svc, ts, sid, skey, params, emptyPayload) => {
        const query = encodeQuery(params);
        const ct = "application/x-www-form-urlencoded";
        const official = Sign.sign3({
          method: "GET",
          url: "https://" + h + "/" + (query ? "?" + query : ""),
          payload: emptyPayload,
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
          headers: { "Content-Type": ct },
        });
        const ours = signTc3({
          method: "GET",
          host: h,
          query,
          timestamp: ts,
          service: svc,
          secretId: sid,
          secretKey: skey,
        });
        expect(ours.authorization).toBe(official);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Tencent v1 (HmacSHA1 / HmacSHA256)
// ---------------------------------------------------------------------------------------------

describe("differential: Tencent v1 vs tencentcloud-sdk-nodejs-common Sign.sign + formatSignString", () => {
  const commonParams = fc.record({
    Action: fc.stringMatching(/^[A-Z][A-Za-z]{2,30}$/),
    Nonce: fc.integer({ min: 0, max: 65535 }).map(String),
    Timestamp: timestamp.map(String),
    Version: fc.constantFrom("2017-03-12", "2018-05-25"),
    SecretId: secretId,
    Region: fc.constantFrom("ap-guangzhou", "ap-shanghai", "na-siliconvalley"),
  });
  // Every method x algorithm pair gets its own 1,000 runs (both paths drawn at random).
  for (const method of ["GET", "POST"] as const) {
    for (const algorithm of ["HmacSHA1", "HmacSHA256"] as const) {
      it(`${method} ${algorithm}: signature equals the official one, both paths (1,000 runs)`, () => {
        fc.assert(
          fc.property(host, fc.constantFrom("/", "/v2/index.php"), secret, commonParams, flatParams, (h, path, skey, common, extra) => {
            const params: Record<string, string> = { ...extra, ...common, SignatureMethod: algorithm };
            const official = Sign.sign(skey, officialFormatSignString(method, h, path, params), algorithm);
            const ours = signTencentV1({ method, host: h, path, algorithm, secretKey: skey, params });
            expect(ours.stringToSign).toBe(officialFormatSignString(method, h, path, params));
            expect(ours.signature).toBe(official);
          }),
          RUNS,
        );
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Alibaba RPC (HMAC-SHA1)
// ---------------------------------------------------------------------------------------------

describe("differential: Alibaba RPC vs @alicloud/openapi-util getRPCSignature", () => {
  const aliCommon = fc.record({
    Format: fc.constantFrom("JSON", "XML"),
    Version: fc.constantFrom("2014-05-26", "2014-05-15"),
    AccessKeyId: fc.stringMatching(/^LTAI[A-Za-z0-9]{12,20}$/),
    SignatureMethod: fc.constant("HMAC-SHA1"),
    Timestamp: timestamp.map((t) => new Date(t * 1000).toISOString().replace(/\.\d{3}Z$/, "Z")),
    SignatureVersion: fc.constant("1.0"),
    SignatureNonce: fc.uuid(),
    Action: fc.stringMatching(/^[A-Z][A-Za-z]{2,30}$/),
  });

  for (const method of ["GET", "POST"] as const) {
    it(`${method}: signature equals the official one with realistic parameter names (1,000 runs)`, () => {
      fc.assert(
        fc.property(secret, aliCommon, flatParams, (skey, common, extra) => {
          const params: Record<string, string> = { ...extra, ...common };
          const official = Util.getRPCSignature(params, method, skey);
          const ours = signAliyunRpc({ method, accessKeySecret: skey, params });
          expect(ours.signature).toBe(official);
        }),
        RUNS,
      );
    });

    it(`${method}: signature equals the official one with arbitrary parameter names (1,000 runs)`, () => {
      const anyKey = fc
        .oneof(
          paramName,
          text.filter((s) => s.length > 0),
        )
        .filter((k) => k !== "Signature");
      fc.assert(
        fc.property(secret, fc.dictionary(anyKey, text, { maxKeys: 12, noNullPrototype: true }), (skey, params) => {
          const official = Util.getRPCSignature(params, method, skey);
          const ours = signAliyunRpc({ method, accessKeySecret: skey, params });
          expect(ours.signature).toBe(official);
        }),
        RUNS,
      );
    });
  }
});
