/**
 * A node:http server the tests start themselves, scripted per test: each request is recorded
 * and answered by the current handler (status, headers, body, optional delay, or a raw socket
 * action for truncated / reset responses).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { ServiceClient, type ServiceClientConfig } from "../../src/client.js";
import { NodeHttpTransport } from "../../src/transport.js";

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** Names and values as received, in order (duplicates kept). */
  rawHeaders: string[];
  body: string;
  at: number;
}

export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** "truncate": promise a longer body than sent, then cut the socket. "reset": destroy at once. */
  socket?: "truncate" | "reset";
}

export type Handler = (req: SeenRequest, count: number) => Reply;

export interface LocalServer {
  base: string;
  seen: SeenRequest[];
  /** Sets the handler and clears the record. */
  reset(h: Handler): void;
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  let handler: Handler = () => ({ status: 200, body: "{}" });
  const state = { seen: [] as SeenRequest[] };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const s: SeenRequest = { method: req.method!, url: req.url!, headers: req.headers, rawHeaders: req.rawHeaders, body, at: Date.now() };
      state.seen.push(s);
      const out = handler(s, state.seen.length);
      const send = () => {
        if (res.destroyed) return;
        if (out.socket === "reset") return void req.socket.destroy();
        const text = out.body ?? "";
        if (out.socket === "truncate") {
          res.writeHead(out.status ?? 200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text) + 100), ...out.headers });
          res.write(text);
          setTimeout(() => req.socket.destroy(), 10);
          return;
        }
        res.writeHead(out.status ?? 200, { "content-type": "application/json", ...out.headers });
        res.end(text);
      };
      if (out.delayMs) setTimeout(send, out.delayMs);
      else send();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get seen() {
      return state.seen;
    },
    reset(h) {
      handler = h;
      state.seen = [];
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * One local server and one keep-alive transport for a test file, started before its tests and
 * closed after them. `server` forwards to the running server, so tests can hold it from the start.
 */
export function useLocalServer(): { server: LocalServer; transport: NodeHttpTransport } {
  let started: LocalServer | undefined;
  const transport = new NodeHttpTransport();
  beforeAll(async () => {
    started = await startLocalServer();
  });
  afterAll(async () => {
    transport.destroy();
    await started?.close();
  });
  const server = new Proxy({} as LocalServer, {
    get: (_target, key) => {
      if (!started) throw new Error("the local server is used before beforeAll started it");
      return started[key as keyof LocalServer];
    },
  });
  return { server, transport };
}

/** A client of the local server: fast retries, the file's transport, overridable by `config`. */
export function localClient(server: LocalServer, transport: NodeHttpTransport, config: ServiceClientConfig): ServiceClient {
  return new ServiceClient({ endpointOverride: server.base, transport, retryPolicy: { baseDelayMs: 1, maxDelayMs: 2 }, ...config });
}
