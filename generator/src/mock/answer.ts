/**
 * What the mock answers: the documented example whose request matches, in the protocol's own
 * success envelope, or a documented error in the protocol's own error format.
 */
import { randomUUID } from "node:crypto";
import type { Action, Example, Spec } from "../model.js";
import { PROTOCOLS, type KnownProtocol, type MockErrorKind, type WireName } from "../profiles/protocols.js";

export interface MockAnswer {
  status: number;
  body: Record<string, unknown> | string;
  headers?: Record<string, string>;
}

export interface MockFailure {
  code: string;
  message?: string;
  /** HTTP status (Alibaba answers errors with 4xx/5xx; Tencent with 200). */
  httpStatus?: number;
}

/** The example to answer with: the one whose request equals this one, else the closest, else the first with a response. */
export function pickExample(action: Action, params: Record<string, unknown>): Example | undefined {
  const answering = action.examples.filter((ex) => ex.output);
  const wanted = canonical(params);
  const exact = answering.find((ex) => canonical(ex.input ?? {}) === wanted);
  if (exact) return exact;
  // the closest: most top-level parameters with equal values (the runtime may add e.g. RegionId)
  let best: Example | undefined;
  let bestScore = -1;
  for (const ex of answering) {
    if ((ex.output as { Error?: unknown }).Error) continue;
    const input = ex.input ?? {};
    const score = Object.keys(params).filter((k) => canonical(input[k]) === canonical(params[k])).length;
    if (score > bestScore) [best, bestScore] = [ex, score];
  }
  return best ?? answering[0];
}

/** Values compared as text, keys sorted: a query sends "10" where the JSON example says 10. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return value === undefined ? "" : String(value);
}

export function successAnswer(protocol: KnownProtocol, output: Record<string, unknown> | undefined): MockAnswer {
  return ANSWERS[PROTOCOLS[protocol].mock.wire].success(output);
}

/** An error response as the protocol sends it; codes and statuses come from the spec where it has them. */
export function errorAnswer(protocol: KnownProtocol, spec: Spec, failure: MockFailure): MockAnswer {
  const documented = spec.errors.find((e) => e.code === failure.code);
  const message = failure.message ?? documented?.message ?? (documented?.description || failure.code);
  return ANSWERS[PROTOCOLS[protocol].mock.wire].error(spec, failure, message, documented);
}

interface Answers {
  success(output: Record<string, unknown> | undefined): MockAnswer;
  error(spec: Spec, failure: MockFailure, message: string, documented: Spec["errors"][number] | undefined): MockAnswer;
}

const requestIdOf = (output: Record<string, unknown> | undefined) => (typeof output?.RequestId === "string" ? output.RequestId : randomUUID());

/** Each protocol's success and error envelopes, by the name its profile gives (`mock.wire`). */
const ANSWERS: Record<WireName, Answers> = {
  tc3: {
    success: (output) => ({ status: 200, body: { Response: { ...output, RequestId: requestIdOf(output) } } }),
    error: (_spec, failure, message) => ({
      status: failure.httpStatus ?? 200,
      body: { Response: { Error: { Code: failure.code, Message: message }, RequestId: randomUUID() } },
    }),
  },
  tencentV1: {
    success: (output) => ({ status: 200, body: output ?? { code: 0, message: "", codeDesc: "Success" } }),
    error: (_spec, failure, message, documented) => {
      // API 2.0: a numeric common code; a module code travels in the message as "(code) text"
      const common = /^\d{4}$/.test(failure.code) ? Number(failure.code) : 4000;
      const text = common === Number(failure.code) ? message : `(${failure.code}) ${message}`;
      return { status: failure.httpStatus ?? 200, body: { code: common, message: text, codeDesc: documented?.message ?? failure.code } };
    },
  },
  aliyunRpc: {
    success: (output) => ({ status: 200, body: { ...output, RequestId: requestIdOf(output) } }),
    error: (spec, failure, message, documented) => ({
      status: failure.httpStatus ?? documented?.httpStatus ?? 400,
      body: { Code: failure.code, Message: message, RequestId: randomUUID(), HostId: spec.service.endpoints?.[0] ?? spec.service.endpoint ?? "mock" },
    }),
  },
};

/** The protocol's own codes for a bad signature, a bad parameter and an unknown action (from its profile). */
export function protocolCode(protocol: KnownProtocol, what: MockErrorKind): string {
  return PROTOCOLS[protocol].mock.errorCodes[what];
}
