/** Fields every service error carries. Never contains credentials. */
export interface ServiceErrorInit {
  code: string;
  message: string;
  requestId?: string;
  httpStatus?: number;
  action?: string;
  retryable?: boolean;
  /** Alibaba: the `HostId` of the error response (the endpoint that answered). */
  hostId?: string;
  /** Tencent API 2.0: the numeric top-level `code` (4000, 4100, ... 6200). */
  commonCode?: number;
  /** Tencent API 2.0: the `codeDesc` of the error response. */
  codeDesc?: string;
}

/** An error returned by the service (a well-formed error response). */
export class ServiceError extends Error {
  readonly code: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly action?: string;
  readonly retryable: boolean;
  readonly hostId?: string;
  readonly commonCode?: number;
  readonly codeDesc?: string;

  constructor(init: ServiceErrorInit) {
    super(init.message);
    this.name = new.target.name;
    this.code = init.code;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.action = init.action;
    this.retryable = init.retryable ?? false;
    if (init.hostId !== undefined) this.hostId = init.hostId;
    if (init.commonCode !== undefined) this.commonCode = init.commonCode;
    if (init.codeDesc !== undefined) this.codeDesc = init.codeDesc;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      requestId: this.requestId,
      httpStatus: this.httpStatus,
      action: this.action,
      retryable: this.retryable,
      ...(this.hostId !== undefined && { hostId: this.hostId }),
      ...(this.commonCode !== undefined && { commonCode: this.commonCode }),
      ...(this.codeDesc !== undefined && { codeDesc: this.codeDesc }),
    };
  }
}

export class AuthFailureError extends ServiceError {}
export class InvalidParameterError extends ServiceError {}
export class ResourceNotFoundError extends ServiceError {}
/** Throttling / quota errors. */
export class LimitExceededError extends ServiceError {}
export class UnauthorizedOperationError extends ServiceError {}
export class FailedOperationError extends ServiceError {}
export class InternalServerError extends ServiceError {}

export type ServiceErrorClass = new (init: ServiceErrorInit) => ServiceError;

const FAMILIES: ReadonlyArray<readonly [RegExp, ServiceErrorClass]> = [
  [/^(AuthFailure|InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|SignatureNonceUsed|InvalidSecurityToken)/i, AuthFailureError],
  [/^(InvalidParameter|MissingParameter|UnknownParameter|InvalidParameterValue)/i, InvalidParameterError],
  [/^ResourceNotFound/i, ResourceNotFoundError],
  [/^(LimitExceeded|RequestLimitExceeded|Throttling)/i, LimitExceededError],
  [/^(UnauthorizedOperation|Forbidden)/i, UnauthorizedOperationError],
  [/^FailedOperation/i, FailedOperationError],
  [/^(InternalError|InternalServerError|ServiceUnavailable)/i, InternalServerError],
];

/** Maps a service error code (e.g. "AuthFailure.SignatureFailure") to its family class. */
export function errorFamilyFor(code: string | undefined | null): ServiceErrorClass {
  if (!code) return ServiceError;
  for (const [re, cls] of FAMILIES) if (re.test(code)) return cls;
  return ServiceError;
}

/** Codes that mean "slow down and try again". */
export function isThrottlingCode(code: string | undefined | null): boolean {
  return !!code && /^(RequestLimitExceeded|Throttling|ServiceUnavailable)/i.test(code);
}

/** Builds the right subclass for a service error code. */
export function createServiceError(init: ServiceErrorInit): ServiceError {
  const cls = errorFamilyFor(init.code);
  return new cls(init);
}

/**
 * Tencent API 2.0 common codes (the numeric top-level `code`) to error families.
 * 4300 ("access denied: account blocked or outside the API's users") is a permission problem with
 * valid credentials, so UnauthorizedOperation rather than AuthFailure. 4400 is the request-count
 * quota, i.e. throttling; 6000 (internal error) and 6200 (API temporarily unavailable) are
 * transient; 6100 (version not supported) is not.
 */
const TENCENT_V2_FAMILIES: Readonly<Record<number, readonly [ServiceErrorClass, boolean]>> = {
  4000: [InvalidParameterError, false],
  4100: [AuthFailureError, false],
  4200: [AuthFailureError, false],
  4300: [UnauthorizedOperationError, false],
  4400: [LimitExceededError, true],
  4500: [AuthFailureError, false],
  4600: [AuthFailureError, false],
  5000: [ResourceNotFoundError, false],
  5100: [FailedOperationError, false],
  5200: [FailedOperationError, false],
  5300: [FailedOperationError, false],
  5400: [FailedOperationError, false],
  5500: [FailedOperationError, false],
  6000: [InternalServerError, true],
  6100: [InternalServerError, false],
  6200: [InternalServerError, true],
};

