import { nodeHash, toHex, type HashProvider } from "./hash.js";

export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

export interface Tc3SignInput {
  method: "POST" | "GET";
  host: string;
  /** Canonical URI, "/" for every API 3.0 endpoint. */
  uri?: string;
  /** GET: the already-encoded query string (without "?"). POST: "". */
  query?: string;
  /** Defaults to "application/json; charset=utf-8" for POST, "application/x-www-form-urlencoded" for GET. */
  contentType?: string;
  /** Request body exactly as sent (POST); "" for GET. */
  payload?: string;
  /** Unix seconds. */
  timestamp: number;
  service: string;
  secretId: string;
  secretKey: string;
  /**
   * Extra headers to sign besides content-type and host, e.g. {"x-tc-action": "describeinstances"}.
   * Names are lower-cased and sorted.
   */
  extraSignedHeaders?: Record<string, string>;
}

export interface Tc3SignResult {
  hashedRequestPayload: string;
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  credentialScope: string;
  stringToSign: string;
  signature: string;
  authorization: string;
  signedHeaders: string;
  date: string;
}

/** UTC date (YYYY-MM-DD) of a Unix-seconds timestamp. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

const MAX_CACHE = 64;
const signingKeyCache = new Map<string, Uint8Array>();

/** Derived signing key; changes once per UTC day, so cached per (secretKey, date, service). */
export function tc3SigningKey(
  secretKey: string,
  date: string,
  service: string,
  hash: HashProvider = nodeHash,
): Uint8Array {
  // The cache is keyed by a digest so the map never holds the secret in clear text.
  const cacheKey = `${hash.sha256Hex(secretKey)}|${date}|${service}`;
  const hit = signingKeyCache.get(cacheKey);
  if (hit) return hit;
  const kDate = hash.hmac("sha256", "TC3" + secretKey, date);
  const kService = hash.hmac("sha256", kDate, service);
  const kSigning = hash.hmac("sha256", kService, "tc3_request");
  if (signingKeyCache.size >= MAX_CACHE) {
    const oldest = signingKeyCache.keys().next().value;
    if (oldest !== undefined) signingKeyCache.delete(oldest);
  }
  signingKeyCache.set(cacheKey, kSigning);
  return kSigning;
}

/** Number of cached signing keys (for tests). */
export function tc3SigningKeyCacheSize(): number {
  return signingKeyCache.size;
}

export function clearTc3SigningKeyCache(): void {
  signingKeyCache.clear();
}

export function signTc3(input: Tc3SignInput, hash: HashProvider = nodeHash): Tc3SignResult {
  const method = input.method.toUpperCase();
  const uri = input.uri ?? "/";
  const query = input.query ?? "";
  const contentType =
    input.contentType ??
    (method === "GET" ? "application/x-www-form-urlencoded" : "application/json; charset=utf-8");
  const payload = input.payload ?? "";

  const headers: Record<string, string> = {
    "content-type": contentType,
    host: input.host,
  };
  for (const [k, v] of Object.entries(input.extraSignedHeaders ?? {})) {
    headers[k.toLowerCase()] = v;
  }
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${String(headers[n]).trim()}\n`).join("");
  const signedHeaders = names.join(";");

  const hashedRequestPayload = hash.sha256Hex(payload);
  const canonicalRequest = [
    method,
    uri,
    query,
    canonicalHeaders,
    signedHeaders,
    hashedRequestPayload,
  ].join("\n");
  const hashedCanonicalRequest = hash.sha256Hex(canonicalRequest);

  const date = utcDate(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [
    TC3_ALGORITHM,
    String(input.timestamp),
    credentialScope,
    hashedCanonicalRequest,
  ].join("\n");

  const key = tc3SigningKey(input.secretKey, date, input.service, hash);
  const signature = toHex(hash.hmac("sha256", key, stringToSign));
  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;

  return {
    hashedRequestPayload,
    canonicalRequest,
    hashedCanonicalRequest,
    credentialScope,
    stringToSign,
    signature,
    authorization,
    signedHeaders,
    date,
  };
}
