/**
 * Who is calling, as the wire says it: a User-Agent on every request and, for Tencent Cloud,
 * X-TC-RequestClient. Vendors use these to tell SDKs apart when a problem is reported; without
 * them our requests looked like an anonymous script. The version is a constant (a test keeps it
 * equal to package.json) because the bundled runtime cannot read its package.json.
 */
export const RUNTIME_VERSION = "1.1.0";

/** The generated package's name and version, passed by the generated client. */
export interface SdkIdentity {
  name: string;
  version: string;
}

/** `doc2sdk/<v> <package>/<v> node/<v>`, then the caller's `extra` (e.g. an application name). */
export function userAgent(sdk?: SdkIdentity, extra?: string): string {
  let ua = `doc2sdk/${RUNTIME_VERSION}`;
  if (sdk?.name) ua += ` ${token(sdk.name)}/${token(sdk.version || "0")}`;
  ua += ` node/${process.versions.node}`;
  if (extra) ua += ` ${extra.replace(/[\r\n]+/g, " ").trim()}`;
  return ua;
}

/** Tencent's client header: short, one product token per component. */
export function tencentRequestClient(sdk?: SdkIdentity): string {
  return sdk?.name ? `doc2sdk/${RUNTIME_VERSION} ${token(sdk.name)}/${token(sdk.version || "0")}` : `doc2sdk/${RUNTIME_VERSION}`;
}

/** A product token may not hold spaces or control characters (a header value must stay one line). */
function token(s: string): string {
  return s.replace(/[\s\x00-\x1f\x7f]+/g, "-");
}
