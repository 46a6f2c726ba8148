/**
 * Middleware: a small ordered stack a user puts around every attempt, per client or per call.
 * Hooks (client.ts) only look; middleware may change what is sent. `before` runs before the
 * attempt is signed, so a header, the endpoint, the region or the parameters it changes are what
 * gets signed and sent; it never sees credentials or a signature. `after` sees the HTTP response
 * before it is parsed; `onError` sees each failed attempt. Nothing here runs when no middleware
 * is set: the client checks the stack's length once per call.
 */

/** One attempt as middleware sees it before signing. Every field may be changed. */
export interface MiddlewareRequest {
  readonly action: string;
  readonly attempt: number;
  readonly method: "GET" | "POST";
  /** The host that is signed (and sent to, unless `baseUrl` is set). */
  endpoint: string;
  /** Where to send instead of https://endpoint, e.g. http://127.0.0.1:8080; undefined: https://endpoint. */
  baseUrl: string | undefined;
  region: string | undefined;
  /** The action's parameters (a copy: changing it does not touch the caller's object). */
  params: Record<string, unknown>;
  /** Extra headers sent with the attempt. The protocol's own headers (Authorization, X-TC-*, Host, Content-Type) win over them. */
  headers: Record<string, string>;
  /** Free space shared by this attempt's before / after / onError (timers, trace ids). */
  state: Record<string, unknown>;
}

/** The HTTP response of an attempt, before parsing; `body` and `headers` may be changed. */
export interface MiddlewareResponse {
  readonly request: MiddlewareRequest;
  readonly status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** From the transport call to the end of the body. */
  readonly durationMs: number;
}

export interface MiddlewareError {
  readonly request: MiddlewareRequest;
  /** The attempt's error, already redacted. */
  readonly error: unknown;
  /** Whether the client will try again after this failure. */
  readonly willRetry: boolean;
}

/**
 * `before` runs in stack order (client middleware, then the call's); `after` and `onError` in
 * reverse, so the first middleware wraps all the others. A `before` or `after` that throws fails
 * the attempt (its error goes through the usual retry rules); an `onError` that throws is logged
 * and ignored, so the real error surfaces.
 */
export interface Middleware {
  name?: string;
  before?(request: MiddlewareRequest): void | Promise<void>;
  after?(response: MiddlewareResponse): void | Promise<void>;
  onError?(failure: MiddlewareError): void | Promise<void>;
}

export async function runBefore(stack: readonly Middleware[], req: MiddlewareRequest): Promise<void> {
  for (const m of stack) if (m.before) await m.before(req);
}

export async function runAfter(stack: readonly Middleware[], res: MiddlewareResponse): Promise<void> {
  for (let i = stack.length - 1; i >= 0; i--) {
    const m = stack[i]!;
    if (m.after) await m.after(res);
  }
}

/** Every onError runs, even when one throws; the throwers are returned for logging. */
export async function runOnError(stack: readonly Middleware[], failure: MiddlewareError): Promise<unknown[]> {
  const thrown: unknown[] = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    const m = stack[i]!;
    if (!m.onError) continue;
    try {
      await m.onError(failure);
    } catch (e) {
      thrown.push(e);
    }
  }
  return thrown;
}
