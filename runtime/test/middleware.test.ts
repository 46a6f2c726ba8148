/**
 * Middleware, extra headers, the User-Agent / X-TC-RequestClient identity and the region rules,
 * each against the loopback server: what a middleware changes must be what is signed and sent.
 */
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MissingRegionError, RUNTIME_VERSION, type Middleware } from "../src/index.js";
import { signTc3 } from "../src/signing/tc3-signer.js";
import { signAliyunRpc } from "../src/signing/aliyun-rpc-signer.js";
import { AuthFailureError } from "../src/errors.js";
import { localClient, useLocalServer } from "./helpers/local-server.js";

const creds = { secretId: "AKIDmiddlewaretest000000", secretKey: "MiddlewareSecretKey-DoNotLeak" };
const ok = (id = "r1") => ({ status: 200, body: JSON.stringify({ Response: { RequestId: id } }) });
const { server, transport } = useLocalServer();
const tc3 = (extra: Record<string, unknown> = {}) =>
  localClient(server, transport, {
    protocol: "tc3-hmac-sha256",
    service: "cvm",
    apiVersion: "2017-03-12",
    endpoint: "cvm.tencentcloudapi.com",
    region: "ap-guangzhou",
    credentials: creds,
    ...extra,
  });

/** Recomputes the TC3 signature of what the server received, with the runtime's signer. */
function tc3SignatureValid(s: { method: string; headers: Record<string, unknown>; body: string }, host: string, service = "cvm"): boolean {
  const auth = String(s.headers.authorization);
  const signed = signTc3({
    method: s.method as "POST",
    host,
    payload: s.body,
    contentType: String(s.headers["content-type"]),
    timestamp: Number(s.headers["x-tc-timestamp"]),
    service,
    secretId: creds.secretId,
    secretKey: creds.secretKey,
  });
  return auth === signed.authorization;
}

afterEach(() => vi.unstubAllEnvs());

