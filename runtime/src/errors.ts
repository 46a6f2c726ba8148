/** Fields every service error carries. Never contains credentials. */
export interface ServiceErrorInit {
  code: string;
  message: string;
  requestId?: string;
  httpStatus?: number;
  action?: string;
  retryable?: boolean;
}

/** An error returned by the service (a well-formed error response). */
export class ServiceError extends Error {
  readonly code: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly action?: string;
  readonly retryable: boolean;

  constructor(init: ServiceErrorInit) {
    super(init.message);
    this.name = new.target.name;
    this.code = init.code;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.action = init.action;
    this.retryable = init.retryable ?? false;
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

/** The request could not be delivered or the connection broke. */
export class NetworkError extends Error {
  readonly code?: string;
  readonly action?: string;
  /** True when the request certainly never reached the server (e.g. ECONNREFUSED). */
  readonly notSent: boolean;
  constructor(message: string, opts: { code?: string; action?: string; notSent?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = new.target.name;
    this.code = opts.code;
    this.action = opts.action;
    this.notSent = opts.notSent ?? false;
  }
}

export class TimeoutError extends NetworkError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, opts: { action?: string; cause?: unknown } = {}) {
    super(`Request timed out after ${timeoutMs} ms`, { code: "ETIMEDOUT", ...opts });
    this.timeoutMs = timeoutMs;
  }
}

const SNIPPET_MAX = 200;

/** The response was not in the expected shape (non-JSON, HTML error page, ...). */
export class UnexpectedResponseError extends Error {
  readonly httpStatus: number;
  /** At most 200 characters of the body. */
  readonly snippet: string;
  readonly action?: string;
  readonly requestId?: string;
  constructor(httpStatus: number, body: string, opts: { action?: string; reason?: string; requestId?: string } = {}) {
    const snippet = body.length > SNIPPET_MAX ? body.slice(0, SNIPPET_MAX) : body;
    super(`Unexpected response (HTTP ${httpStatus})${opts.reason ? `: ${opts.reason}` : ""}: ${snippet}`);
    this.name = new.target.name;
    this.httpStatus = httpStatus;
    this.snippet = snippet;
    this.action = opts.action;
    this.requestId = opts.requestId;
  }
}
