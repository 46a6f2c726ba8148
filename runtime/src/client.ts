import { randomBytes, randomInt } from "node:crypto";
import { toProvider, type CredentialProvider, type Credentials } from "./credentials.js";
import { NetworkError, ServiceError, UnexpectedResponseError, createServiceError, createTencentV2Error } from "./errors.js";
import { noScrub, redactHeaders, redactUrl, scrubError, secretScrubber, type Scrubber } from "./redact.js";
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";
import { signAliyunRpc, aliyunPercentEncode } from "./signing/aliyun-rpc-signer.js";
import { Tc3SigningKeyCache, signTc3 } from "./signing/tc3-signer.js";
import { TENCENT_V1_PATH_LEGACY, defaultTencentV1Path, signTencentV1, type TencentV1Algorithm } from "./signing/tencent-v1-signer.js";
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

export interface ErrorContext extends RequestContext {
  /** The final error (already redacted), the same object the call rejects with. */
  error: unknown;
  /** Attempts made, retries included. */
  attempts: number;
}

/**
 * Hooks see only redacted data (see RequestContext). A hook that throws fails the call, except
 * onError, whose own failure is logged and swallowed so the call's real error surfaces.
 */
export interface Hooks {
  beforeRequest?(ctx: RequestContext): void | Promise<void>;
  afterResponse?(ctx: ResponseContext): void | Promise<void>;
  onRetry?(ctx: RequestContext & { error: unknown; delayMs: number }): void | Promise<void>;
  /** Called once per failed call, with the final error, after the last attempt. */
  onError?(ctx: ErrorContext): void | Promise<void>;
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
  /** Per-attempt timeout in ms; default {@link DEFAULT_TIMEOUT_MS} (60 s), 0 for none. */
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
  /**
   * Wire method. TC3 and Tencent v1 default to POST (JSON body / form body); Alibaba RPC
   * defaults to GET. GET puts the signed parameters in the query string.
   */
  httpMethod?: "GET" | "POST";
}

export interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  maxAttempts?: number;
  region?: string;
}

