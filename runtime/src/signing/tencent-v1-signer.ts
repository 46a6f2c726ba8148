import { nodeHash, toBase64, type HashProvider } from "./hash.js";

export type TencentV1Algorithm = "HmacSHA1" | "HmacSHA256";

/** Path signed for API 3.0 hosts (*.tencentcloudapi.com). */
export const TENCENT_V1_PATH_V3 = "/";
/** Path signed for legacy hosts (*.api.qcloud.com). */
export const TENCENT_V1_PATH_LEGACY = "/v2/index.php";

export interface TencentV1SignInput {
  method: "GET" | "POST";
  host: string;
  /** Defaults from the host: "/v2/index.php" for *.api.qcloud.com, "/" otherwise. */
  path?: string;
  algorithm?: TencentV1Algorithm;
  secretKey: string;
  /** Flattened parameters (including SecretId, Nonce, Timestamp...), all stringified. Excludes Signature. */
  params: Record<string, string>;
}

export interface TencentV1SignResult {
  /** k=v pairs sorted by key and joined by & (values not encoded). */
  requestString: string;
  /** METHOD + host + path + "?" + requestString: the string that is signed. */
  stringToSign: string;
  /** Base64 HMAC. */
  signature: string;
}

export function defaultTencentV1Path(host: string): string {
  return /\.api\.qcloud\.com$/i.test(host) ? TENCENT_V1_PATH_LEGACY : TENCENT_V1_PATH_V3;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function signTencentV1(input: TencentV1SignInput, hash: HashProvider = nodeHash): TencentV1SignResult {
  const method = input.method.toUpperCase();
  const path = input.path ?? defaultTencentV1Path(input.host);
  const algorithm = input.algorithm ?? "HmacSHA1";
  const requestString = Object.keys(input.params)
    .filter((k) => k !== "Signature")
    .sort(compareKeys)
    .map((k) => `${k}=${input.params[k]}`)
    .join("&");
  const stringToSign = `${method}${input.host}${path}?${requestString}`;
  const signature = toBase64(hash.hmac(algorithm === "HmacSHA256" ? "sha256" : "sha1", input.secretKey, stringToSign));
  return { requestString, stringToSign, signature };
}
