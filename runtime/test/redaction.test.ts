/**
 * The redaction guarantee: for every protocol and wire method, and every way a call can fail,
 * the secret key, the session token, the Signature value and the Authorization header never
 * appear in a log line (any level), a hook context, the thrown error (message, stack, cause,
 * JSON.stringify, util.inspect) or its snippet. The local server echoes the signed request back
 * in its error bodies, as a misbehaving proxy would, so the scrubbing is really exercised.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ServiceClient, type Logger, type ServiceClientConfig } from "../src/client.js";
import type { Transport, TransportRequest } from "../src/transport.js";
import { useLocalServer, type SeenRequest } from "./helpers/local-server.js";

const SECRET_ID = "AKIDredactiontest000000000000000";
const SECRET_KEY = "Sec+ret/Key=Value-DoNotLeak-7890";
const TOKEN = "SessionToken/With+Chars=DoNotLeak-1234567890";

const { server, transport } = useLocalServer();

type Variant = { name: string; config: Omit<ServiceClientConfig, "endpointOverride" | "transport" | "credentials"> };
const variants: Variant[] = [
  {
    name: "TC3 POST",
    config: { protocol: "tc3-hmac-sha256", service: "cvm", apiVersion: "2017-03-12", endpoint: "cvm.tencentcloudapi.com", region: "ap-guangzhou" },
  },
  {
    name: "TC3 GET",
    config: {
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      httpMethod: "GET",
    },
  },
  { name: "v1 POST HmacSHA256", config: { protocol: "tencentcloud-v1", service: "cvm", apiVersion: "2017", endpoint: "cvm.api.qcloud.com", region: "gz" } },
  {
    name: "v1 GET HmacSHA1",
    config: {
      protocol: "tencentcloud-v1",
      service: "cvm",
      apiVersion: "2017",
      endpoint: "cvm.api.qcloud.com",
      region: "gz",
      httpMethod: "GET",
      signatureMethod: "HmacSHA1",
    },
  },
  { name: "Alibaba GET", config: { protocol: "aliyun-rpc-v1", service: "ecs", apiVersion: "2014-05-26", endpoint: "ecs.aliyuncs.com", region: "cn-hangzhou" } },
  {
    name: "Alibaba POST",
    config: { protocol: "aliyun-rpc-v1", service: "ecs", apiVersion: "2014-05-26", endpoint: "ecs.aliyuncs.com", region: "cn-hangzhou", httpMethod: "POST" },
  },
];

/** The signature and Authorization value the request carried, whatever the protocol. */
function secretsOf(req: { url: string; headers: Record<string, unknown>; body?: string }): string[] {
  const out: string[] = [];
  const auth = req.headers.authorization ?? req.headers.Authorization;
  if (typeof auth === "string") out.push(auth, auth.split("Signature=")[1]!);
  const query = req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "";
  for (const text of [query, req.body ?? ""]) {
    const sig = new URLSearchParams(text).get("Signature");
    if (sig) out.push(sig, encodeURIComponent(sig));
  }
  return out;
}

/** The request as text, for echo bodies: signature and token first so they land inside the snippet. */
function echo(s: SeenRequest): string {
  const query = s.url.includes("?") ? s.url.slice(s.url.indexOf("?") + 1) : "";
  const params = new URLSearchParams(`${query}&${s.body}`);
  const token = s.headers["x-tc-token"] ?? params.get("Token") ?? params.get("SecurityToken") ?? "";
  return `${secretsOf(s)[0] ?? ""} token=${token} ${s.url} ${s.body}`;
}

function errorService(v: Variant): { status: number; body: string } {
  switch (v.config.protocol) {
    case "tc3-hmac-sha256":
      return {
        status: 200,
        body: JSON.stringify({ Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: `bad signature; key ${SECRET_KEY}` }, RequestId: "r" } }),
      };
    case "tencentcloud-v1":
      return { status: 200, body: JSON.stringify({ code: 4100, message: `(100001) bad token ${TOKEN}`, codeDesc: "AuthFailure" }) };
    case "aliyun-rpc-v1":
      return {
        status: 400,
        body: JSON.stringify({
          Code: "SignatureDoesNotMatch",
          Message: `expected string to sign with ${SECRET_KEY}`,
          RequestId: "r",
          HostId: "ecs.aliyuncs.com",
        }),
      };
  }
}

interface Mode {
  name: string;
  action: string;
  /** Prepares the server (or a transport) and returns config overrides. */
  setup(v: Variant, sigs: string[]): Partial<ServiceClientConfig>;
}

