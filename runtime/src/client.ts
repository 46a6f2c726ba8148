import { randomBytes, randomInt } from "node:crypto";
import { toProvider, type CredentialProvider, type Credentials } from "./credentials.js";
import { NetworkError, ServiceError, UnexpectedResponseError, createServiceError } from "./errors.js";
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";
import { signAliyunRpc, aliyunPercentEncode } from "./signing/aliyun-rpc-signer.js";
import { signTc3 } from "./signing/tc3-signer.js";
import { defaultTencentV1Path, signTencentV1, type TencentV1Algorithm } from "./signing/tencent-v1-signer.js";
import { NodeHttpTransport, type Transport, type TransportRequest, type TransportResponse } from "./transport.js";

export type Protocol = "tc3-hmac-sha256" | "tencentcloud-v1" | "aliyun-rpc-v1";

/** Log sink. Receives only redacted data: never secret keys, signatures, Authorization or tokens. */
export interface Logger {
  debug?(message: string, data?: Record<string, unknown>): void;
  info?(message: string, data?: Record<string, unknown>): void;
  warn?(message: string, data?: Record<string, unknown>): void;
  error?(message: string, data?: Record<string, unknown>): void;
}

export interface RequestContext {
  action: string;
  attempt: number;
  method: string;
  /** URL with Signature / SecurityToken / SecretId query values redacted. */
  url: string;
  /** Headers with Authorization and tokens removed. */
  headers: Record<string, string>;
}

export interface ResponseContext extends RequestContext {
  status: number;
  requestId?: string;
  durationMs: number;
}

export interface Hooks {
  beforeRequest?(ctx: RequestContext): void | Promise<void>;
  afterResponse?(ctx: ResponseContext): void | Promise<void>;
  onRetry?(ctx: RequestContext & { error: unknown; delayMs: number }): void | Promise<void>;
}

export interface ServiceClientConfig {
  protocol: Protocol;
  service: string;
  apiVersion: string;
  /** Host name, e.g. "cvm.tencentcloudapi.com". */
  endpoint: string;
  region?: string;
  credentials?: Credentials | CredentialProvider;
  /** Base URL to send to instead of https://endpoint (e.g. http://127.0.0.1:PORT). The signed host stays `endpoint`. */
  endpointOverride?: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** X-TC-Language, e.g. "en-US" / "zh-CN". */
  language?: string;
  transport?: Transport;
  logger?: Logger;
  hooks?: Hooks;
  /** Tencent v1 only; default HmacSHA256. */
  signatureMethod?: TencentV1Algorithm;
  /** Override retry timing (tests). */
  retryPolicy?: Partial<RetryPolicy>;
}

export interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  maxAttempts?: number;
  region?: string;
}

export type ResponseWithRequestId<T> = T & { RequestId: string };

type Params = Record<string, unknown>;

const SENSITIVE_HEADERS = new Set(["authorization", "x-tc-token", "x-acs-security-token"]);
const SENSITIVE_QUERY = new Set(["Signature", "SecurityToken", "Token", "SecretId", "AccessKeyId"]);

function redactHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? "[REDACTED]" : v;
  return out;
}

function redactUrl(u: string): string {
  const url = new URL(u);
  for (const k of [...url.searchParams.keys()]) if (SENSITIVE_QUERY.has(k)) url.searchParams.set(k, "REDACTED");
  return url.toString();
}

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

function formEncode(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
}

