import http from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import { AbortError, NetworkError, NOT_SENT_CODES, TimeoutError } from "./errors.js";
import { loadOptionalModule } from "./optional.js";

export interface TransportRequest {
  /** PUT only for the ECS metadata token (credential-providers.ts); API calls are GET or POST. */
  method: "GET" | "POST" | "PUT";
  /** Full URL including query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

function combineSignal(timeoutMs: number | undefined, signal: AbortSignal | undefined): AbortSignal | undefined {
  const signals: AbortSignal[] = [];
  if (signal) signals.push(signal);
  if (timeoutMs !== undefined && timeoutMs > 0) signals.push(AbortSignal.timeout(timeoutMs));
  if (signals.length === 0) return undefined;
  if (signals.length === 1) return signals[0];
  return anySignal(signals);
}

/** AbortSignal.any (Node >= 20.3), or the same by hand on the Node 18 the package supports. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (native) return native.call(AbortSignal, signals);
  const ac = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      ac.abort(s.reason);
      return ac.signal;
    }
    s.addEventListener("abort", () => ac.abort(s.reason), { once: true });
  }
  return ac.signal;
}

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === "TimeoutError";
}

/**
 * Where a URL's requests go, as the options node:http takes: given a URL object, node converts it
 * into a null-prototype object and copies that, which cost about a microsecond a call.
 */
interface Target {
  protocol: string;
  /** Without IPv6 brackets. */
  hostname: string;
  /** "" for the scheme's default. */
  port: string;
  /** host[:port], as in a Host header. */
  host: string;
  path: string;
  /** user:password of the URL, if any (node sends it as Basic Authorization). */
  auth?: string;
}

function toTarget(url: string): Target {
  const u = new URL(url);
  const t: Target = { protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ""), port: u.port, host: u.host, path: u.pathname + u.search };
  if (u.username || u.password) t.auth = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  return t;
}

/**
 * node:https (with TLS) is a fifth of a client's cold start: loaded on the first https request
 * only, so a program that never sends one, or has not yet, does not pay for it at import.
 */
let httpsModule: Promise<typeof import("node:https")> | undefined;
const loadHttps = () => (httpsModule ??= import("node:https"));
/** Proxy support (CONNECT tunnels, NO_PROXY) is loaded the same way: only when a proxy is configured. */
let proxyModule: Promise<typeof import("./proxy.js")> | undefined;
const loadProxy = () => (proxyModule ??= loadOptionalModule<typeof import("./proxy.js")>("proxy", "a proxy (HTTPS_PROXY / HTTP_PROXY or the proxy option)"));

/** Your own agents: one (used for its scheme: an https.Agent for https, else http) or one per scheme. */
export type AgentOption = http.Agent | { http?: http.Agent; https?: HttpsAgent };

/** Default cap on a response body: no API response of these services comes near it. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Default bound on the wait for a free pooled socket. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 60_000;

export interface NodeHttpTransportOptions {
  /** A larger body is cut off with a NetworkError instead of filling memory (default 64 MiB). */
  maxResponseBytes?: number;
  /** Sockets per host (default 50); further requests wait in the agent's queue. */
  maxSockets?: number;
  /**
   * Longest wait for a free socket (default 60 s, 0 for none). Waiting does not count against
   * the attempt's `timeoutMs`; running out of it fails the attempt unsent (`sent: false`).
   */
  queueTimeoutMs?: number;
  /**
   * Custom agents (pools, TLS settings, a proxy agent of your own). For a scheme with your agent,
   * proxy settings are not used and maxSockets is the agent's.
   */
  agent?: AgentOption;
  /**
   * Proxy URL (http://[user:pass@]host:port) for http and https requests; false: no proxy even if
   * the environment sets one. Default: HTTPS_PROXY (https requests) / HTTP_PROXY (http requests),
   * lower-case names too, except hosts in NO_PROXY.
   */
  proxy?: string | false;
  /** Hosts not to proxy (NO_PROXY syntax); default: NO_PROXY / no_proxy. */
  noProxy?: string;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default process.env, at construction). */
  env?: NodeJS.ProcessEnv;
  /** Extra certificate authorities for TLS (a corporate proxy's CA, a test server). */
  ca?: string | Buffer | Array<string | Buffer>;
}

interface ProxyPlan {
  http?: URL;
  https?: URL;
  noProxy: string;
  /** The proxy came from the environment: loopback hosts then go direct (local servers, tests). */
  fromEnv: boolean;
}