const modes: Mode[] = [
  {
    name: "service error",
    action: "CreateInstances",
    setup: (v, sigs) => {
      server.reset((s) => (sigs.push(...secretsOf(s)), errorService(v)));
      return {};
    },
  },
  {
    name: "5xx with retries, echoing the request",
    action: "DescribeInstances",
    setup: (_v, sigs) => {
      server.reset((s) => (sigs.push(...secretsOf(s)), { status: 503, body: echo(s) }));
      return { maxAttempts: 3 };
    },
  },
  {
    name: "non-JSON 200 echoing the request",
    action: "DescribeInstances",
    setup: (_v, sigs) => {
      server.reset((s) => (sigs.push(...secretsOf(s)), { status: 200, body: `<html>${echo(s)}</html>` }));
      return { maxAttempts: 1 };
    },
  },
  {
    name: "network error (reset)",
    action: "DescribeInstances",
    setup: (_v, sigs) => {
      server.reset((s) => (sigs.push(...secretsOf(s)), { socket: "reset" }));
      return { maxAttempts: 2 };
    },
  },
  {
    name: "timeout",
    action: "DescribeInstances",
    setup: (_v, sigs) => {
      server.reset((s) => (sigs.push(...secretsOf(s)), { status: 200, body: "{}", delayMs: 1000 }));
      return { maxAttempts: 2, timeoutMs: 60 };
    },
  },
  {
    name: "transport throwing an error quoting the request (cause)",
    action: "DescribeInstances",
    setup: (_v, sigs) => {
      const leaky: Transport = {
        async send(req: TransportRequest) {
          sigs.push(
            ...secretsOf({ url: req.url, headers: Object.fromEntries(Object.entries(req.headers).map(([k, val]) => [k.toLowerCase(), val])), body: req.body }),
          );
          const inner = new Error(`socket hang up sending ${req.url} ${JSON.stringify(req.headers)} ${req.body ?? ""}`);
          throw new Error(`proxy failed for ${req.url}`, { cause: inner });
        },
      };
      return { transport: leaky, maxAttempts: 2 };
    },
  },
];

function collectingLogger(): { logger: Logger; lines: string[]; levels: Set<string> } {
  const lines: string[] = [];
  const levels = new Set<string>();
  const rec = (level: string) => (m: string, d?: Record<string, unknown>) => {
    levels.add(level);
    lines.push(`${level} ${m} ${inspect(d, { depth: 10 })}`);
  };
  return { logger: { debug: rec("debug"), info: rec("info"), warn: rec("warn"), error: rec("error") }, lines, levels };
}

describe("secrets never leak", () => {
  const allLevels = new Set<string>();
  for (const v of variants) {
    for (const mode of modes) {
      it(`${v.name}: ${mode.name}`, async () => {
        const sigs: string[] = [];
        const { logger, lines, levels } = collectingLogger();
        const hookDump: string[] = [];
        const record = (c: unknown) => void hookDump.push(inspect(c, { depth: 10 }), JSON.stringify(c));
        const client = new ServiceClient({
          ...v.config,
          credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN },
          endpointOverride: server.base,
          transport,
          logger,
          retryPolicy: { baseDelayMs: 1, maxDelayMs: 2 },
          hooks: { beforeRequest: record, afterResponse: record, onRetry: record, onError: record },
          ...mode.setup(v, sigs),
        });
        const err = await client.request(mode.action, { InstanceIds: ["ins-1"], Note: "a b" }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(Error);
        for (const l of levels) allLevels.add(l);
        const e = err as Error & { cause?: Error };
        const dump = [
          ...lines,
          ...hookDump,
          String(err),
          e.stack,
          JSON.stringify(err),
          inspect(err, { depth: 10, showHidden: true }),
          e.cause ? `${String(e.cause)} ${e.cause.stack} ${inspect(e.cause, { depth: 10 })}` : "",
          (err as { snippet?: string }).snippet ?? "",
        ].join("\n");
        // The request really carried a signature we can look for, and hooks and logs fired.
        expect(sigs.length).toBeGreaterThan(0);
        expect(lines.length).toBeGreaterThan(0);
        expect(hookDump.length).toBeGreaterThan(0);
        for (const secret of [SECRET_KEY, TOKEN, encodeURIComponent(SECRET_KEY), encodeURIComponent(TOKEN), ...sigs]) {
          expect(dump).not.toContain(secret);
        }
        expect(dump).not.toMatch(/TC3-HMAC-SHA256 Credential/);
      });
    }
  }

  it("logged at every level across the failure modes", () => {
    expect([...allLevels].sort()).toEqual(["debug", "error", "info", "warn"]);
  });

  it("the echoing server did put the secrets in the raw body, so the checks above are not vacuous", async () => {
    server.reset((s) => ({ status: 503, body: echo(s) }));
    const raw = await transport.send(
      await new ServiceClient({
        ...variants[0]!.config,
        credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN },
        endpointOverride: server.base,
        transport,
      }).buildRequest("DescribeInstances", {}),
    );
    expect(raw.body).toContain("TC3-HMAC-SHA256 Credential");
    expect(raw.body).toContain(TOKEN);
  });
});
