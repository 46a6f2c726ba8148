/**
 * Proxies and agents against loopback stand-ins: a forward proxy (absolute-URI requests for http,
 * CONNECT tunnels for https) and an HTTPS API server with a certificate made for the test.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceClient } from "../src/client.js";
import { NetworkError } from "../src/errors.js";
import { bypassesProxy } from "../src/proxy.js";
import { NodeHttpTransport } from "../src/transport.js";

const creds = { secretId: "AKIDproxytest0000000000", secretKey: "ProxySecretKey-DoNotLeak" };
const okBody = (id: string) => JSON.stringify({ Response: { RequestId: id } });

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const OPENSSL = hasOpenssl();

interface ProxyLog {
  connects: string[];
  forwards: string[];
  auth: (string | undefined)[];
}

/** A forward proxy on 127.0.0.1: forwards absolute-URI requests, tunnels CONNECT, can demand a password. */
/** The proxy resolves `api.invalid` to the loopback test servers: the client never resolves it itself. */
function route(host: string, port: string): [string, string] {
  if (host !== "api.invalid") return [host, port];
  return ["127.0.0.1", new URL(port === "443" ? tlsBase : plainBase).port];
}

async function startProxy(requireAuth?: string, tls?: { key: Buffer; cert: string }): Promise<{ url: string; log: ProxyLog; close: () => Promise<void> }> {
  const log: ProxyLog = { connects: [], forwards: [], auth: [] };
  const sockets = new Set<net.Socket>();
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    log.forwards.push(req.url!);
    log.auth.push(req.headers["proxy-authorization"]);
    const target = new URL(req.url!);
    const [toHost, toPort] = route(target.hostname, target.port || "80");
    const up = http.request({ host: toHost, port: toPort, path: target.pathname + target.search, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    });
    up.on("error", () => res.destroy());
    req.pipe(up);
  };
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  server.on(tls ? "secureConnection" : "connection", (s) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
  server.on("connect", (req, client, head) => {
    log.connects.push(req.url!);
    log.auth.push(req.headers["proxy-authorization"]);
    if (requireAuth && req.headers["proxy-authorization"] !== requireAuth) {
      client.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
      return;
    }
    const [host, port] = route(...(req.url!.split(":") as [string, string]));
    const up = net.connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    sockets.add(up);
    up.on("error", () => client.destroy());
    client.on("error", () => up.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let plain: http.Server;
let plainBase = "";
let tlsServer: https.Server | undefined;
let tlsBase = "";
let ca = "";
let tlsKey: Buffer | undefined;
const hosts: string[] = [];

beforeAll(async () => {
  plain = http.createServer((req, res) => {
    hosts.push(String(req.headers.host));
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(okBody("plain")));
  });
  await new Promise<void>((r) => plain.listen(0, "127.0.0.1", r));
  plainBase = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  if (OPENSSL) {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:cvm.tencentcloudapi.com",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore", timeout: 20_000 },
    );
    ca = readFileSync(join(dir, "cert.pem"), "utf8");
    tlsKey = readFileSync(join(dir, "key.pem"));
    tlsServer = https.createServer({ key: tlsKey, cert: ca }, (req, res) => {
      hosts.push(String(req.headers.host));
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(okBody("tls")));
    });
    await new Promise<void>((r) => tlsServer!.listen(0, "127.0.0.1", r));
    tlsBase = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
  }
});

afterAll(async () => {
  plain.closeAllConnections();
  await new Promise<void>((r) => plain.close(() => r()));
  if (tlsServer) {
    tlsServer.closeAllConnections();
    await new Promise<void>((r) => tlsServer!.close(() => r()));
  }
});

const client = (endpointOverride: string, transport: NodeHttpTransport) =>
  new ServiceClient({
    protocol: "tc3-hmac-sha256",
    service: "cvm",
    apiVersion: "2017-03-12",
    endpoint: "cvm.tencentcloudapi.com",
    region: "ap-guangzhou",
    credentials: creds,
    endpointOverride,
    transport,
    maxAttempts: 1,
  });

