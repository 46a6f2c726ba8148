/**
 * A Tencent v1-signed request (HmacSHA1/HmacSHA256): API 3.0 hosts with path "/", the legacy
 * API 2.0 on /v2/index.php; GET with a query or POST with a form body.
 */
import { randomInt } from "node:crypto";
import { secretScrubber } from "../redact.js";
import { TENCENT_V1_PATH_LEGACY, defaultTencentV1Path, signTencentV1 } from "../signing/tencent-v1-signer.js";
import type { BuiltRequest, RequestInput } from "./built-request.js";
import { flattenTencentV1, formEncode } from "./flatten.js";

export function buildTencentV1Request(input: RequestInput): BuiltRequest {
  const { action, params, creds, region, method, cfg } = input;
  const algorithm = cfg.signatureMethod ?? "HmacSHA256";
  const path = defaultTencentV1Path(cfg.endpoint);
  const flat = flattenTencentV1(params ?? {});
  flat.Action = action;
  flat.Timestamp = String(Math.floor(Date.now() / 1000));
  flat.Nonce = String(randomInt(1, 2 ** 31 - 1));
  flat.SecretId = creds.secretId;
  flat.SignatureMethod = algorithm;
  // The legacy API 2.0 (/v2/index.php) has no wire Version: specs list "2017" as its
  // apiVersion, which the server does not accept as a Version parameter.
  if (cfg.apiVersion && path !== TENCENT_V1_PATH_LEGACY) flat.Version = cfg.apiVersion;
  if (region && flat.Region === undefined) flat.Region = region;
  if (creds.token) flat.Token = creds.token;
  if (cfg.language) flat.Language = cfg.language;
  const { signature } = signTencentV1({ method, host: cfg.endpoint, path, algorithm, secretKey: creds.secretKey, params: flat });
  const encoded = formEncode({ ...flat, Signature: signature });
  const scrub = secretScrubber([creds.secretKey, creds.token, signature]);
  if (method === "GET") {
    return { request: { method, url: `${input.baseUrl}${path}?${encoded}`, headers: { Host: cfg.endpoint } }, scrub };
  }
  return {
    request: {
      method,
      url: `${input.baseUrl}${path}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Host: cfg.endpoint },
      body: encoded,
    },
    scrub,
  };
}
