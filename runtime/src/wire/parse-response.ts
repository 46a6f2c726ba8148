/**
 * A response of any of the three wire formats, as a result or as the right error: Tencent API 3.0
 * `Response.Error`, Tencent API 2.0 `code`/`message`/`codeDesc`, Alibaba `Code`/`Message`/`HostId`.
 */
import type { Protocol, ResponseWithRequestId } from "../client.js";
import { UnexpectedResponseError, createServiceError, createTencentV2Error } from "../errors.js";
import type { Scrubber } from "../redact.js";
import type { TransportResponse } from "../transport.js";

/** Reads a response of `protocol`: each protocol's reader, by name (the STS calls use this). */
export function parseResponse<T>(protocol: Protocol, action: string, res: TransportResponse, scrub: Scrubber): ResponseWithRequestId<T> {
  const read = protocol === "tencentcloud-v1" ? readTencentV1Response : protocol === "aliyun-rpc-v1" ? readAliyunRpcResponse : readTc3Response;
  return read(action, res, scrub) as unknown as ResponseWithRequestId<T>;
}

/** One protocol's response reader. Separate functions, so a client bundles only its own protocol's. */
export type ResponseReader = (action: string, res: TransportResponse, scrub: Scrubber) => ResponseWithRequestId<Record<string, unknown>>;

export const readTc3Response: ResponseReader = (action, res, scrub) => read(action, res, scrub);
export const readTencentV1Response: ResponseReader = (action, res, scrub) => read(action, res, scrub, tencentV1Body);
export const readAliyunRpcResponse: ResponseReader = (action, res, scrub) => read(action, res, scrub, undefined, aliyunErrorBody);

type Body = Record<string, unknown>;

/** Tencent API 2.0: {code, message, codeDesc, ...}; code 0 is success, at any HTTP status. */
function tencentV1Body(obj: Body, action: string, res: TransportResponse, scrub: Scrubber): Body | undefined {
  if (!("code" in obj)) return undefined;
  const code = obj.code;
  const requestId = typeof obj.requestId === "string" ? obj.requestId : typeof obj.RequestId === "string" ? obj.RequestId : undefined;
  if (code !== 0 && code !== "0") {
    throw createTencentV2Error(
      { code, message: obj.message == null ? undefined : scrub(String(obj.message)), codeDesc: obj.codeDesc },
      { requestId, httpStatus: res.status, action },
    );
  }
  // Most v2 responses carry no request id: RequestId is then "".
  return { ...obj, RequestId: requestId ?? "" };
}

function read(
  action: string,
  res: TransportResponse,
  scrub: Scrubber,
  v1Body?: typeof tencentV1Body,
  isErrorBody?: (obj: Body) => boolean,
): ResponseWithRequestId<Record<string, unknown>> {
  const unexpected = (reason: string, requestId?: string) => new UnexpectedResponseError(res.status, res.body, { action, reason, requestId, redact: scrub });
  if (res.body.trim() === "") throw unexpected("empty body");
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    throw unexpected("body is not JSON (malformed or truncated)");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw unexpected("body is not a JSON object");
  const obj = body as Record<string, unknown>;

  // Tencent API 3.0: {"Response": {..., "Error": {Code, Message}, RequestId}}
  if (obj.Response && typeof obj.Response === "object") {
    const r = obj.Response as Record<string, unknown>;
    const requestId = typeof r.RequestId === "string" ? r.RequestId : undefined;
    const e = r.Error as { Code?: unknown; Message?: unknown } | undefined;
    if (e && typeof e === "object") {
      throw createServiceError({
        code: String(e.Code ?? "UnknownError"),
        message: scrub(String(e.Message ?? "")),
        requestId,
        httpStatus: res.status,
        action,
      });
    }
    if (res.status < 200 || res.status >= 300) throw unexpected("error status without a Response.Error object", requestId);
    return r as ResponseWithRequestId<Body>;
  }

  // Tencent API 2.0 (its reader only)
  const v1 = v1Body?.(obj, action, res, scrub);
  if (v1) return v1 as ResponseWithRequestId<Body>;

  // Alibaba RPC: {Code, Message, RequestId, HostId} with HTTP >= 400
  const requestId = typeof obj.RequestId === "string" ? obj.RequestId : undefined;
  if (res.status >= 400) {
    if (typeof obj.Code === "string") {
      throw createServiceError({
        code: obj.Code,
        message: scrub(String(obj.Message ?? "")),
        requestId,
        httpStatus: res.status,
        action,
        hostId: typeof obj.HostId === "string" ? obj.HostId : undefined,
      });
    }
    throw unexpected("error status without an error Code", requestId);
  }
  if (res.status < 200 || res.status >= 300) throw unexpected("status is not 2xx", requestId);
  // Gateways and some Alibaba APIs answer errors with HTTP 200: {"Code":"Throttling","Message":…}.
  // Success bodies carry no Code, or a success-looking one ("200", "OK", "Success") or Success: true.
  if (isErrorBody?.(obj)) {
    throw createServiceError({
      code: obj.Code as string,
      message: scrub(String(obj.Message ?? "")),
      requestId,
      httpStatus: res.status,
      action,
      hostId: typeof obj.HostId === "string" ? obj.HostId : undefined,
    });
  }
  return obj as ResponseWithRequestId<Body>;
}

function aliyunErrorBody(obj: Record<string, unknown>): boolean {
  if (typeof obj.Code !== "string" || obj.Code === "" || typeof obj.Message !== "string") return false;
  if (obj.Success === true || obj.Success === "true") return false;
  return !/^(200|0|OK|Success|true)$/i.test(obj.Code);
}