describe("HTTP_PROXY for http requests", () => {
  it("HTTP_PROXY: sends the absolute URL to the proxy with Proxy-Authorization; the API host sees the signed Host", async () => {
    const proxy = await startProxy();
    const t = new NodeHttpTransport({ env: { HTTP_PROXY: proxy.url.replace("http://", "http://us%40er:p%3Ass@") } });
    try {
      hosts.length = 0;
      const res = await client("http://api.invalid", t).request("DescribeInstances");
      expect(res.RequestId).toBe("plain");
      expect(proxy.log.forwards).toEqual(["http://api.invalid/"]);
      expect(proxy.log.auth).toEqual([`Basic ${Buffer.from("us@er:p:ss").toString("base64")}`]);
      expect(hosts).toEqual(["cvm.tencentcloudapi.com"]);
    } finally {
      t.destroy();
      await proxy.close();
    }
  });

  it("an explicit proxy is used for loopback too; NO_PROXY matching the host goes direct; proxy: false ignores the environment", async () => {
    const proxy = await startProxy();
    const t0 = new NodeHttpTransport({ proxy: proxy.url, env: {} });
    const t1 = new NodeHttpTransport({ proxy: proxy.url, env: { NO_PROXY: "example.com, 127.0.0.1" } });
    const t2 = new NodeHttpTransport({ env: { HTTP_PROXY: proxy.url }, proxy: false });
    try {
      expect((await client(plainBase, t0).request("DescribeInstances")).RequestId).toBe("plain");
      expect(proxy.log.forwards).toEqual([`${plainBase}/`]);
      expect((await client(plainBase, t1).request("DescribeInstances")).RequestId).toBe("plain");
      await expect(client("http://api.invalid", t2).request("DescribeInstances")).rejects.toBeInstanceOf(NetworkError); // direct: no such host
      expect(proxy.log.forwards).toHaveLength(1);
    } finally {
      t0.destroy();
      t1.destroy();
      t2.destroy();
      await proxy.close();
    }
  });

  it("a proxy from the environment is not used for loopback hosts (local servers, tests)", async () => {
    const proxy = await startProxy();
    const t = new NodeHttpTransport({ env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } });
    try {
      expect((await client(plainBase, t).request("DescribeInstances")).RequestId).toBe("plain");
      expect(proxy.log.forwards).toEqual([]);
    } finally {
      t.destroy();
      await proxy.close();
    }
  });

  it("a proxy that is down fails unsent (safe to retry), naming no password", async () => {
    const dead = net.createServer();
    await new Promise<void>((r) => dead.listen(0, "127.0.0.1", r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const t = new NodeHttpTransport({ proxy: `http://user:hunter2secret@127.0.0.1:${port}` });
    try {
      const err = await client(plainBase, t)
        .request("CreateThing")
        .catch((e) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
      expect(err.code).toBe("ECONNREFUSED");
      expect(JSON.stringify({ m: err.message, s: err.stack })).not.toContain("hunter2secret");
    } finally {
      t.destroy();
    }
  });
});

describe.skipIf(!OPENSSL)("HTTPS_PROXY: CONNECT tunnel", () => {
  it("tunnels https through CONNECT, verifies TLS with the given CA, and reuses the tunnel (keep-alive)", async () => {
    const proxy = await startProxy("Basic " + Buffer.from("u:pw").toString("base64"));
    const t = new NodeHttpTransport({ env: { HTTPS_PROXY: proxy.url.replace("http://", "http://u:pw@") }, ca });
    try {
      hosts.length = 0;
      const c = client("https://api.invalid", t);
      expect((await c.request("DescribeInstances")).RequestId).toBe("tls");
      expect((await c.request("DescribeInstances")).RequestId).toBe("tls");
      expect(proxy.log.connects).toEqual(["api.invalid:443"]);
      expect(hosts).toEqual(["cvm.tencentcloudapi.com", "cvm.tencentcloudapi.com"]);
    } finally {
      t.destroy();
      await proxy.close();
    }
  });

  it("an https:// proxy: TLS to the proxy (checked with the same CA), then the tunnelled TLS to the API host", async () => {
    const proxy = await startProxy(undefined, { key: tlsKey!, cert: ca });
    const t = new NodeHttpTransport({ proxy: proxy.url, ca });
    try {
      expect(proxy.url).toMatch(/^https:/);
      expect((await client("https://api.invalid", t).request("DescribeInstances")).RequestId).toBe("tls");
      expect(proxy.log.connects).toEqual(["api.invalid:443"]);
      // without the CA the proxy's own certificate is refused before any CONNECT
      const noCa = new NodeHttpTransport({ proxy: proxy.url });
      const err = await client("https://api.invalid", noCa)
        .request("DescribeInstances")
        .catch((e) => e);
      noCa.destroy();
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
      expect(proxy.log.connects).toHaveLength(1);
    } finally {
      t.destroy();
      await proxy.close();
    }
  });

  it("a 407 from the proxy is a NetworkError, unsent, code EPROXYAUTH", async () => {
    const proxy = await startProxy("Basic something-else");
    const t = new NodeHttpTransport({ proxy: proxy.url.replace("http://", "http://u:wrongpassword@"), ca });
    try {
      const err = await client(tlsBase, t)
        .request("CreateThing")
        .catch((e) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
      expect(err.code).toBe("EPROXYAUTH");
      expect(`${err.message} ${err.cause?.message}`).toMatch(/HTTP 407/);
      expect(`${err.message} ${err.cause?.message}`).not.toContain("wrongpassword");
    } finally {
      t.destroy();
      await proxy.close();
    }
  });

  it("without the CA the tunnelled TLS handshake is rejected (certificates are still checked)", async () => {
    const proxy = await startProxy();
    const t = new NodeHttpTransport({ proxy: proxy.url });
    try {
      const err = await client(tlsBase, t)
        .request("DescribeInstances")
        .catch((e) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
      expect(err.code).toMatch(/SELF_SIGNED|CERT|UNABLE_TO_VERIFY/);
      expect(proxy.log.connects).toHaveLength(1);
    } finally {
      t.destroy();
      await proxy.close();
    }
  });
});

describe("a proxy that never answers CONNECT", () => {
  it("fails unsent within queueTimeoutMs, and the CONNECT connection is closed, not left open", async () => {
    let closed = 0;
    const open = new Set<net.Socket>();
    const silent = net.createServer((sock) => {
      open.add(sock);
      sock.on("data", () => {}); // read the CONNECT, never answer
      sock.on("close", () => closed++);
    });
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const t = new NodeHttpTransport({ proxy: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, queueTimeoutMs: 300 });
    try {
      const started = Date.now();
      const err = await client("https://api.invalid", t)
        .request("CreateThing")
        .catch((e) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.sent).toBe(false);
      expect(Date.now() - started).toBeLessThan(5000);
      for (let i = 0; i < 50 && closed === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(closed).toBe(1);
    } finally {
      t.destroy();
      for (const sock of open) sock.destroy(); // so close() cannot hang when the test fails
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});

describe("agent option", () => {
  it("uses the caller's http.Agent (and no proxy for that scheme)", async () => {
    let created = 0;
    class CountingAgent extends http.Agent {
      override createConnection(...args: Parameters<http.Agent["createConnection"]>) {
        created++;
        return super.createConnection(...args);
      }
    }
    const agent = new CountingAgent({ keepAlive: true });
    const proxy = await startProxy();
    const t = new NodeHttpTransport({ agent, env: { HTTP_PROXY: proxy.url } });
    try {
      expect((await client(plainBase, t).request("DescribeInstances")).RequestId).toBe("plain");
      expect(created).toBe(1);
      expect(proxy.log.forwards).toEqual([]);
    } finally {
      t.destroy();
      agent.destroy();
      await proxy.close();
    }
  });

  it("is accepted on the client too (forwarded to the default transport)", async () => {
    let created = 0;
    const agent = new http.Agent({ keepAlive: false });
    const orig = agent.createConnection.bind(agent);
    agent.createConnection = ((...a: Parameters<typeof orig>) => (created++, orig(...a))) as typeof agent.createConnection;
    const c = new ServiceClient({
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      credentials: creds,
      endpointOverride: plainBase,
      agent,
      proxy: false,
    });
    expect((await c.request("DescribeInstances")).RequestId).toBe("plain");
    expect(created).toBe(1);
    agent.destroy();
  });
});

describe("NO_PROXY matching", () => {
  it.each([
    ["*", "api.example.com", "443", true],
    ["example.com", "example.com", "443", true],
    ["example.com", "api.example.com", "443", true],
    [".example.com", "api.example.com", "443", true],
    ["*.example.com", "api.example.com", "443", true],
    ["example.com", "badexample.com", "443", false],
    ["example.com:8080", "example.com", "443", false],
    ["example.com:8080", "example.com", "8080", true],
    ["localhost, 127.0.0.1", "127.0.0.1", "80", true],
    ["", "127.0.0.1", "80", false],
    ["[::1]", "[::1]", "80", true],
    ["::1", "[::1]", "80", true],
    ["[::1]:8080", "[::1]", "80", false],
  ])("NO_PROXY=%j host %s:%s → bypass %s", (noProxy, host, port, expected) => {
    expect(bypassesProxy(noProxy, host, port)).toBe(expected);
  });
});
