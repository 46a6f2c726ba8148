/**
 * HTTPS through an HTTP proxy: a CONNECT tunnel, then TLS to the API host over it, with node:http
 * and node:tls only (no proxy package: the runtime has no dependencies). Loaded only when a proxy
 * is configured, so the common case pays nothing for it. The tunnel is made in the agent's
 * createConnection, so the agent's keep-alive pool reuses tunnelled TLS sockets like direct ones.
 */
import http from "node:http";
import type { Agent as HttpsAgent, AgentOptions } from "node:https";
import { isIP, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import type { ConnectionOptions } from "node:tls";
import { registerOptionalModule } from "./optional.js";

/** `Proxy-Authorization` for a proxy URL with user:password, else undefined. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const user = decodeURIComponent(proxy.username);
  const pass = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
}

/** host:port of a proxy, for messages: never its user or password. */
export function proxyLabel(proxy: URL): string {
  return `${proxy.hostname}:${proxy.port || (proxy.protocol === "https:" ? 443 : 80)}`;
}

type ConnectOptions = ConnectionOptions & { host?: string; port?: number | string; servername?: string };

/**
 * An https.Agent whose connections are CONNECT tunnels through `proxy`. node:https and node:tls
 * are imported here, at first use, not at module load: a bundler would otherwise hoist them into
 * every program's startup, which transport.ts takes care to avoid.
 */
export async function createTunnelingAgent(proxy: URL, options: AgentOptions, connectTimeoutMs = 0): Promise<HttpsAgent> {
  const [{ default: https }, { default: tls }] = await Promise.all([import("node:https"), import("node:tls")]);
  return new (tunnelingAgentClass(https, tls))(proxy, options, connectTimeoutMs);
}

function tunnelingAgentClass(https: typeof import("node:https"), tls: typeof import("node:tls")) {
  return class TunnelingAgent extends https.Agent {
    readonly #proxy: URL;
    readonly #auth: string | undefined;
    readonly #connectTimeoutMs: number;

    /** connectTimeoutMs bounds the CONNECT exchange (the transport passes its queueTimeoutMs; 0: none). */
    constructor(proxy: URL, options: AgentOptions, connectTimeoutMs = 0) {
      super(options);
      this.#proxy = proxy;
      this.#auth = proxyAuthorization(proxy);
      this.#connectTimeoutMs = connectTimeoutMs;
    }

    // Node's Agent accepts the socket through the callback (documented for agent.createConnection)
    override createConnection(options: ConnectOptions, callback?: (err: Error | null, stream: Duplex) => void): undefined {
      const host = options.host ?? "localhost";
      const port = Number(options.port ?? 443);
      const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
      const headers: Record<string, string> = { Host: authority };
      if (this.#auth) headers["Proxy-Authorization"] = this.#auth;
      const proxy = this.#proxy;
      const mod = proxy.protocol === "https:" ? https : http;
      let done = false;
      const finish = (err: Error | null, socket?: Socket) => {
        if (done) return;
        done = true;
        callback?.(err, socket as Duplex);
      };
      const connectReq = mod.request({
        host: proxy.hostname.replace(/^\[|\]$/g, ""),
        port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
        method: "CONNECT",
        path: authority,
        headers,
        agent: false,
        // an https:// proxy is checked against the same extra CAs as the API host, and by its own
        // name: Node would otherwise take the name from the Host header, which is the API host's
        ...(proxy.protocol === "https:" && {
          servername: isIP(proxy.hostname.replace(/^\[|\]$/g, "")) ? "" : proxy.hostname,
          ...(options.ca !== undefined && { ca: options.ca }),
        }),
      });
      connectReq.once("connect", (res, socket) => {
        // the tunnel now belongs to the TLS socket: the CONNECT's timeout must not close it later
        socket.setTimeout(0);
        if (res.statusCode !== 200) {
          socket.destroy();
          const err = new Error(`proxy ${proxyLabel(proxy)} answered CONNECT ${authority} with HTTP ${res.statusCode}`) as NodeJS.ErrnoException;
          err.code = res.statusCode === 407 ? "EPROXYAUTH" : "EPROXYCONNECT";
          return finish(err);
        }
        const secure = tls.connect({ ...options, socket, servername: options.servername ?? (isIP(host) ? undefined : host) });
        secure.once("secureConnect", () => finish(null, secure));
        secure.once("error", (e) => finish(e));
      });
      connectReq.once("error", (e) => finish(e));
      // the request waiting on this socket gives up after the same time; the CONNECT must not outlive it
      if (this.#connectTimeoutMs > 0) {
        connectReq.setTimeout(this.#connectTimeoutMs, () => {
          if (done) return;
          const err = new Error(`proxy ${proxyLabel(proxy)} did not answer CONNECT ${authority} within ${this.#connectTimeoutMs} ms`) as NodeJS.ErrnoException;
          err.code = "EPROXYTIMEOUT";
          connectReq.destroy(err);
        });
      }
      connectReq.end();
      return undefined;
    }
  };
}

/**
 * NO_PROXY: comma- or space-separated host names, `.suffix` / `*.suffix` for a domain and its
 * subdomains, optional `:port`, `*` for everything. (CIDR ranges are not supported.)
 */
export function bypassesProxy(noProxy: string, hostname: string, port: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    let entryPort: string | undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed) {
      entry = bracketed[1]!;
      entryPort = bracketed[2];
    } else if (entry.indexOf(":") === entry.lastIndexOf(":")) {
      // host:port (a bare IPv6 address has several colons and no port)
      const colon = entry.indexOf(":");
      if (colon >= 0) {
        entryPort = entry.slice(colon + 1);
        entry = entry.slice(0, colon);
      }
    }
    if (entryPort && entryPort !== port) continue;
    entry = entry.replace(/^\*?\./, "");
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

// a program that bundles the runtime imports this file itself (`import "@doc2sdk/runtime/proxy"`): the transport finds it here
registerOptionalModule("proxy", { proxyAuthorization, proxyLabel, createTunnelingAgent, bypassesProxy });
