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
}

export const nodeHash: HashProvider = {
  sha256Hex(data) {
    return createHash("sha256").update(data).digest("hex");
  },
  hmac(algorithm, key, data) {
    return new Uint8Array(createHmac(algorithm, key).update(data, "utf8").digest());
  },
};

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
