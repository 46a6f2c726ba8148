import { NOT_SENT_CODES, NetworkError, ServiceError, TimeoutError, UnexpectedResponseError, isThrottlingCode } from "./errors.js";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking to wait longer than this (Retry-After) ends the retries: the error is returned at once. */
  maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };

/** Full jitter: random in [0, min(cap, base * 2^attempt)). attempt is 0-based. */
export function backoffDelay(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

const SAFE_PREFIX = /^(Describe|Inquiry|Inquire|Get|List|Query|Check)/;

/** An action may be repeated when it is read-only or the input carries a ClientToken. */
export function isIdempotent(action: string, params?: Record<string, unknown>): boolean {
  return SAFE_PREFIX.test(action) || (params != null && params.ClientToken != null && params.ClientToken !== "");
}

/** Whether the error proves the request never reached the server. */
export function neverReachedServer(err: unknown): boolean {
  if (err instanceof NetworkError) return err.notSent || (err.code !== undefined && NOT_SENT_CODES.has(err.code));
  return false;
}

/** Transient by nature: throttling codes, HTTP 5xx and 429, network errors (including timeouts). */
export function isTransient(err: unknown): boolean {
  if (err instanceof ServiceError) {
    const status = err.httpStatus;
    return err.retryable || isThrottlingCode(err.code) || (status !== undefined && (status >= 500 || status === 429));
  }
  if (err instanceof UnexpectedResponseError) return err.httpStatus >= 500 || err.httpStatus === 429;
  return err instanceof NetworkError || err instanceof TimeoutError;
}

export function isRetryable(err: unknown, action: string, params?: Record<string, unknown>): boolean {
  if (!isTransient(err)) return false;
  return isIdempotent(action, params) || neverReachedServer(err);
}

/** Parses Retry-After (seconds or HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (value == null || value === "") return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