function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function proxyPlan(options: NodeHttpTransportOptions): ProxyPlan | undefined {
  if (options.proxy === false) return undefined;
  const env = options.env ?? process.env;
  const parse = (v: string | undefined): URL | undefined => {
    if (!v) return undefined;
    try {
      return new URL(v.includes("://") ? v : `http://${v}`);
    } catch {
      throw new TypeError("the proxy setting is not a URL (expected http://host:port)");
    }
  };
  const plan: ProxyPlan = {
    http: parse(options.proxy || env.HTTP_PROXY || env.http_proxy),
    https: parse(options.proxy || env.HTTPS_PROXY || env.https_proxy),
    noProxy: options.noProxy ?? env.NO_PROXY ?? env.no_proxy ?? "",
    fromEnv: !options.proxy,
  };
  return plan.http || plan.https ? plan : undefined;
}

/**
 * node:http / node:https with keep-alive agents. Each attempt's timeout starts when the attempt
 * gets a socket, not when it joins the pool's queue: under a burst of concurrent calls the queue
 * wait used to be counted, and requests that were never written timed out looking exactly like
 * ones that were. Every failure says whether the request reached the wire (`sent`).
 */
export class NodeHttpTransport implements Transport {
  readonly #httpAgent: http.Agent;
  #httpsAgent?: HttpsAgent;
  readonly #userAgents: { http?: http.Agent; https?: HttpsAgent };
  readonly #maxResponseBytes: number;
  readonly #maxSockets: number;
  readonly #queueTimeoutMs: number;
  readonly #ca?: NodeHttpTransportOptions["ca"];
  /** undefined unless a proxy is configured: the hot path then checks one field. */
  readonly #proxy?: ProxyPlan;
  /** Per-host NO_PROXY answers, and the tunnel agents (one per proxy). */
  #bypass?: Map<string, boolean>;
  #tunnelAgent?: HttpsAgent;
  #proxyHttpAgent?: http.Agent;
  /** node:https, once the first https request has loaded it. */
  #https?: typeof import("node:https");
  /** The last URL sent to, parsed: a client's POSTs all go to one URL. */
  #last?: [string, Target];

