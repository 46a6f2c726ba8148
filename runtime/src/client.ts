import { toProvider, type CredentialProvider, type Credentials, type Vendor } from "./credentials.js";
import { runAfter, runBefore, runOnError, type Middleware, type MiddlewareRequest } from "./middleware.js";
import { MissingRegionError, envRegion, profileRegion } from "./region.js";
import { tencentRequestClient, userAgent, type SdkIdentity } from "./version.js";
import { AbortError, NetworkError, ServiceError, UnexpectedResponseError } from "./errors.js";
import { noScrub, redactHeaders, redactUrl, scrubError, type Scrubber } from "./redact.js";
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";
import { Tc3SigningKeyCache } from "./signing/tc3-signer.js";
import type { TencentV1Algorithm } from "./signing/tencent-v1-signer.js";
import { NodeHttpTransport, type AgentOption, type Transport, type TransportRequest, type TransportResponse } from "./transport.js";
import { buildAliyunRpcRequest } from "./wire/aliyun-rpc-request.js";
import type { BuiltRequest, RequestInput } from "./wire/built-request.js";
import { readAliyunRpcResponse, readTc3Response, readTencentV1Response, type ResponseReader } from "./wire/parse-response.js";
import { buildTc3Request } from "./wire/tc3-request.js";
import { buildTencentV1Request } from "./wire/tencent-v1-request.js";

export { aliyunTimestamp, flattenAliyun, flattenTencentV1 } from "./wire/flatten.js";

/** One protocol's wire code: builds and signs an attempt, reads a response (result or typed error). */
export interface ProtocolWire {
  build: (input: RequestInput) => BuiltRequest;
  read: ResponseReader;
}

/** Each protocol's wire code, by name, for a {@link ProtocolClient} (a generated client passes its own). */
export const tc3Wire: ProtocolWire = { build: buildTc3Request, read: readTc3Response };
export const tencentV1Wire: ProtocolWire = { build: buildTencentV1Request, read: readTencentV1Response };
export const aliyunRpcWire: ProtocolWire = { build: buildAliyunRpcRequest, read: readAliyunRpcResponse };

/** One request builder per wire protocol. */
const REQUEST_BUILDERS: Record<Protocol, ProtocolWire> = {
  "tc3-hmac-sha256": tc3Wire,
  "tencentcloud-v1": tencentV1Wire,
  "aliyun-rpc-v1": aliyunRpcWire,
};

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
  /** Default: TENCENTCLOUD_REGION / ALIBABA_CLOUD_REGION_ID, else the profile's region (region_id). */
  region?: string;
  /**
   * The API needs a region: a call without one fails with MissingRegionError before sending.
   * Off by default (a request then goes out without a region, as before).
   */
  requireRegion?: boolean;
  credentials?: Credentials | CredentialProvider;
  /** Profile of the credentials file for the default chain and the region lookup; default TENCENTCLOUD_PROFILE / ALIBABA_CLOUD_PROFILE, else "default". */
  profile?: string;
  /** Run around every attempt, before signing and after the response (see Middleware). */
  middleware?: Middleware[];
  /** Extra headers on every request; the protocol's own headers win over them. */
  headers?: Record<string, string>;
  /** The generated package's name and version, for User-Agent and X-TC-RequestClient. */
  sdk?: SdkIdentity;
  /** Appended to the User-Agent, e.g. "my-app/1.2". */
  userAgent?: string;
  /** For the default transport: custom http/https agents (proxy settings are then not used). */
  agent?: AgentOption;
  /** For the default transport: a proxy URL, or false to ignore HTTPS_PROXY / HTTP_PROXY. */
  proxy?: string | false;
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
  /** Run after the client's middleware (before) / before it (after, onError). */
  middleware?: Middleware[];
  /** Extra headers for this call, over the client's. */
  headers?: Record<string, string>;
}

/** Per-attempt timeout when neither the client nor the call sets one. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export type ResponseWithRequestId<T> = T & { RequestId: string };

type Params = Record<string, unknown>;

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * A client of one protocol, given its wire code (request builder, response reader): what generated clients use, so a program
 * bundles only its own protocol's signer and wire code. {@link ServiceClient} picks the builder by
 * `config.protocol`.
 */