describe("middleware", () => {
  it("before() changes headers, params, region and endpoint before signing: the server sees them signed", async () => {
    server.reset(() => ok());
    const mw: Middleware = {
      before(r) {
        r.headers["X-Trace-Id"] = "trace-123";
        r.params.Limit = 5;
        r.region = "ap-shanghai";
        r.endpoint = "cvm.ap-shanghai.tencentcloudapi.com";
      },
    };
    const params = { Limit: 10 };
    await tc3({ middleware: [mw] }).request("DescribeInstances", params);
    const s = server.seen[0]!;
    expect(s.headers["x-trace-id"]).toBe("trace-123");
    expect(JSON.parse(s.body)).toEqual({ Limit: 5 });
    expect(params).toEqual({ Limit: 10 }); // the caller's object is untouched
    expect(s.headers["x-tc-region"]).toBe("ap-shanghai");
    expect(s.headers.host).toBe("cvm.ap-shanghai.tencentcloudapi.com");
    expect(tc3SignatureValid(s as never, "cvm.ap-shanghai.tencentcloudapi.com")).toBe(true);
    expect(tc3SignatureValid(s as never, "cvm.tencentcloudapi.com")).toBe(false);
  });

  it("Tencent v1 and Alibaba RPC sign what before() changed (host, params)", async () => {
    const { signTencentV1 } = await import("../src/signing/tencent-v1-signer.js");
    server.reset(() => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "v1" } }) }));
    const v1 = localClient(server, transport, {
      protocol: "tencentcloud-v1",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      credentials: creds,
    });
    await v1.request(
      "DescribeInstances",
      { Limit: 1 },
      { middleware: [{ before: (r) => void ((r.endpoint = "cvm.ap-beijing.tencentcloudapi.com"), (r.params.Offset = 7)) }] },
    );
    const form = Object.fromEntries(new URLSearchParams(server.seen[0]!.body));
    const { Signature, ...rest } = form;
    expect(rest.Offset).toBe("7");
    expect(
      signTencentV1({ method: "POST", host: "cvm.ap-beijing.tencentcloudapi.com", algorithm: "HmacSHA256", secretKey: creds.secretKey, params: rest })
        .signature,
    ).toBe(Signature);

    server.reset(() => ({ status: 200, body: JSON.stringify({ RequestId: "rpc" }) }));
    const rpc = localClient(server, transport, {
      protocol: "aliyun-rpc-v1",
      service: "ecs",
      apiVersion: "2014-05-26",
      endpoint: "ecs.aliyuncs.com",
      region: "cn-hangzhou",
      credentials: creds,
    });
    await rpc.request("DescribeInstances", { PageSize: 10 }, { middleware: [{ before: (r) => void ((r.params.PageSize = 50), (r.region = "cn-beijing")) }] });
    const q = Object.fromEntries(new URL(server.seen[0]!.url, "http://x").searchParams);
    const { Signature: sig, ...signed } = q;
    expect([signed.PageSize, signed.RegionId]).toEqual(["50", "cn-beijing"]);
    expect(signAliyunRpc({ method: "GET", accessKeySecret: creds.secretKey, params: signed }).signature).toBe(sig);
  });

  it("a middleware header cannot replace a signed or protocol header", async () => {
    server.reset(() => ok());
    await tc3({
      middleware: [{ before: (r) => void Object.assign(r.headers, { authorization: "forged", "X-TC-Action": "DeleteAll", "x-tc-region": "elsewhere" }) }],
    }).request("DescribeInstances");
    const s = server.seen[0]!;
    expect(s.headers.authorization).toMatch(/^TC3-HMAC-SHA256 /);
    expect(s.rawHeaders.filter((n, i) => i % 2 === 0 && n.toLowerCase() === "authorization")).toHaveLength(1);
    expect(s.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(s.headers["x-tc-action"]).toBe("DescribeInstances");
  });

  it("baseUrl set by middleware changes where the request goes, not the signed host", async () => {
    server.reset(() => ok());
    const c = localClient(server, transport, {
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      credentials: creds,
      endpointOverride: "http://127.0.0.1:1", // would be refused: the middleware redirects to the live server
    });
    const base = server.base;
    await c.request("DescribeInstances", {}, { middleware: [{ before: (r) => void (r.baseUrl = base) }], maxAttempts: 1 });
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]!.headers.host).toBe("cvm.tencentcloudapi.com");
  });

  it("orders before in stack order (client, then call) and after/onError in reverse; state is per attempt", async () => {
    server.reset((_s, n) => (n === 1 ? { status: 503, body: "busy" } : ok("second")));
    const order: string[] = [];
    const mk = (name: string): Middleware => ({
      before: (r) => void (order.push(`before ${name} #${r.attempt}`), (r.state[name] = r.attempt)),
      after: (r) => void order.push(`after ${name} #${r.request.state[name]} ${r.status}`),
      onError: (f) => void order.push(`onError ${name} retry=${f.willRetry}`),
    });
    const res = await tc3({ middleware: [mk("a")] }).request("DescribeInstances", {}, { middleware: [mk("b")] });
    expect(res.RequestId).toBe("second");
    expect(order).toEqual([
      "before a #1",
      "before b #1",
      "after b #1 503",
      "after a #1 503",
      "onError b retry=true",
      "onError a retry=true",
      "before a #2",
      "before b #2",
      "after b #2 200",
      "after a #2 200",
    ]);
  });

  it("after() can rewrite the body before parsing, and sees duration and status (a timing middleware)", async () => {
    server.reset(() => ({ ...ok("orig"), delayMs: 30 }));
    const timings: number[] = [];
    const timing: Middleware = {
      before: (r) => void (r.state.t0 = performance.now()),
      after: (r) => {
        timings.push(performance.now() - (r.request.state.t0 as number));
        r.body = r.body.replace("orig", "rewritten");
      },
    };
    const res = await tc3({ middleware: [timing] }).request("DescribeInstances");
    expect(res.RequestId).toBe("rewritten");
    expect(timings).toHaveLength(1);
    expect(timings[0]!).toBeGreaterThanOrEqual(25);
  });

  it("a throwing before() fails the attempt without sending; a throwing onError is logged and ignored", async () => {
    server.reset(() => ok());
    const warned: string[] = [];
    const err = await tc3({
      logger: { warn: (m: string) => warned.push(m) },
      middleware: [
        {
          before: () => {
            throw new Error("policy says no");
          },
          onError: () => {
            throw new Error("broken");
          },
        },
      ],
    })
      .request("CreateInstance")
      .catch((e) => e);
    expect(err.message).toBe("policy says no");
    expect(server.seen).toHaveLength(0);
    expect(warned).toContain("middleware onError threw");
  });

  it("middleware never sees the secret key, token or signature", async () => {
    server.reset(() => ({
      status: 200,
      body: JSON.stringify({ Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: `bad ${creds.secretKey}` }, RequestId: "x" } }),
    }));
    const seen: string[] = [];
    const spy: Middleware = {
      before: (r) => void seen.push(JSON.stringify(r)),
      after: (r) => void seen.push(JSON.stringify({ h: r.headers, b: r.body })),
      onError: (f) => void seen.push(String((f.error as Error).message)),
    };
    const err = await tc3({ middleware: [spy], credentials: { ...creds, token: "SessionTokenForMiddlewareTest" } })
      .request("DescribeInstances", {}, { maxAttempts: 1 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AuthFailureError);
    const all = seen.join("\n");
    expect(seen.length).toBe(3);
    expect(all).not.toContain(creds.secretKey);
    expect(all).not.toContain("SessionTokenForMiddlewareTest");
    expect(all).not.toMatch(/Signature=/);
  });
});

