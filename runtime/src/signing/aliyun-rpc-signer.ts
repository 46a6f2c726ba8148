import { hmacEncoded, nodeHash, type HashProvider } from "./hash.js";

/** RFC 3986 percent-encoding as Alibaba RPC requires: space is %20, "~" is kept, !'()* are encoded. */
export function aliyunPercentEncode(value: string): string {
  // Most names and values (ids, numbers, enum words) need no escaping at all; testing first
  // skips encodeURIComponent and the replace pass, which dominate the cost of RPC signing.
  if (UNRESERVED.test(value)) return value;
  const e = encodeURIComponent(value);
  return NEEDS_EXTRA.test(e) ? e.replace(NEEDS_EXTRA_G, escapeExtra) : e;
}
const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
// encodeURIComponent leaves !'()* alone; RFC 3986 (and Alibaba) want them escaped.
const NEEDS_EXTRA = /[!'()*]/;
const NEEDS_EXTRA_G = /[!'()*]/g;
const escapeExtra = (c: string) => "%" + c.charCodeAt(0).toString(16).toUpperCase();

/**
 * aliyunPercentEncode of a canonicalized query string. Such a string holds only unreserved
 * characters, "%XX" escapes and the separators "=" and "&", so only those three need escaping.
 */
function encodeCanonicalQuery(q: string): string {
  return q.replace(QUERY_SPECIALS, (c) => (c === "%" ? "%25" : c === "=" ? "%3D" : "%26"));
}
const QUERY_SPECIALS = /[%=&]/g;

export interface AliyunRpcSignInput {
  method: "GET" | "POST";
  accessKeySecret: string;
  /** Every request parameter (common and action-specific) except Signature, stringified. */
  params: Record<string, string>;
}

export interface AliyunRpcSignResult {
  canonicalizedQueryString: string;
  stringToSign: string;
  signature: string;
}

export function aliyunCanonicalQuery(params: Record<string, string>): string {
  // sort the raw names, then encode: Alibaba's documented order (encoded names sort differently)
  // The default sort compares UTF-16 code units, the same order as a < b.
  const keys = Object.keys(params).sort();
  let out = "";
  for (const k of keys) {
    if (k === "Signature") continue;
    const pair = `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k] ?? "")}`;
    out = out === "" ? pair : `${out}&${pair}`;
  }
  return out;
}

export function signAliyunRpc(input: AliyunRpcSignInput, hash: HashProvider = nodeHash): AliyunRpcSignResult {
  const method = input.method.toUpperCase();
  const canonicalizedQueryString = aliyunCanonicalQuery(input.params);
  const stringToSign = `${method}&%2F&${encodeCanonicalQuery(canonicalizedQueryString)}`;
  const signature = hmacEncoded(hash, "sha1", input.accessKeySecret + "&", stringToSign, "base64");
  return { canonicalizedQueryString, stringToSign, signature };
}
