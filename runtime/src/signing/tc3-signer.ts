import { hmacEncoded, nodeHash, type HashProvider } from "./hash.js";

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
  /** Per-owner key cache (ServiceClient passes its own); without it a module-wide digest-keyed cache is used. */
  keyCache?: Tc3SigningKeyCache;
  /** A signing key already derived for this date and service (skips derivation and caches). */
  signingKey?: Uint8Array;
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
  // The date changes once a day; remembering the last one saves a Date + toISOString per signature.
  const day = Math.floor(timestamp / 86400);
  if (day !== lastDay) {
    lastDay = day;
    lastDate = new Date(day * 86400_000).toISOString().slice(0, 10);
  }
  return lastDate;
}
let lastDay = NaN;
let lastDate = "";

/** Derives the TC3 signing key (no caching): HMAC chain over date, service, "tc3_request". */
export function deriveTc3SigningKey(secretKey: string, date: string, service: string, hash: HashProvider = nodeHash): Uint8Array {
  const kDate = hash.hmac("sha256", "TC3" + secretKey, date);
  const kService = hash.hmac("sha256", kDate, service);
  return hash.hmac("sha256", kService, "tc3_request");
}

/**
 * A small signing-key cache owned by one client (ServiceClient keeps one per instance).
 * Lookups compare the secret by reference/equality, so no per-call hashing is needed; the cache
 * lives and dies with its owner, which holds the credentials anyway, so module state never
 * holds a secret.
 */
export class Tc3SigningKeyCache {
  // true private fields: util.inspect cannot show the secrets and keys they hold
  #entries: Array<{ secretKey: string; date: string; service: string; key: Uint8Array }> = [];
  readonly #max: number;
  constructor(max = 8) {
    this.#max = max;
  }

  get(secretKey: string, date: string, service: string, hash: HashProvider = nodeHash): Uint8Array {
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.date === date && e.service === service && e.secretKey === secretKey) return e.key;
    }
    const key = deriveTc3SigningKey(secretKey, date, service, hash);
    // Keys of another day are dead; drop them before adding so the cache stays tiny.
    this.#entries = entries.filter((e) => e.date === date).slice(-(this.#max - 1));
    this.#entries.push({ secretKey, date, service, key });
    return key;
  }

  get size(): number {
    return this.#entries.length;
  }

  clear(): void {
    this.#entries = [];
  }
}

const MAX_CACHE = 64;
const signingKeyCache = new Map<string, Uint8Array>();

/**
 * Derived signing key, cached module-wide per (secretKey, date, service) for callers of signTc3
 * that bring no Tc3SigningKeyCache. That map is keyed by a digest so it never holds the secret
 * in clear text; the digest costs one hash per call, which is why ServiceClient uses its own cache.
 */
export function tc3SigningKey(secretKey: string, date: string, service: string, hash: HashProvider = nodeHash): Uint8Array {
  const cacheKey = `${hash.sha256Hex(secretKey)}|${date}|${service}`;
  const hit = signingKeyCache.get(cacheKey);
  if (hit) return hit;
  const kSigning = deriveTc3SigningKey(secretKey, date, service, hash);
  if (signingKeyCache.size >= MAX_CACHE) {
    const oldest = signingKeyCache.keys().next().value;
    if (oldest !== undefined) signingKeyCache.delete(oldest);
  }
  signingKeyCache.set(cacheKey, kSigning);
  return kSigning;
}

/** Number of keys in the module-wide cache (for tests). */
export function tc3SigningKeyCacheSize(): number {
  return signingKeyCache.size;
}

export function clearTc3SigningKeyCache(): void {
  signingKeyCache.clear();
}

const DEFAULT_SIGNED_HEADERS = "content-type;host";

export function signTc3(input: Tc3SignInput, hash: HashProvider = nodeHash): Tc3SignResult {
  const method = input.method.toUpperCase();
  const uri = input.uri ?? "/";
  const query = input.query ?? "";
  const contentType = input.contentType ?? (method === "GET" ? "application/x-www-form-urlencoded" : "application/json; charset=utf-8");
  const payload = input.payload ?? "";

  let canonicalHeaders: string;
  let signedHeaders: string;
  const extra = input.extraSignedHeaders;
  if (extra === undefined || isEmpty(extra)) {
    // The common case (content-type and host only) needs no map, sort or join.
    canonicalHeaders = `content-type:${contentType.trim()}\nhost:${input.host.trim()}\n`;
    signedHeaders = DEFAULT_SIGNED_HEADERS;
  } else {
    const headers: Record<string, string> = { "content-type": contentType, host: input.host };
    for (const k of Object.keys(extra)) headers[k.toLowerCase()] = extra[k]!;
    const names = Object.keys(headers).sort();
    canonicalHeaders = names.map((n) => `${n}:${String(headers[n]).trim()}\n`).join("");
    signedHeaders = names.join(";");
  }

  const hashedRequestPayload = hash.sha256Hex(payload);
  const canonicalRequest = `${method}\n${uri}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${hashedRequestPayload}`;
  const hashedCanonicalRequest = hash.sha256Hex(canonicalRequest);

  const date = utcDate(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = `${TC3_ALGORITHM}\n${input.timestamp}\n${credentialScope}\n${hashedCanonicalRequest}`;

  const key =
    input.signingKey ??
    (input.keyCache ? input.keyCache.get(input.secretKey, date, input.service, hash) : tc3SigningKey(input.secretKey, date, input.service, hash));
  const signature = hmacEncoded(hash, "sha256", key, stringToSign, "hex");
  const authorization = `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` + `SignedHeaders=${signedHeaders}, Signature=${signature}`;

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

function isEmpty(o: Record<string, string>): boolean {
  for (const _ in o) return false;
  return true;
}