describe("headers and identity", () => {
  it("sends User-Agent doc2sdk/<v> <package>/<v> node/<v> and X-TC-RequestClient; client and call headers", async () => {
    server.reset(() => ok());
    await tc3({
      sdk: { name: "@doc2sdk/tencentcloud-cvm", version: "1.2.3" },
      userAgent: "my-app/9",
      headers: { "X-Client": "c", "X-Both": "client" },
    }).request("DescribeInstances", {}, { headers: { "x-both": "call" } });
    const h = server.seen[0]!.headers;
    expect(h["user-agent"]).toBe(`doc2sdk/${RUNTIME_VERSION} @doc2sdk/tencentcloud-cvm/1.2.3 node/${process.versions.node} my-app/9`);
    expect(h["x-tc-requestclient"]).toBe(`doc2sdk/${RUNTIME_VERSION} @doc2sdk/tencentcloud-cvm/1.2.3`);
    expect(h["x-client"]).toBe("c");
    expect(h["x-both"]).toBe("call");
    expect(server.seen[0]!.rawHeaders.filter((n) => n.toLowerCase() === "x-both")).toHaveLength(1);
  });

  it("without sdk parts (today's generated clients) the User-Agent still names doc2sdk and node; headers may replace it", async () => {
    server.reset(() => ok());
    await tc3().request("DescribeInstances");
    await tc3({ headers: { "user-agent": "custom/1" } }).request("DescribeInstances");
    expect(server.seen[0]!.headers["user-agent"]).toBe(`doc2sdk/${RUNTIME_VERSION} node/${process.versions.node}`);
    expect(server.seen[1]!.rawHeaders.filter((n, i) => i % 2 === 0 && n.toLowerCase() === "user-agent")).toHaveLength(1);
    expect(server.seen[1]!.headers["user-agent"]).toBe("custom/1");
  });

  it("Alibaba requests carry the User-Agent (and no Tencent header), signature still valid", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ RequestId: "a1" }) }));
    const c = localClient(server, transport, {
      protocol: "aliyun-rpc-v1",
      service: "ecs",
      apiVersion: "2014-05-26",
      endpoint: "ecs.aliyuncs.com",
      region: "cn-hangzhou",
      credentials: creds,
      sdk: { name: "@doc2sdk/aliyun-ecs", version: "0.1.0" },
    });
    await c.request("DescribeRegions");
    const s = server.seen[0]!;
    expect(s.headers["user-agent"]).toContain("@doc2sdk/aliyun-ecs/0.1.0");
    expect(s.headers["x-tc-requestclient"]).toBeUndefined();
    const q = Object.fromEntries(new URL(s.url, "http://x").searchParams);
    const { Signature, ...rest } = q;
    expect(signAliyunRpc({ method: "GET", accessKeySecret: creds.secretKey, params: rest }).signature).toBe(Signature);
  });

  it("RUNTIME_VERSION is the package's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(RUNTIME_VERSION).toBe(pkg.version);
  });
});

