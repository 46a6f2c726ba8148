/** An Alibaba Cloud RPC request: HMAC-SHA1 (SignatureVersion 1.0), GET query or POST form. */
import { randomBytes } from "node:crypto";
import { secretScrubber } from "../redact.js";
import { aliyunPercentEncode, signAliyunRpc } from "../signing/aliyun-rpc-signer.js";
import type { BuiltRequest, RequestInput } from "./built-request.js";
import { aliyunTimestamp, flattenAliyun } from "./flatten.js";

export function buildAliyunRpcRequest(input: RequestInput): BuiltRequest {
  const { action, params, creds, region, method, cfg } = input;
  const flat = flattenAliyun(params ?? {});
  flat.Action = action;
  flat.Format = "JSON";
  flat.Version = cfg.apiVersion;
  flat.AccessKeyId = creds.secretId;
  flat.SignatureMethod = "HMAC-SHA1";
  flat.SignatureVersion = "1.0";
  flat.SignatureNonce = randomBytes(16).toString("hex");
  flat.Timestamp = aliyunTimestamp();
  // a RegionId the call passes as an action parameter wins over the client's region
  if (region && flat.RegionId === undefined) flat.RegionId = region;
  if (creds.token) flat.SecurityToken = creds.token;
  const { signature, canonicalizedQueryString } = signAliyunRpc({ method, accessKeySecret: creds.secretKey, params: flat });
  // The canonical query is already RFC 3986 encoded: it is the query (GET) or form body (POST).
  const encoded = `Signature=${aliyunPercentEncode(signature)}&${canonicalizedQueryString}`;
  const scrub = secretScrubber([creds.secretKey, creds.token, signature]);
  if (method === "POST") {
    return {
      request: {
        method,
        url: `${input.baseUrl}/`,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Host: cfg.endpoint },
        body: encoded,
      },
      scrub,
    };
  }
  return { request: { method, url: `${input.baseUrl}/?${encoded}`, headers: { Host: cfg.endpoint } }, scrub };
}
