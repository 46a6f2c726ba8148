import { nodeHash, toBase64, type HashProvider } from "./hash.js";

/** RFC 3986 percent-encoding as Alibaba RPC requires: space is %20, "~" is kept, !'()* are encoded. */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

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
  return Object.keys(params)
    .filter((k) => k !== "Signature")
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k] ?? "")}`)
    .join("&");
}

export function signAliyunRpc(
  input: AliyunRpcSignInput,
  hash: HashProvider = nodeHash,
): AliyunRpcSignResult {
  const method = input.method.toUpperCase();
  const canonicalizedQueryString = aliyunCanonicalQuery(input.params);
  const stringToSign = `${method}&${aliyunPercentEncode("/")}&${aliyunPercentEncode(canonicalizedQueryString)}`;
  const signature = toBase64(hash.hmac("sha1", input.accessKeySecret + "&", stringToSign));
  return { canonicalizedQueryString, stringToSign, signature };
}