describe("region", () => {
  const noRegion = (extra: Record<string, unknown> = {}) =>
    localClient(server, transport, {
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      credentials: creds,
      profile: "no-such-profile",
      ...extra,
    });

  it("comes from TENCENTCLOUD_REGION when the option is absent; the option wins", async () => {
    vi.stubEnv("TENCENTCLOUD_REGION", "ap-beijing");
    server.reset(() => ok());
    await noRegion().request("DescribeInstances");
    await noRegion({ region: "ap-chengdu" }).request("DescribeInstances");
    expect(server.seen.map((s) => s.headers["x-tc-region"])).toEqual(["ap-beijing", "ap-chengdu"]);
  });

  it("comes from ALIBABA_CLOUD_REGION_ID for Alibaba", async () => {
    vi.stubEnv("ALIBABA_CLOUD_REGION_ID", "cn-shanghai");
    server.reset(() => ({ status: 200, body: JSON.stringify({ RequestId: "a" }) }));
    await localClient(server, transport, {
      protocol: "aliyun-rpc-v1",
      service: "ecs",
      apiVersion: "2014-05-26",
      endpoint: "ecs.aliyuncs.com",
      credentials: creds,
    }).request("DescribeZones");
    expect(new URL(server.seen[0]!.url, "http://x").searchParams.get("RegionId")).toBe("cn-shanghai");
  });

  it("else from the profile chosen by TENCENTCLOUD_PROFILE (file read once per client)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-region-"));
    vi.stubEnv("HOME", dir);
    vi.stubEnv("TENCENTCLOUD_PROFILE", "prod");
    vi.stubEnv("TENCENTCLOUD_REGION", "");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, ".tencentcloud"));
    writeFileSync(
      join(dir, ".tencentcloud", "credentials"),
      "[default]\nregion = ap-default\n[prod]\nsecret_id = AKIDprofile\nsecret_key = profilesecretvalue\nregion = ap-hongkong\n",
    );
    server.reset(() => ok());
    const c = localClient(server, transport, { protocol: "tc3-hmac-sha256", service: "cvm", apiVersion: "2017-03-12", endpoint: "cvm.tencentcloudapi.com" });
    await c.request("DescribeInstances");
    await c.request("DescribeInstances");
    expect(server.seen.map((s) => s.headers["x-tc-region"])).toEqual(["ap-hongkong", "ap-hongkong"]);
    // the same profile supplied the credentials
    expect(String(server.seen[0]!.headers.authorization)).toContain("Credential=AKIDprofile/");
  });

  it("requireRegion: no region fails before sending, with a clear error; a per-call region satisfies it", async () => {
    vi.stubEnv("TENCENTCLOUD_REGION", "");
    server.reset(() => ok());
    const c = noRegion({ requireRegion: true });
    const err = await c.request("DescribeInstances").catch((e) => e);
    expect(err).toBeInstanceOf(MissingRegionError);
    expect(err.message).toMatch(/TENCENTCLOUD_REGION/);
    expect(server.seen).toHaveLength(0);
    await c.request("DescribeInstances", {}, { region: "ap-nanjing" });
    expect(server.seen[0]!.headers["x-tc-region"]).toBe("ap-nanjing");
  });

  it("default (no requireRegion): a request without a region still goes out, without X-TC-Region", async () => {
    vi.stubEnv("TENCENTCLOUD_REGION", "");
    server.reset(() => ok());
    await noRegion().request("DescribeInstances");
    expect(server.seen[0]!.headers["x-tc-region"]).toBeUndefined();
  });
});