/** Per-attempt timeout when neither the client nor the call sets one. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export type ResponseWithRequestId<T> = T & { RequestId: string };

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

function formEncode(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
}

/** RFC 3986 query string (TC3 GET signs exactly the string it sends). */
function rfc3986Query(params: Record<string, string>): string {
  return Object.keys(params)
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k]!)}`)
    .join("&");
}

interface BuiltRequest {
  request: TransportRequest;
  /** Replaces this attempt's secrets (key, token, signature, Authorization) in free text. */
  scrub: Scrubber;
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
  /** TC3 derived keys of this client's credentials (one per day and service). */
  private readonly tc3Keys = new Tc3SigningKeyCache();

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

  private method(): "GET" | "POST" {
    return this.config.httpMethod ?? (this.config.protocol === "aliyun-rpc-v1" ? "GET" : "POST");
  }

  /**
   * Builds and signs one attempt. Exposed for tests/debugging: the result is the wire request,
   * so it carries the signature and credentials; never log it.
   */
  async buildRequest(action: string, params: Params, opts: CallOptions = {}): Promise<TransportRequest> {
    return (await this.build(action, params, opts)).request;
  }

  private async build(action: string, params: Params, opts: CallOptions): Promise<BuiltRequest> {
    const creds = await this.credentials();
    const region = opts.region ?? this.config.region;
    const cfg = this.config;
    const method = this.method();
    switch (cfg.protocol) {
      case "tc3-hmac-sha256": {
        const timestamp = Math.floor(Date.now() / 1000);
        let payload = "";
        let query = "";
        let contentType: string;
        if (method === "POST") {
          payload = JSON.stringify(params ?? {});
          contentType = "application/json; charset=utf-8";
        } else {
          // API 3.0 GET: flattened like v1 (Ids.0, Filters.0.Name), signed as sent.
          query = rfc3986Query(flattenTencentV1(params ?? {}));
          contentType = "application/x-www-form-urlencoded";
        }
        const signed = signTc3({
          method,
          host: cfg.endpoint,
          uri: "/",
          query,
          contentType,
          payload,
          timestamp,
          service: cfg.service,
          secretId: creds.secretId,
          secretKey: creds.secretKey,
          keyCache: this.tc3Keys,
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
        const url = query ? `${this.baseUrl()}/?${query}` : `${this.baseUrl()}/`;
        return {
          request: method === "POST" ? { method, url, headers, body: payload } : { method, url, headers },
          scrub: secretScrubber([creds.secretKey, creds.token, signed.signature, signed.authorization]),
        };
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
        // The legacy API 2.0 (/v2/index.php) has no wire Version: specs list "2017" as its
        // apiVersion, which the server does not accept as a Version parameter.
        if (cfg.apiVersion && path !== TENCENT_V1_PATH_LEGACY) flat.Version = cfg.apiVersion;
        if (region) flat.Region = region;
        if (creds.token) flat.Token = creds.token;
        if (cfg.language) flat.Language = cfg.language;
        const { signature } = signTencentV1({ method, host: cfg.endpoint, path, algorithm, secretKey: creds.secretKey, params: flat });
        const encoded = formEncode({ ...flat, Signature: signature });
        const scrub = secretScrubber([creds.secretKey, creds.token, signature]);
        if (method === "GET") {
          return { request: { method, url: `${this.baseUrl()}${path}?${encoded}`, headers: { Host: cfg.endpoint } }, scrub };
        }
        return {
          request: {
            method,
            url: `${this.baseUrl()}${path}`,
            headers: { "Content-Type": "application/x-www-form-urlencoded", Host: cfg.endpoint },
            body: encoded,
          },
          scrub,
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
        const { signature, canonicalizedQueryString } = signAliyunRpc({ method, accessKeySecret: creds.secretKey, params: flat });
        // The canonical query is already RFC 3986 encoded: it is the query (GET) or form body (POST).
        const encoded = `Signature=${aliyunPercentEncode(signature)}&${canonicalizedQueryString}`;
        const scrub = secretScrubber([creds.secretKey, creds.token, signature]);
        if (method === "POST") {
          return {
            request: {
              method,
              url: `${this.baseUrl()}/`,
              headers: { "Content-Type": "application/x-www-form-urlencoded", Host: cfg.endpoint },
              body: encoded,
            },
            scrub,
          };
        }
        return { request: { method, url: `${this.baseUrl()}/?${encoded}`, headers: { Host: cfg.endpoint } }, scrub };
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
    // every attempt is bounded unless told otherwise (0 turns the bound off)
    const timeoutMs = callOptions.timeoutMs ?? this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signal = callOptions.signal;
    const log = this.config.logger;
    const hooks = this.config.hooks;
    // Until an attempt is signed (credentials may fail first) the context has no URL or headers.
    let ctx: RequestContext = { action, attempt: 1, method: this.method(), url: "", headers: {} };
    let scrub: Scrubber = noScrub;
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const built = await this.build(action, params, callOptions);
        scrub = built.scrub;
        const req = built.request;
        req.timeoutMs = timeoutMs;
        req.signal = signal;
        ctx = { action, attempt, method: req.method, url: redactUrl(req.url), headers: redactHeaders(req.headers) };
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
        const parsed = this.parse<T>(action, res, scrub);
        await hooks?.afterResponse?.({ ...ctx, status: res.status, requestId: parsed.RequestId, durationMs });
        log?.debug?.("response", { action, attempt, status: res.status, requestId: parsed.RequestId, durationMs });
        return parsed;
      } catch (raw) {
        const err = scrubError(raw, scrub);
        const retry = attempt < maxAttempts && isRetryable(err, action, params) && !signal?.aborted;
        if (!retry) return this.fail(err, ctx, attempt);
        const delayMs = Math.max(backoffDelay(attempt - 1, this.policy), retryAfterMs ?? 0);
        log?.info?.("retrying", { ...describeError(action, attempt, err), delayMs });
        try {
          await hooks?.onRetry?.({ ...ctx, error: err, delayMs });
        } catch (hookErr) {
          return this.fail(scrubError(hookErr, scrub), ctx, attempt);
        }
        try {
          await sleep(delayMs, signal);
        } catch (abortReason) {
          const aborted = new NetworkError("Request aborted during retry backoff", { code: "ABORT_ERR", action, cause: abortReason });
          return this.fail(aborted, ctx, attempt);
        }
      }
    }
  }

  /** Logs the final error, tells onError, then rejects with it. */
  private async fail(err: unknown, ctx: RequestContext, attempts: number): Promise<never> {
    const log = this.config.logger;
    const data = { ...describeError(ctx.action, attempts, err), attempts };
    // The service answered: a warning; the call could not complete at all: an error.
    if (err instanceof ServiceError) log?.warn?.("request failed", data);
    else log?.error?.("request failed", data);
    try {
      await this.config.hooks?.onError?.({ ...ctx, error: err, attempts });
    } catch (hookErr) {
      log?.warn?.("onError hook threw", { action: ctx.action, error: hookErr instanceof Error ? hookErr.name : typeof hookErr });
    }
    throw err;
  }

  private parse<T>(action: string, res: TransportResponse, scrub: Scrubber): ResponseWithRequestId<T> {
    const unexpected = (reason: string, requestId?: string) =>
      new UnexpectedResponseError(res.status, res.body, { action, reason, requestId, redact: scrub });
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
      return r as ResponseWithRequestId<T>;
    }

    // Tencent API 2.0: {code, message, codeDesc, ...}; code 0 is success, at any HTTP status.
    if (this.config.protocol === "tencentcloud-v1" && "code" in obj) {
      const code = obj.code;
      const requestId = typeof obj.requestId === "string" ? obj.requestId : typeof obj.RequestId === "string" ? obj.RequestId : undefined;
      if (code !== 0 && code !== "0") {
        throw createTencentV2Error(
          { code, message: obj.message == null ? undefined : scrub(String(obj.message)), codeDesc: obj.codeDesc },
          { requestId, httpStatus: res.status, action },
        );
      }
      // Most v2 responses carry no request id: RequestId is then "".
      return { ...obj, RequestId: requestId ?? "" } as ResponseWithRequestId<T>;
    }

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