  constructor(options: NodeHttpTransportOptions = {}) {
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#maxSockets = options.maxSockets ?? 50;
    this.#queueTimeoutMs = options.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS;
    this.#ca = options.ca;
    const a = options.agent;
    this.#userAgents =
      a === undefined ? {} : a instanceof http.Agent ? ((a as { protocol?: string }).protocol === "https:" ? { https: a as HttpsAgent } : { http: a }) : a;
    this.#httpAgent = this.#userAgents.http ?? new http.Agent({ keepAlive: true, maxSockets: this.#maxSockets });
    this.#httpsAgent = this.#userAgents.https;
    const plan = proxyPlan(options);
    if (plan) {
      // a scheme served by the caller's agent is not proxied by us
      if (this.#userAgents.http) plan.http = undefined;
      if (this.#userAgents.https) plan.https = undefined;
      if (plan.http || plan.https) this.#proxy = plan;
    }
  }

  /** The proxy for this URL, or undefined (none configured, or NO_PROXY matches). */
  async #proxyFor(url: Target, isHttps: boolean): Promise<URL | undefined> {
    const proxy = isHttps ? this.#proxy!.https : this.#proxy!.http;
    if (!proxy) return undefined;
    const { bypassesProxy } = await loadProxy();
    const key = `${url.hostname}:${url.port}`;
    const cache = (this.#bypass ??= new Map());
    let skip = cache.get(key);
    if (skip === undefined) {
      skip = (this.#proxy!.fromEnv && isLoopback(url.hostname)) || bypassesProxy(this.#proxy!.noProxy, url.hostname, url.port || (isHttps ? "443" : "80"));
      if (cache.size > 256) cache.clear();
      cache.set(key, skip);
    }
    return skip ? undefined : proxy;
  }

  send(req: TransportRequest): Promise<TransportResponse> {
    let url: Target;
    try {
      url = this.#last?.[0] === req.url ? this.#last[1] : (this.#last = [req.url, toTarget(req.url)])[1];
    } catch (e) {
      return Promise.reject(e);
    }
    // without a proxy, and with node:https loaded if needed, the request goes out without an await
    const isHttps = url.protocol === "https:";
    if (this.#proxy || (isHttps && !this.#https)) return this.#prepare(req, url, isHttps);
    return this.#dispatch(req, url, isHttps ? this.#https! : http, isHttps ? this.#httpsAgent : this.#httpAgent);
  }

  async #prepare(req: TransportRequest, url: Target, isHttps: boolean): Promise<TransportResponse> {
    let mod: typeof http | typeof import("node:https") = http;
    let agent: http.Agent | undefined;
    /** http through a proxy: the request goes to the proxy with the absolute URL as its path. */
    let viaProxy: { origin: Target; auth?: string } | undefined;
    if (isHttps) {
      mod = this.#https = await loadHttps();
      this.#httpsAgent ??= new mod.Agent({ keepAlive: true, maxSockets: this.#maxSockets, ca: this.#ca });
      agent = this.#httpsAgent;
    } else {
      agent = this.#httpAgent;
    }
    if (this.#proxy) {
      const proxy = await this.#proxyFor(url, isHttps);
      if (proxy && isHttps) {
        const { createTunnelingAgent } = await loadProxy();
        this.#tunnelAgent ??= await createTunnelingAgent(proxy, { keepAlive: true, maxSockets: this.#maxSockets, ca: this.#ca }, this.#queueTimeoutMs);
        agent = this.#tunnelAgent;
      } else if (proxy) {
        const { proxyAuthorization } = await loadProxy();
        agent = this.#proxyHttpAgent ??= new http.Agent({ keepAlive: true, maxSockets: this.#maxSockets });
        // the origin only: a user:password in the URL would go out as Authorization, not Proxy-Authorization
        viaProxy = { origin: toTarget(proxy.origin), auth: proxyAuthorization(proxy) };
      }
    }
    return this.#dispatch(req, url, mod, agent, viaProxy);
  }

  #dispatch(
    req: TransportRequest,
    url: Target,
    mod: typeof http | typeof import("node:https"),
    agent: http.Agent | undefined,
    viaProxy?: { origin: Target; auth?: string },
  ): Promise<TransportResponse> {
    const isHttps = url.protocol === "https:";
    // the timeouts are plain timers: an AbortSignal.timeout per request costs measurable CPU per call
    const signal = req.signal;
    const timeoutMs = req.timeoutMs ?? 0;
    return new Promise<TransportResponse>((resolve, reject) => {
      let settled = false;
      /** Set once the socket is connected: from then on the server may have the request. */
      let sent = false;
      const fail = (e: Error) => {
        if (!settled) {
          settled = true;
          cleanup();
          reject(e);
        }
      };
      const aborted = () =>
        isTimeoutReason(signal?.reason)
          ? new TimeoutError(timeoutMs, { sent, cause: signal?.reason })
          : new AbortError(sent ? "Request aborted after it was sent" : "Request aborted before it was sent", { sent, cause: signal?.reason });
      if (signal?.aborted) return reject(aborted());
      const to = viaProxy?.origin ?? url;
      let attemptTimer: NodeJS.Timeout | undefined;
      let queueTimer: NodeJS.Timeout | undefined;
      const cleanup = () => {
        signal?.removeEventListener("abort", onAbort);
        clearTimeout(attemptTimer);
        clearTimeout(queueTimer);
      };
      const r = mod.request(
        {
          protocol: to.protocol,
          hostname: to.hostname,
          port: to.port,
          // through a proxy: the absolute URL (without user info)
          path: viaProxy ? `${url.protocol}//${url.host}${url.path}` : url.path,
          auth: viaProxy ? undefined : url.auth,
          method: req.method,
          // the caller's object as it is (node copies each header): a copy of our own cost more than signing
          headers: viaProxy?.auth ? { ...req.headers, "Proxy-Authorization": viaProxy.auth } : req.headers,
          agent,
        },
        (res) => {
          sent = true;
          const chunks: Buffer[] = [];
          let received = 0;
          res.on("data", (c: Buffer) => {
            received += c.length;
            if (received <= this.#maxResponseBytes) return void chunks.push(c);
            const err = new NetworkError(`Response body exceeds ${this.#maxResponseBytes} bytes after HTTP ${res.statusCode}; cut off`, {
              code: "ERESPONSETOOLARGE",
              sent: true,
            });
            fail(err);
            r.destroy(err);
          });
          // The connection broke mid-body (truncated response): the status is all we know.
          res.on("error", (e) => {
            fail(
              new NetworkError(`Response stream failed after HTTP ${res.statusCode}: ${e.message}`, {
                code: (e as NodeJS.ErrnoException).code,
                sent: true,
                cause: e,
              }),
            );
          });
          // Belt and braces: a response closed without "end" or "error" must not hang the call.
          res.on("close", () => {
            if (settled || res.complete) return;
            fail(new NetworkError(`Response stream closed early after HTTP ${res.statusCode}`, { code: "ECONNRESET", sent: true }));
          });
          res.on("end", () => {
            if (settled) return;
            settled = true;
            cleanup();
            // node has lower-cased the names already
            const h: Record<string, string> = {};
            const src = res.headers;
            for (const k in src) {
              const v = src[k];
              if (v !== undefined) h[k] = typeof v === "string" ? v : v.join(", ");
            }
            resolve({ status: res.statusCode ?? 0, headers: h, body: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8") });
          });
        },
      );
      const abortWith = (err: Error) => {
        fail(err);
        r.destroy(err);
      };
      function onAbort() {
        abortWith(aborted());
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      // waiting for a pooled socket: bounded on its own, and never "sent"
      if (this.#queueTimeoutMs > 0) {
        queueTimer = setTimeout(
          () =>
            abortWith(
              new TimeoutError(this.#queueTimeoutMs, {
                sent: false,
                code: "EQUEUETIMEOUT",
                message: `No free connection within ${this.#queueTimeoutMs} ms; the request was not sent`,
              }),
            ),
          this.#queueTimeoutMs,
        );
      }
      r.on("socket", (socket) => {
        clearTimeout(queueTimer);
        if (settled) return;
        // the attempt's own clock starts now (connecting is part of the attempt)
        if (timeoutMs > 0) attemptTimer = setTimeout(() => abortWith(new TimeoutError(timeoutMs, { sent })), timeoutMs);
        const markSent = () => void (sent = true);
        if (!socket.connecting) markSent();
        else socket.once(isHttps ? "secureConnect" : "connect", markSent);
      });
      r.on("error", (e: NodeJS.ErrnoException) => {
        const neverSent = !sent || (e.code !== undefined && NOT_SENT_CODES.has(e.code));
        fail(new NetworkError(`Network error: ${e.code ?? e.message}${neverSent ? " (not sent)" : ""}`, { code: e.code, sent: !neverSent, cause: e }));
      });
      // on node's copy of the headers, unless an Expect header made it write them already (the body then goes chunked)
      if (req.body !== undefined && !r.headersSent) r.setHeader("Content-Length", Buffer.byteLength(req.body));
      r.end(req.body);
    });
  }

  /** Closes idle keep-alive sockets. */
  destroy(): void {
    this.#httpAgent.destroy();
    this.#httpsAgent?.destroy();
    this.#tunnelAgent?.destroy();
    this.#proxyHttpAgent?.destroy();
  }
}

/** fetch-based transport (Node 18+ global fetch, or an injected implementation). */
export class FetchTransport implements Transport {
  constructor(private readonly fetchImpl: typeof fetch = globalThis.fetch) {}

  async send(req: TransportRequest): Promise<TransportResponse> {
    // fetch does not tell when the request reached the wire: once it is called, assume it did
    if (req.signal?.aborted) {
      throw isTimeoutReason(req.signal.reason)
        ? new TimeoutError(req.timeoutMs ?? 0, { sent: false, cause: req.signal.reason })
        : new AbortError("Request aborted before it was sent", { sent: false, cause: req.signal.reason });
    }
    const signal = combineSignal(req.timeoutMs, req.signal);
    const interrupted = (e: unknown): Error | undefined => {
      if (!signal?.aborted) return undefined;
      if (isTimeoutReason(signal.reason)) return new TimeoutError(req.timeoutMs ?? 0, { sent: true, cause: e });
      return new AbortError("Request aborted after it was sent", { sent: true, cause: signal.reason });
    };
    let res: Response;
    try {
      res = await this.fetchImpl(req.url, { method: req.method, headers: req.headers, body: req.body, signal });
    } catch (e) {
      const stopped = interrupted(e);
      if (stopped) throw stopped;
      const code = (e as { cause?: { code?: string } })?.cause?.code;
      const notSent = code !== undefined && NOT_SENT_CODES.has(code);
      throw new NetworkError(`Network error: ${code ?? (e as Error).message}${notSent ? " (not sent)" : ""}`, { code, sent: !notSent, cause: e });
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    let body: string;
    try {
      body = await res.text();
    } catch (e) {
      const stopped = interrupted(e);
      if (stopped) throw stopped;
      throw new NetworkError(`Response stream failed`, { sent: true, cause: e });
    }
    return { status: res.status, headers, body };
  }
}