/** Family class and transient-ness of a Tencent API 2.0 common code. */
export function tencentV2Family(commonCode: number): { cls: ServiceErrorClass; retryable: boolean } {
  const hit = TENCENT_V2_FAMILIES[commonCode];
  return hit ? { cls: hit[0], retryable: hit[1] } : { cls: ServiceError, retryable: false };
}

/**
 * Builds the error of a Tencent API 2.0 response `{code, message, codeDesc}`. The module code,
 * when there is one, travels in the message as "(100004) projectId is incorrect"; it becomes
 * `code`, else the common code does (as a string).
 */
export function createTencentV2Error(
  body: { code: unknown; message?: unknown; codeDesc?: unknown },
  extra: { requestId?: string; httpStatus?: number; action?: string } = {},
): ServiceError {
  const commonCode = typeof body.code === "number" ? body.code : Number(body.code);
  const message = body.message == null ? "" : String(body.message);
  const moduleCode = /^\((\d+)\)/.exec(message)?.[1];
  const { cls, retryable } = tencentV2Family(commonCode);
  return new cls({
    code: moduleCode ?? String(body.code),
    message,
    ...extra,
    retryable,
    commonCode: Number.isFinite(commonCode) ? commonCode : undefined,
    codeDesc: body.codeDesc == null ? undefined : String(body.codeDesc),
  });
}

/** @internal Error codes of a connection that never reached the server (the transport and the retry rule share them). */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * The request could not be delivered or the connection broke.
 *
 * `sent` says whether any byte of the request reached the wire: `false` means the server cannot
 * have seen it (refused connection, DNS failure, a wait for a pooled socket or for the connection
 * that ran out), so repeating it is safe even for a mutation; `true` means the outcome is unknown.
 */
export class NetworkError extends Error {
  readonly code?: string;
  readonly action?: string;
  /** True once the request was written (or being written) to a connected socket. */
  readonly sent: boolean;
  /** `!sent`, kept for callers of earlier versions. */
  readonly notSent: boolean;
  constructor(message: string, opts: { code?: string; action?: string; sent?: boolean; notSent?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = new.target.name;
    this.code = opts.code;
    this.action = opts.action;
    // unknown means possibly sent: the only safe assumption for a mutation
    this.sent = opts.sent ?? !(opts.notSent ?? false);
    this.notSent = !this.sent;
  }
}

/**
 * No answer within `timeoutMs`. The attempt's clock starts when it gets a socket, so waiting in
 * the connection pool does not eat it; a wait for a socket longer than the transport's
 * `queueTimeoutMs` ends as a TimeoutError with `sent: false` and `code: "EQUEUETIMEOUT"`.
 */
export class TimeoutError extends NetworkError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, opts: { action?: string; cause?: unknown; sent?: boolean; code?: string; message?: string } = {}) {
    const { message, ...rest } = opts;
    super(message ?? `Request timed out after ${timeoutMs} ms${opts.sent === false ? " (not sent)" : ""}`, { code: "ETIMEDOUT", ...rest });
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The caller's AbortSignal ended the call. Not a NetworkError: nothing went wrong on the network,
 * and nothing retries it. `sent` as for NetworkError; `cause` is the signal's reason.
 */
export class AbortError extends Error {
  readonly code = "ABORT_ERR";
  readonly action?: string;
  readonly sent: boolean;
  constructor(message: string, opts: { action?: string; sent: boolean; cause?: unknown }) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = "AbortError";
    this.action = opts.action;
    this.sent = opts.sent;
  }
}

const SNIPPET_MAX = 200;

/** The response was not in the expected shape (non-JSON, HTML error page, empty, truncated...). */
export class UnexpectedResponseError extends Error {
  readonly httpStatus: number;
  /** At most 200 characters of the body (never the whole of a longer body). */
  readonly snippet: string;
  /** Length of the whole body in characters. */
  readonly bodyLength: number;
  readonly action?: string;
  readonly requestId?: string;
  constructor(httpStatus: number, body: string, opts: { action?: string; reason?: string; requestId?: string; redact?: (text: string) => string } = {}) {
    // Redact a window wider than the snippet (by more than any secret or token is long) so a
    // secret straddling the snippet end is caught whole.
    const window = body.length > SNIPPET_MAX ? body.slice(0, SNIPPET_MAX + 8192) : body;
    const clean = opts.redact ? opts.redact(window) : window;
    const snippet = clean.length > SNIPPET_MAX ? clean.slice(0, SNIPPET_MAX) : clean;
    const shown = body.length === 0 ? "(empty body)" : body.length > SNIPPET_MAX ? `${snippet}... (${body.length} characters)` : snippet;
    super(`Unexpected response (HTTP ${httpStatus})${opts.reason ? `: ${opts.reason}` : ""}: ${shown}`);
    this.name = new.target.name;
    this.httpStatus = httpStatus;
    this.snippet = snippet;
    this.bodyLength = body.length;
    this.action = opts.action;
    this.requestId = opts.requestId;
  }
}
