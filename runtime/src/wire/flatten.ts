/**
 * How each protocol puts nested parameters on the wire: Tencent API 2.0 and API 3.0 GET flatten
 * arrays as name.0, name.1 and objects as a.b; Alibaba RPC counts arrays from 1 (Foo.1).
 */
import { aliyunPercentEncode } from "../signing/aliyun-rpc-signer.js";

type Params = Record<string, unknown>;

function scalar(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Tencent v1 flattening: arrays name.0, name.1; objects a.b. */
export function flattenTencentV1(params: Params, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(params)) {
    flattenValue(prefix ? `${prefix}.${k}` : k, v, out, 0);
  }
  return out;
}

/** Alibaba RPC flattening: arrays Foo.1, Foo.2 (1-based); objects Foo.Bar. */
export function flattenAliyun(params: Params, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(params)) {
    flattenValue(prefix ? `${prefix}.${k}` : k, v, out, 1);
  }
  return out;
}

function flattenValue(key: string, v: unknown, out: Record<string, string>, base: number): void {
  if (v === undefined || v === null) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => flattenValue(`${key}.${i + base}`, item, out, base));
  } else if (typeof v === "object" && !(v instanceof Date)) {
    for (const [k2, v2] of Object.entries(v as Params)) flattenValue(`${key}.${k2}`, v2, out, base);
  } else {
    out[key] = scalar(v);
  }
}

export function formEncode(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
}

/** RFC 3986 query string (TC3 GET signs exactly the string it sends). */
export function rfc3986Query(params: Record<string, string>): string {
  return Object.keys(params)
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k]!)}`)
    .join("&");
}

/** Aliyun Timestamp: ISO 8601 UTC without milliseconds. */
export function aliyunTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
