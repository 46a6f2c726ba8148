/**
 * A local server that behaves like the documented API: it verifies each request's signature,
 * checks the parameters against the action's input, and answers with the documented example
 * response, or with a documented error when told to. Built from the spec alone, so every
 * generated package can be tested end to end without a network (and users can run `doc2sdk mock`).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Spec } from "../model.js";
import { protocolProfile } from "../profiles/protocols.js";
import { errorAnswer, pickExample, protocolCode, successAnswer, type MockAnswer, type MockFailure } from "./answer.js";
import { readRequest, type MockCredentials, type WireRequest } from "./read-request.js";
import { validateInput } from "./validate-input.js";

export interface MockServerOptions {
  spec: Spec;
  /** The only key pair the server accepts. */
  credentials: MockCredentials;
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Called with every request once answered (the CLI prints them). */
  onExchange?: (exchange: MockExchange) => void;
}

/** One request as the server saw it, for tests and for the CLI's log. */
export interface MockExchange {
  action?: string;
  params: Record<string, unknown>;
  status: number;
  /** The error code answered, if any. */
  error?: string;
  /** The example answered with, by title. */
  example?: string;
}

export interface MockServer {
  /** Base URL, e.g. http://127.0.0.1:43121: pass it as the client's `endpoint`. */
  url: string;
  /** Every request answered so far, oldest first. */
  exchanges: MockExchange[];
  /**
   * The next `times` requests fail: with a documented error code (in the protocol's error format),
   * or with a bare HTTP status (e.g. 503) and a non-JSON body, like a failing gateway.
   */
  failNext(failure: MockFailure | number, times?: number): void;
  /**
   * The next call of `action` answers with its example number `index` (0-based), for docs that
   * show several outcomes of one and the same request.
   */
  useExample(action: string, index: number): void;
  close(): Promise<void>;
}

/** Request header that makes one request fail with the given error code. */
export const MOCK_ERROR_HEADER = "x-mock-error";

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const { spec, credentials } = options;
  const profile = protocolProfile(spec);
  const { protocol } = profile;
  const actions = new Map(spec.actions.map((a) => [a.name, a]));
  const inputNames = (name: string) => new Set(actions.get(name)?.input.map((f) => f.name) ?? []);
  const queued: (MockFailure | number)[] = [];
  const chosenExamples = new Map<string, number[]>();
  const exchanges: MockExchange[] = [];

  const answer = (wire: WireRequest): { answer: MockAnswer; exchange: MockExchange } => {
    const decoded = readRequest(profile, wire, credentials, inputNames);
    const exchange: MockExchange = { action: decoded.action, params: decoded.params, status: 200 };
    const fail = (what: Parameters<typeof protocolCode>[1], message: string) => {
      const code = protocolCode(protocol, what);
      const httpStatus = profile.mock.httpStatus[what];
      exchange.error = code;
      return { answer: errorAnswer(protocol, spec, { code, message, httpStatus }), exchange };
    };
    if (decoded.malformed) return fail("invalid", decoded.malformed);
    if (decoded.signatureProblem) return fail("signature", decoded.signatureProblem);
    const action = decoded.action ? actions.get(decoded.action) : undefined;
    if (!action) return fail("action", `the action ${decoded.action ?? "(none)"} is not documented`);

    const forced = queued.shift() ?? (wire.headers[MOCK_ERROR_HEADER] ? { code: wire.headers[MOCK_ERROR_HEADER] } : undefined);
    if (typeof forced === "number") {
      exchange.error = `HTTP ${forced}`;
      return { answer: { status: forced, body: `mock: HTTP ${forced}`, headers: { "content-type": "text/plain" } }, exchange };
    }
    if (forced) {
      exchange.error = forced.code;
      return { answer: errorAnswer(protocol, spec, forced), exchange };
    }

    const problems = validateInput(spec, action.input, decoded.params, decoded.textValues);
    const first = problems[0];
    if (first) return fail(first.kind === "type" ? "invalid" : first.kind, problems.map((p) => p.message).join("; "));

    const chosen = chosenExamples.get(action.name)?.shift();
    const example = chosen !== undefined ? action.examples[chosen] : pickExample(action, decoded.params);
    exchange.example = example?.title;
    const error = (example?.output as { Error?: { Code?: string; Message?: string } } | undefined)?.Error;
    if (error?.Code) {
      exchange.error = error.Code;
      return { answer: errorAnswer(protocol, spec, { code: error.Code, message: error.Message }), exchange };
    }
    return { answer: successAnswer(protocol, example?.output), exchange };
  };

  const server: Server = createServer(async (req, res) => {
    const wire: WireRequest = { method: req.method ?? "GET", url: req.url ?? "/", headers: lowerCaseHeaders(req), body: await readBody(req) };
    let result: { answer: MockAnswer; exchange: MockExchange };
    try {
      result = answer(wire);
    } catch (e) {
      result = { answer: { status: 500, body: `mock: ${(e as Error).message}` }, exchange: { params: {}, status: 500, error: "MockFailure" } };
    }
    const { answer: a, exchange } = result;
    exchange.status = a.status;
    exchanges.push(exchange);
    options.onExchange?.(exchange);
    const body = typeof a.body === "string" ? a.body : JSON.stringify(a.body);
    res.writeHead(a.status, { "content-type": "application/json", ...a.headers, "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    exchanges,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) queued.push(failure);
    },
    useExample(action, index) {
      if (!actions.get(action)?.examples[index]) throw new Error(`mock: ${action} has no example ${index + 1}`);
      chosenExamples.set(action, [...(chosenExamples.get(action) ?? []), index]);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