export class ProtocolClient {
  /** The configuration, without `credentials` (kept private so no inspect or log shows them). */
  readonly config: Readonly<Omit<ServiceClientConfig, "credentials">>;
  // true private fields: util.inspect and JSON.stringify cannot reach the keys or derived keys
  readonly #credentials: CredentialProvider;
  readonly #transport: Transport;
  readonly #policy: RetryPolicy;
  /** TC3 derived keys of this client's credentials (one per day and service). */
  readonly #tc3Keys = new Tc3SigningKeyCache();
  readonly #vendor: Vendor;
  /** User-Agent, X-TC-RequestClient and `headers`, merged once; each request adds them to its own headers. */
  readonly #headers: Readonly<Record<string, string>>;
  /** The same as pairs, protocol headers already left out: the per-request work is one assignment each. */
  readonly #headerPairs: HeaderPairs;
  readonly #middleware: readonly Middleware[];
  /** The client's region: resolved at construction from option or environment, else once from the profile. */
  #region: string | undefined | Promise<string | undefined>;
  #regionLookup?: () => Promise<string | undefined>;

  readonly #wire: ProtocolWire;
  /** Where to send (without a trailing slash) and how: fixed by the configuration. */
  readonly #baseUrl: string;
  readonly #method: "GET" | "POST";