describe("JSON.stringify of a client with the new options", () => {
  it("works after requests went through its agent and transport, and names middleware without their code", async () => {
    const http = await import("node:http");
    const agent = new http.Agent({ keepAlive: true });
    server.reset(() => ok());
    const c = tc3({
      agent,
      transport: undefined,
      middleware: [{ name: "timing", before() {} }],
      headers: { Authorization: "Bearer user-supplied-secret-value" },
    });
    await c.request("DescribeInstances");
    const withTransport = tc3();
    await withTransport.request("DescribeInstances");
    const text = JSON.stringify(c);
    expect(JSON.parse(text)).toMatchObject({ agent: "[Agent]", middleware: ["timing"], credentials: "[REDACTED]" });
    expect(text).not.toContain("user-supplied-secret-value");
    expect(JSON.parse(JSON.stringify(withTransport)).transport).toBe("[NodeHttpTransport]");
    agent.destroy();
  });
});

describe("middleware and the redaction guarantee, all protocols", () => {
  const TOKEN = "MiddlewareSessionToken-DoNotLeak";
  const configs = [
    { protocol: "tc3-hmac-sha256", service: "cvm", apiVersion: "2017-03-12", endpoint: "cvm.tencentcloudapi.com" },
    { protocol: "tencentcloud-v1", service: "cvm", apiVersion: "2017-03-12", endpoint: "cvm.tencentcloudapi.com" },
    { protocol: "aliyun-rpc-v1", service: "ecs", apiVersion: "2014-05-26", endpoint: "ecs.aliyuncs.com" },
  ] as const;
  for (const cfg of configs) {
    for (const httpMethod of ["GET", "POST"] as const) {
      it(`${cfg.protocol} ${httpMethod}: a server echoing the whole signed request reaches middleware scrubbed`, async () => {
        // the echo carries the signature, the token and the Authorization header: worst case
        server.reset((s) => ({
          status: 400,
          body: JSON.stringify({ Code: "Echo", Message: JSON.stringify(s), Response: { Error: { Code: "Echo", Message: JSON.stringify(s) }, RequestId: "e" } }),
        }));
        const dump: string[] = [];
        const spy: Middleware = {
          before: (r) => void dump.push(JSON.stringify(r)),
          after: (r) => void dump.push(JSON.stringify({ h: r.headers, b: r.body })),
          onError: (f) => void dump.push(String((f.error as Error).message), String((f.error as Error).stack)),
        };
        const c = localClient(server, transport, {
          ...cfg,
          region: "ap-guangzhou",
          httpMethod,
          credentials: { ...creds, token: TOKEN },
          middleware: [spy],
          maxAttempts: 1,
        });
        await c.request("DescribeInstances", { Limit: 1 }).catch(() => undefined);
        expect(dump.length).toBeGreaterThanOrEqual(3);
        const echoed = server.seen[0]!;
        const signature =
          String(echoed.headers.authorization ?? "").split("Signature=")[1] ?? new URLSearchParams(echoed.body || echoed.url.split("?")[1]).get("Signature");
        expect(signature).toBeTruthy();
        const all = dump.join("\n");
        expect(all).not.toContain(creds.secretKey);
        expect(all).not.toContain(TOKEN);
        expect(all).not.toContain(signature!);
      });
    }
  }
});
