import * as nodeCrypto from "node:crypto";
import { createHash, createHmac } from "node:crypto";

/** Binary-to-text encodings the signers need. */
export type DigestEncoding = "hex" | "base64";
export type HmacAlgorithm = "sha1" | "sha256";

/**
 * The hashing primitives the signers use. Kept behind an interface so a
 * WebCrypto (async) implementation can be swapped in later; the node one is sync.
 */
export interface HashProvider {
  sha256Hex(data: string | Uint8Array): string;
  hmac(algorithm: HmacAlgorithm, key: string | Uint8Array, data: string): Uint8Array;
  /** Optional fast path: HMAC straight to hex/base64 text, skipping a byte-array round trip. */
  hmacEncoded?(algorithm: HmacAlgorithm, key: string | Uint8Array, data: string, encoding: DigestEncoding): string;
}

// crypto.hash (one-shot, Node >= 20.12 / 21.7) skips the Hash object: about half the cost of
// createHash for request-sized inputs. Older Node falls back to createHash.
const oneShot = (nodeCrypto as { hash?: (alg: string, data: string | Uint8Array, enc: "hex") => string }).hash;

export const nodeHash: HashProvider = {
  sha256Hex: oneShot ? (data) => oneShot("sha256", data, "hex") : (data) => createHash("sha256").update(data).digest("hex"),
  hmac(algorithm, key, data) {
    // A Buffer is a Uint8Array: returned as is, no copy.
    return createHmac(algorithm, key).update(data, "utf8").digest();
  },
  hmacEncoded(algorithm, key, data, encoding) {
    return createHmac(algorithm, key).update(data, "utf8").digest(encoding);
  },
};

/** HMAC as text through the provider's fast path when it has one. */
export function hmacEncoded(hash: HashProvider, algorithm: HmacAlgorithm, key: string | Uint8Array, data: string, encoding: DigestEncoding): string {
  if (hash.hmacEncoded) return hash.hmacEncoded(algorithm, key, data, encoding);
  const bytes = hash.hmac(algorithm, key, data);
  return encoding === "hex" ? toHex(bytes) : toBase64(bytes);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function toHex(bytes: Uint8Array): string {
  return asBuffer(bytes).toString("hex");
}

export function toBase64(bytes: Uint8Array): string {
  return asBuffer(bytes).toString("base64");
}
