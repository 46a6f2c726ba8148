import http from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import { NetworkError, TimeoutError } from "./errors.js";

export interface TransportRequest {
  method: "GET" | "POST";
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

const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

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
 * node:https (with TLS) is a fifth of a client's cold start: loaded on the first https request
 * only, so a program that never sends one, or has not yet, does not pay for it at import.
 */
let httpsModule: Promise<typeof import("node:https")> | undefined;
const loadHttps = () => (httpsModule ??= import("node:https"));

/** Default cap on a response body: no API response of these services comes near it. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface NodeHttpTransportOptions {
  /** A larger body is cut off with a NetworkError instead of filling memory (default 64 MiB). */
  maxResponseBytes?: number;
}

/** node:http / node:https with keep-alive agents. */
export class NodeHttpTransport implements Transport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  private httpsAgent?: HttpsAgent;
  private readonly maxResponseBytes: number;

  constructor(options: NodeHttpTransportOptions = {}) {
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  async send(req: TransportRequest): Promise<TransportResponse> {
    const url = new URL(req.url);
    const isHttps = url.protocol === "https:";
    let mod: typeof http | typeof import("node:https") = http;
    if (isHttps) {
      mod = await loadHttps();
      this.httpsAgent ??= new mod.Agent({ keepAlive: true, maxSockets: 50 });
    }
    // the timeout is a plain timer: an AbortSignal.timeout per request costs measurable CPU per call
    const signal = req.signal;
    return new Promise<TransportResponse>((resolve, reject) => {
      let settled = false;
      const fail = (e: Error) => {
        if (!settled) {
          settled = true;
          reject(e);
        }
      };
      if (signal?.aborted) {
        return fail(
          isTimeoutReason(signal.reason)
            ? new TimeoutError(req.timeoutMs ?? 0)
            : new NetworkError("Request aborted", { code: "ABORT_ERR", notSent: true }),
        );
      }
      const headers: Record<string, string | number> = { ...req.headers };
      if (req.body !== undefined) headers["Content-Length"] = Buffer.byteLength(req.body);
      const r = mod.request(
        url,
        { method: req.method, headers, agent: isHttps ? this.httpsAgent : this.httpAgent },
        (res) => {
          const chunks: Buffer[] = [];
          let received = 0;
          res.on("data", (c: Buffer) => {
            received += c.length;
            if (received <= this.maxResponseBytes) return void chunks.push(c);
            cleanup();
            const err = new NetworkError(`Response body exceeds ${this.maxResponseBytes} bytes after HTTP ${res.statusCode}; cut off`, { code: "ERESPONSETOOLARGE" });
            fail(err);
            r.destroy(err);
          });
          // The connection broke mid-body (truncated response): the status is all we know.
          res.on("error", (e) => {
            cleanup();
            fail(new NetworkError(`Response stream failed after HTTP ${res.statusCode}: ${e.message}`, { code: (e as NodeJS.ErrnoException).code, cause: e }));
          });
          // Belt and braces: a response closed without "end" or "error" must not hang the call.
          res.on("close", () => {
            if (settled || res.complete) return;
            cleanup();
            fail(new NetworkError(`Response stream closed early after HTTP ${res.statusCode}`, { code: "ECONNRESET" }));
          });
          res.on("end", () => {
            if (settled) return;
            settled = true;
            cleanup();
            const h: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) {
              if (v !== undefined) h[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
            }
            resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks).toString("utf8") });
          });
        },
      );
      const abortWith = (err: Error) => {
        fail(err);
        r.destroy(err);
      };
      const onAbort = () =>
        abortWith(isTimeoutReason(signal?.reason) ? new TimeoutError(req.timeoutMs ?? 0) : new NetworkError("Request aborted", { code: "ABORT_ERR" }));
      const timeoutMs = req.timeoutMs ?? 0;
      const timer = timeoutMs > 0 ? setTimeout(() => abortWith(new TimeoutError(timeoutMs)), timeoutMs) : undefined;
      const cleanup = () => {
        signal?.removeEventListener("abort", onAbort);
        if (timer) clearTimeout(timer);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      r.on("error", (e: NodeJS.ErrnoException) => {
        cleanup();
        fail(
          new NetworkError(`Network error: ${e.code ?? e.message}`, {
            code: e.code,
            notSent: e.code !== undefined && NOT_SENT.has(e.code),
            cause: e,
          }),
        );
      });
      if (req.body !== undefined) r.write(req.body);
      r.end();
    });
  }

  /** Closes idle keep-alive sockets. */
  destroy(): void {
    this.httpAgent.destroy();
    this.httpsAgent?.destroy();
  }
}

/** fetch-based transport (Node 18+ global fetch, or an injected implementation). */
export class FetchTransport implements Transport {
  constructor(private readonly fetchImpl: typeof fetch = globalThis.fetch) {}

  async send(req: TransportRequest): Promise<TransportResponse> {
    const signal = combineSignal(req.timeoutMs, req.signal);
    let res: Response;
    try {
      res = await this.fetchImpl(req.url, { method: req.method, headers: req.headers, body: req.body, signal });
    } catch (e) {
      if (signal?.aborted && isTimeoutReason(signal.reason)) throw new TimeoutError(req.timeoutMs ?? 0, { cause: e });
      const code = (e as { cause?: { code?: string } })?.cause?.code;
      throw new NetworkError(`Network error: ${code ?? (e as Error).message}`, {
        code,
        notSent: code !== undefined && NOT_SENT.has(code),
        cause: e,
      });
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    let body: string;
    try {
      body = await res.text();
    } catch (e) {
      if (signal?.aborted && isTimeoutReason(signal.reason)) throw new TimeoutError(req.timeoutMs ?? 0, { cause: e });
      throw new NetworkError(`Response stream failed`, { cause: e });
    }
    return { status: res.status, headers, body };
  }
}
