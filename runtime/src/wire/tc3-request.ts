/** A Tencent Cloud API 3.0 request: TC3-HMAC-SHA256, POST with a JSON body or GET with a query. */
import { secretScrubber } from "../redact.js";
import { signTc3 } from "../signing/tc3-signer.js";
import type { BuiltRequest, RequestInput } from "./built-request.js";
import { flattenTencentV1, rfc3986Query } from "./flatten.js";

export function buildTc3Request(input: RequestInput): BuiltRequest {
  const { action, params, creds, region, method, cfg } = input;
  const timestamp = Math.floor(Date.now() / 1000);
  let payload = "";
  let query = "";
  let contentType: string;
  if (method === "POST") {
    payload = JSON.stringify(params ?? {});
    contentType = "application/json; charset=utf-8";
  } else {
    // API 3.0 GET: flattened like v1 (Ids.0, Filters.0.Name), signed as sent.
    query = rfc3986Query(flattenTencentV1(params ?? {}));
    contentType = "application/x-www-form-urlencoded";
  }
  const signed = signTc3({
    method,
    host: cfg.endpoint,
    uri: "/",
    query,
    contentType,
    payload,
    timestamp,
    service: cfg.service,
    secretId: creds.secretId,
    secretKey: creds.secretKey,
    keyCache: input.tc3Keys,
  });
  const headers: Record<string, string> = {
    Authorization: signed.authorization,
    "Content-Type": contentType,
    Host: cfg.endpoint,
    "X-TC-Action": action,
    "X-TC-Timestamp": String(timestamp),
    "X-TC-Version": cfg.apiVersion,
  };
  if (region) headers["X-TC-Region"] = region;
  if (creds.token) headers["X-TC-Token"] = creds.token;
  if (cfg.language) headers["X-TC-Language"] = cfg.language;
  const url = query ? `${input.baseUrl}/?${query}` : `${input.baseUrl}/`;
  return {
    request: method === "POST" ? { method, url, headers, body: payload } : { method, url, headers },
    scrub: secretScrubber([creds.secretKey, creds.token, signed.signature, signed.authorization]),
  };
}