/** Aliyun Timestamp: ISO 8601 UTC without milliseconds. */
export function aliyunTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class ServiceClient {
  readonly config: Readonly<ServiceClientConfig>;
  private readonly credentials: CredentialProvider;
  private readonly transport: Transport;
  private readonly policy: RetryPolicy;

  constructor(config: ServiceClientConfig) {
    this.config = { ...config };
    this.credentials = toProvider(config.credentials, config.protocol === "aliyun-rpc-v1" ? "aliyun" : "tencent");
    this.transport = config.transport ?? new NodeHttpTransport();
    this.policy = {
      ...DEFAULT_RETRY_POLICY,
      ...config.retryPolicy,
      maxAttempts: config.maxAttempts ?? config.retryPolicy?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    };
  }

  private baseUrl(): string {
    const base = this.config.endpointOverride ?? `https://${this.config.endpoint}`;
    return base.replace(/\/+$/, "");
  }

  /** Builds and signs one attempt. Exposed for tests/debugging. */
  async buildRequest(action: string, params: Params, opts: CallOptions = {}): Promise<TransportRequest> {
    const creds = await this.credentials();
    const region = opts.region ?? this.config.region;
    const cfg = this.config;
    switch (cfg.protocol) {
      case "tc3-hmac-sha256": {
        const timestamp = Math.floor(Date.now() / 1000);
        const payload = JSON.stringify(params ?? {});
        const contentType = "application/json; charset=utf-8";
        const signed = signTc3({
          method: "POST",
          host: cfg.endpoint,
          uri: "/",
          query: "",
          contentType,
          payload,
          timestamp,
          service: cfg.service,
          secretId: creds.secretId,
          secretKey: creds.secretKey,
        });
        const headers: Record<string, string> = {
          Authorization: signed.authorization,
          "Content-Type": contentType,
          Host: cfg.endpoint,
          "X-TC-Action": action,
          "X-TC-Timestamp": String(timestamp),
          "X-TC-Version": cfg.apiVersion,
        };
        if (region) headers["X-TC-Region"] = region;
        if (creds.token) headers["X-TC-Token"] = creds.token;
        if (cfg.language) headers["X-TC-Language"] = cfg.language;
        return { method: "POST", url: `${this.baseUrl()}/`, headers, body: payload };
      }
      case "tencentcloud-v1": {
        const algorithm = cfg.signatureMethod ?? "HmacSHA256";
        const path = defaultTencentV1Path(cfg.endpoint);
        const flat = flattenTencentV1(params ?? {});
        flat.Action = action;
        flat.Timestamp = String(Math.floor(Date.now() / 1000));
        flat.Nonce = String(randomInt(1, 2 ** 31 - 1));
        flat.SecretId = creds.secretId;
        flat.SignatureMethod = algorithm;
        if (cfg.apiVersion) flat.Version = cfg.apiVersion;
        if (region) flat.Region = region;
        if (creds.token) flat.Token = creds.token;
        if (cfg.language) flat.Language = cfg.language;
        const { signature } = signTencentV1({ method: "POST", host: cfg.endpoint, path, algorithm, secretKey: creds.secretKey, params: flat });
        const body = formEncode({ ...flat, Signature: signature });
        return {
          method: "POST",
          url: `${this.baseUrl()}${path}`,
          headers: { "Content-Type": "application/x-www-form-urlencoded", Host: cfg.endpoint },
          body,
        };
      }
      case "aliyun-rpc-v1": {
        const flat = flattenAliyun(params ?? {});
        flat.Action = action;
        flat.Format = "JSON";
        flat.Version = cfg.apiVersion;
        flat.AccessKeyId = creds.secretId;
        flat.SignatureMethod = "HMAC-SHA1";
        flat.SignatureVersion = "1.0";
        flat.SignatureNonce = randomBytes(16).toString("hex");
        flat.Timestamp = aliyunTimestamp();
        if (region) flat.RegionId = region;
        if (creds.token) flat.SecurityToken = creds.token;
        const { signature, canonicalizedQueryString } = signAliyunRpc({ method: "GET", accessKeySecret: creds.secretKey, params: flat });
        const query = `Signature=${aliyunPercentEncode(signature)}&${canonicalizedQueryString}`;
        return { method: "GET", url: `${this.baseUrl()}/?${query}`, headers: { Host: cfg.endpoint } };
      }
    }
  }

  /** Sends one action; retries transient failures on safe actions, re-signing every attempt. */
  async request<T = Record<string, unknown>>(
    action: string,
    params: Params = {},
    callOptions: CallOptions = {},
  ): Promise<ResponseWithRequestId<T>> {
    const maxAttempts = Math.max(1, callOptions.maxAttempts ?? this.policy.maxAttempts);
    const timeoutMs = callOptions.timeoutMs ?? this.config.timeoutMs;
    const log = this.config.logger;
    const hooks = this.config.hooks;
    for (let attempt = 1; ; attempt++) {
      const req = await this.buildRequest(action, params, callOptions);
      req.timeoutMs = timeoutMs;
      req.signal = callOptions.signal;
      const ctx: RequestContext = {
        action,
        attempt,
        method: req.method,
        url: redactUrl(req.url),
        headers: redactHeaders(req.headers),
      };
      let retryAfterMs: number | undefined;
      try {
        await hooks?.beforeRequest?.(ctx);
        log?.debug?.("request", { action, attempt, method: req.method, url: ctx.url });
        const started = Date.now();
        let res: TransportResponse;
        try {
          res = await this.transport.send(req);
        } catch (e) {
          if (e instanceof NetworkError) throw e;
          throw new NetworkError(`Network error: ${(e as Error)?.message ?? String(e)}`, { cause: e });
        }
        retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
        const durationMs = Date.now() - started;
        const parsed = this.parse<T>(action, res);
        await hooks?.afterResponse?.({ ...ctx, status: res.status, requestId: parsed.RequestId, durationMs });
        log?.debug?.("response", { action, attempt, status: res.status, requestId: parsed.RequestId, durationMs });
        return parsed;
      } catch (err) {
        const retry = attempt < maxAttempts && isRetryable(err, action, params) && !callOptions.signal?.aborted;
        if (!retry) {
          log?.warn?.("request failed", describeError(action, attempt, err));
          throw err;
        }
        const delayMs = Math.max(backoffDelay(attempt - 1, this.policy), retryAfterMs ?? 0);
        log?.info?.("retrying", { ...describeError(action, attempt, err), delayMs });
        await hooks?.onRetry?.({ ...ctx, error: err, delayMs });
        await sleep(delayMs, callOptions.signal);
      }
    }
  }

  private parse<T>(action: string, res: TransportResponse): ResponseWithRequestId<T> {
    let body: unknown;
    try {
      body = res.body === "" ? undefined : JSON.parse(res.body);
    } catch {
      throw new UnexpectedResponseError(res.status, res.body, { action, reason: "body is not JSON" });
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw new UnexpectedResponseError(res.status, res.body, { action, reason: "body is not a JSON object" });
    }
    const obj = body as Record<string, unknown>;

    // Tencent API 3.0: {"Response": {..., "Error": {Code, Message}, RequestId}}
    if (obj.Response && typeof obj.Response === "object") {
      const r = obj.Response as Record<string, unknown>;
      const requestId = typeof r.RequestId === "string" ? r.RequestId : undefined;
      const e = r.Error as { Code?: unknown; Message?: unknown } | undefined;
      if (e && typeof e === "object") {
        throw createServiceError({
          code: String(e.Code ?? "UnknownError"),
          message: String(e.Message ?? ""),
          requestId,
          httpStatus: res.status,
          action,
        });
      }
      if (res.status >= 400) throw new UnexpectedResponseError(res.status, res.body, { action, requestId });
      return r as ResponseWithRequestId<T>;
    }

    // Tencent v2: {code, message, codeDesc, ...}
    if (this.config.protocol === "tencentcloud-v1" && "code" in obj) {
      const code = obj.code;
      const requestId = typeof obj.requestId === "string" ? obj.requestId : undefined;
      if (code !== 0 && code !== "0") {
        throw createServiceError({
          code: String(obj.codeDesc ?? code),
          message: String(obj.message ?? ""),
          requestId,
          httpStatus: res.status,
          action,
        });
      }
      return { ...obj, RequestId: requestId ?? "" } as ResponseWithRequestId<T>;
    }

    // Alibaba RPC: {Code, Message, RequestId, HostId} with HTTP >= 400
    const requestId = typeof obj.RequestId === "string" ? obj.RequestId : undefined;
    if (res.status >= 400) {
      if (typeof obj.Code === "string") {
        throw createServiceError({
          code: obj.Code,
          message: String(obj.Message ?? ""),
          requestId,
          httpStatus: res.status,
          action,
        });
      }
      throw new UnexpectedResponseError(res.status, res.body, { action, requestId });
    }
    if (res.status < 200 || res.status >= 300) throw new UnexpectedResponseError(res.status, res.body, { action, requestId });
    return obj as ResponseWithRequestId<T>;
  }
}

function describeError(action: string, attempt: number, err: unknown): Record<string, unknown> {
  if (err instanceof ServiceError) {
    return { action, attempt, error: err.name, code: err.code, requestId: err.requestId, httpStatus: err.httpStatus };
  }
  if (err instanceof UnexpectedResponseError) return { action, attempt, error: err.name, httpStatus: err.httpStatus };
  if (err instanceof NetworkError) return { action, attempt, error: err.name, code: err.code };
  return { action, attempt, error: err instanceof Error ? err.name : "Error" };
}