  constructor(config: ServiceClientConfig, wire: ProtocolWire) {
    this.#wire = wire;
    const { credentials, ...rest } = config;
    this.config = rest;
    this.#vendor = config.protocol === "aliyun-rpc-v1" ? "aliyun" : "tencent";
    this.#credentials = toProvider(credentials, this.#vendor, config.profile);
    this.#baseUrl = (config.endpointOverride ?? `https://${config.endpoint}`).replace(/\/+$/, "");
    this.#method = config.httpMethod ?? (config.protocol === "aliyun-rpc-v1" ? "GET" : "POST");
    this.#transport = config.transport ?? new NodeHttpTransport({ agent: config.agent, proxy: config.proxy });
    const identity: Record<string, string> = { "User-Agent": userAgent(config.sdk, config.userAgent) };
    if (this.#vendor === "tencent") identity["X-TC-RequestClient"] = tencentRequestClient(config.sdk);
    this.#headers = mergeHeaders(identity, config.headers);
    this.#headerPairs = headerPairs(this.#headers);
    this.#middleware = config.middleware ?? [];
    this.#region = config.region ?? envRegion(this.#vendor);
    // without option or environment, the profile is read on the first call, once; a missing file or key is no region
    if (this.#region === undefined) this.#regionLookup = () => profileRegion(this.#vendor, { profile: config.profile }).catch(() => undefined);
    this.#policy = {
      ...DEFAULT_RETRY_POLICY,
      ...config.retryPolicy,
      maxAttempts: config.maxAttempts ?? config.retryPolicy?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    };
  }

  /** What JSON.stringify shows: the configuration without credentials. */
  toJSON(): Record<string, unknown> {
    // agents and transports would print their pools and sockets; added headers may carry a secret
    const { agent, transport, headers, middleware, ...rest } = this.config;
    const out: Record<string, unknown> = { ...rest, credentials: "[REDACTED]" };
    if (headers) out.headers = redactHeaders(headers);
    if (agent) out.agent = "[Agent]";
    if (transport) out.transport = `[${transport.constructor?.name ?? "Transport"}]`;
    if (middleware) out.middleware = middleware.map((m) => m.name ?? "middleware");
    return out;
  }

  /** What console.log / util.inspect show: the same. */
  [INSPECT](): string {
    const { protocol, service, apiVersion, endpoint, region } = this.config;
    return `ServiceClient ${JSON.stringify({ protocol, service, apiVersion, endpoint, region, credentials: "[REDACTED]" })}`;
  }

  /**
   * Builds and signs one attempt. Exposed for tests/debugging: the result is the wire request,
   * so it carries the signature and credentials; never log it.
   */
  async buildRequest(action: string, params: Params, opts: CallOptions = {}): Promise<TransportRequest> {
    return (await this.#build(action, params, opts)).request;
  }

  /** The region of a call: the call's, else the client's (option, environment, profile). */
  async #regionOf(opts: CallOptions, action: string): Promise<string | undefined> {
    let region = opts.region;
    if (region === undefined) {
      if (this.#regionLookup) {
        this.#region = this.#regionLookup();
        this.#regionLookup = undefined;
      }
      region = typeof this.#region === "string" || this.#region === undefined ? this.#region : (this.#region = await this.#region);
    }
    if (!region && this.config.requireRegion) throw new MissingRegionError(action, this.#vendor);
    return region;
  }

  async #build(
    action: string,
    params: Params,
    opts: CallOptions,
    stack: readonly Middleware[] = this.#middleware,
    attempt = 1,
    slot?: { mw?: MiddlewareRequest },
  ): Promise<BuiltRequest> {
    // the common case (a region given or from the environment) costs no await
    let region = opts.region ?? this.#region;
    if (typeof region !== "string" || !region) region = await this.#regionOf(opts, action);
    let headers: Readonly<Record<string, string>> | undefined = opts.headers ? mergeHeaders(this.#headers, opts.headers) : undefined;
    let pairs = headers ? headerPairs(headers) : this.#headerPairs;
    let cfg: Readonly<ServiceClientConfig> = this.config;
    let baseUrl = this.#baseUrl;
    let mw: MiddlewareRequest | undefined;
    if (stack.length > 0) {
      // middleware works on copies: what it changes is this attempt's, not the caller's or the client's
      mw = {
        action,
        attempt,
        method: this.#method,
        endpoint: cfg.endpoint,
        baseUrl: cfg.endpointOverride,
        region,
        params: { ...(params ?? {}) },
        headers: { ...(headers ?? this.#headers) },
        state: {},
      };
      if (slot) slot.mw = mw;
      await runBefore(stack, mw);
      if (mw.endpoint !== cfg.endpoint) cfg = { ...cfg, endpoint: mw.endpoint };
      baseUrl = (mw.baseUrl ?? `https://${mw.endpoint}`).replace(/\/+$/, "");
      if (!mw.region && this.config.requireRegion) throw new MissingRegionError(action, this.#vendor);
      region = mw.region;
      params = mw.params;
      headers = mw.headers;
      pairs = headerPairs(headers);
    }
    const input: RequestInput = {
      action,
      params: params ?? {},
      creds: await this.#credentials(),
      region,
      method: this.#method,
      baseUrl,
      cfg,
      tc3Keys: this.#tc3Keys,
    };
    const built = this.#wire.build(input);
    // Added onto the builder's object (a spread of both cost more than signing, in a benchmark);
    // the protocol's headers win, in any letter case, so no second Authorization can go out.
    const h = built.request.headers;
    for (let i = 0; i < pairs.length; i++) h[pairs[i]![0]] = pairs[i]![1];
    return built;
  }

  /** Sends one action; retries transient failures on safe actions, re-signing every attempt. */
  async request<T = Record<string, unknown>>(action: string, params: Params = {}, callOptions: CallOptions = {}): Promise<ResponseWithRequestId<T>> {
    const maxAttempts = Math.max(1, callOptions.maxAttempts ?? this.#policy.maxAttempts);
    // every attempt is bounded unless told otherwise (0 turns the bound off)
    const timeoutMs = callOptions.timeoutMs ?? this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signal = callOptions.signal;
    const log = this.config.logger;
    const hooks = this.config.hooks;
    const stack = callOptions.middleware?.length ? [...this.#middleware, ...callOptions.middleware] : this.#middleware;
    const slot: { mw?: MiddlewareRequest } = {};
    // Until an attempt is signed (credentials may fail first) the context has no URL or headers.
    let ctx: RequestContext = { action, attempt: 1, method: this.#method, url: "", headers: {} };
    let scrub: Scrubber = noScrub;
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      slot.mw = undefined;
      try {
        const built = await this.#build(action, params, callOptions, stack, attempt, slot);
        scrub = built.scrub;
        const req = built.request;
        req.timeoutMs = timeoutMs;
        req.signal = signal;
        // the redacted context is for hooks and the logger: without them nobody reads it
        if (hooks || log) {
          ctx = { action, attempt, method: req.method, url: redactUrl(req.url), headers: redactHeaders(req.headers) };
          if (hooks?.beforeRequest) await hooks.beforeRequest(ctx);
          log?.debug?.("request", { action, attempt, method: req.method, url: ctx.url });
        }
        const started = Date.now();
        // a custom transport may not look at the signal before sending
        if (signal?.aborted) throw new AbortError("Request aborted before it was sent", { action, sent: false, cause: signal.reason });
        let res: TransportResponse;
        try {
          res = await this.#transport.send(req);
        } catch (e) {
          if (e instanceof NetworkError || e instanceof AbortError) throw e;
          throw new NetworkError(`Network error: ${(e as Error)?.message ?? String(e)}`, { cause: e });
        }
        retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
        const durationMs = Date.now() - started;
        const mw = slot.mw;
        if (mw) {
          const view = { request: mw, status: res.status, headers: res.headers, body: scrub(res.body), durationMs };
          await runAfter(stack, view);
          res = { status: res.status, headers: view.headers, body: view.body };
        }
        const parsed = this.#wire.read(action, res, scrub) as ResponseWithRequestId<T>;
        if (hooks?.afterResponse) await hooks.afterResponse({ ...ctx, status: res.status, requestId: parsed.RequestId, durationMs });
        log?.debug?.("response", { action, attempt, status: res.status, requestId: parsed.RequestId, durationMs });
        return parsed;
      } catch (raw) {
        const err = scrubError(raw, scrub);
        // a Retry-After beyond the policy's bound would hold the caller for minutes: give the error back instead
        const waitTooLong = retryAfterMs !== undefined && retryAfterMs > (this.#policy.maxRetryAfterMs ?? Infinity);
        const retry = attempt < maxAttempts && isRetryable(err, action, params) && !signal?.aborted && !waitTooLong;
        if (slot.mw) {
          const thrown = await runOnError(stack, { request: slot.mw, error: err, willRetry: retry });
          for (const t of thrown) log?.warn?.("middleware onError threw", { action, error: t instanceof Error ? t.name : typeof t });
        }
        if (!retry) return this.#fail(err, ctx, attempt);
        const delayMs = Math.max(backoffDelay(attempt - 1, this.#policy), retryAfterMs ?? 0);
        log?.info?.("retrying", { ...describeError(action, attempt, err), delayMs });
        try {
          await hooks?.onRetry?.({ ...ctx, error: err, delayMs });
        } catch (hookErr) {
          return this.#fail(scrubError(hookErr, scrub), ctx, attempt);
        }
        try {
          await sleep(delayMs, signal);
        } catch (abortReason) {
          // an earlier attempt may have reached the server: the call's outcome is as unknown as its
          const sent = err instanceof NetworkError || err instanceof AbortError ? err.sent : true;
          const aborted = new AbortError("Request aborted during retry backoff", { action, sent, cause: abortReason });
          return this.#fail(aborted, ctx, attempt);
        }
      }
    }
  }

  /** Logs the final error, tells onError, then rejects with it. */
  async #fail(err: unknown, ctx: RequestContext, attempts: number): Promise<never> {
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
}

/** A client of any of the three protocols, chosen by `config.protocol` (all three builders are bundled). */
export class ServiceClient extends ProtocolClient {
  constructor(config: ServiceClientConfig) {
    super(config, REQUEST_BUILDERS[config.protocol] ?? unknownProtocol(config.protocol));
  }
}

function unknownProtocol(protocol: unknown): never {
  throw new TypeError(`unknown protocol ${JSON.stringify(protocol)}: one of ${Object.keys(REQUEST_BUILDERS).join(", ")}`);
}

/** Headers the request builders set: added headers never replace them. */
const PROTOCOL_HEADERS = new Set([
  "authorization",
  "host",
  "content-type",
  "content-length",
  "x-tc-action",
  "x-tc-timestamp",
  "x-tc-version",
  "x-tc-region",
  "x-tc-token",
  "x-tc-language",
  "x-acs-security-token",
]);

type HeaderPairs = ReadonlyArray<readonly [string, string]>;

/** Added headers as [name, value], without those the protocol sets (in any letter case). */
function headerPairs(headers: Readonly<Record<string, string>>): HeaderPairs {
  return Object.keys(headers)
    .filter((k) => !PROTOCOL_HEADERS.has(k.toLowerCase()))
    .map((k) => [k, headers[k]!] as const);
}

/** `over` on top of `base`, a name in `over` replacing the same name in `base` in any letter case. */
function mergeHeaders(base: Readonly<Record<string, string>>, over: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = { ...base };
  if (!over) return out;
  for (const k of Object.keys(over)) {
    const lower = k.toLowerCase();
    for (const existing of Object.keys(out)) if (existing.toLowerCase() === lower) delete out[existing];
    out[k] = String(over[k]);
  }
  return out;
}

function describeError(action: string, attempt: number, err: unknown): Record<string, unknown> {
  if (err instanceof ServiceError) {
    return { action, attempt, error: err.name, code: err.code, requestId: err.requestId, httpStatus: err.httpStatus };
  }
  if (err instanceof UnexpectedResponseError) return { action, attempt, error: err.name, httpStatus: err.httpStatus };
  if (err instanceof NetworkError || err instanceof AbortError) return { action, attempt, error: err.name, code: err.code, sent: err.sent };
  return { action, attempt, error: err instanceof Error ? err.name : "Error" };
}
