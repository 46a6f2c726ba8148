/**
 * Credential providers against loopback stand-ins of the vendors' STS and metadata endpoints.
 * The STS stand-in checks each AssumeRole signature with the runtime's own signers, so a provider
 * that signs wrongly fails here; expiry, refresh, shared refreshes and refresh failures are driven
 * by an injected clock.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ServiceClient } from "../src/client.js";
import { assumeRoleCredentials, instanceRoleCredentials, webIdentityCredentials } from "../src/credential-providers.js";
import { CredentialsError, cachingCredentials, defaultCredentialChain } from "../src/credentials.js";
import { signAliyunRpc } from "../src/signing/aliyun-rpc-signer.js";
import { signTc3 } from "../src/signing/tc3-signer.js";
import { useLocalServer, type Reply, type SeenRequest } from "./helpers/local-server.js";

const SOURCE = { secretId: "AKIDsourcekey00000000000", secretKey: "SourceSecretKey-DoNotLeak-1" };
const TMP = { id: "AKIDtmpkey000000000", key: "TmpSecretKey-DoNotLeak-22", token: "TmpSessionToken-DoNotLeak-333" };
const { server, transport } = useLocalServer();

afterEach(() => vi.unstubAllEnvs());

/** True when the TC3 Authorization of a request was made with `secretKey` for host/service. */
function tc3Valid(s: SeenRequest, secretId: string, secretKey: string, host: string, service: string): boolean {
  const signed = signTc3({
    method: "POST",
    host,
    payload: s.body,
    contentType: String(s.headers["content-type"]),
    timestamp: Number(s.headers["x-tc-timestamp"]),
    service,
    secretId,
    secretKey,
  });
  return s.headers.authorization === signed.authorization;
}

function aliyunValid(s: SeenRequest, secretKey: string): boolean {
  const q = Object.fromEntries(new URL(s.url, "http://x").searchParams);
  const { Signature, ...rest } = q;
  return signAliyunRpc({ method: "GET", accessKeySecret: secretKey, params: rest }).signature === Signature;
}

const tencentSts = (expiredTime: number, n = 1): Reply => ({
  status: 200,
  body: JSON.stringify({
    Response: {
      Credentials: { Token: `${TMP.token}-${n}`, TmpSecretId: `${TMP.id}${n}`, TmpSecretKey: `${TMP.key}-${n}` },
      ExpiredTime: expiredTime,
      Expiration: new Date(expiredTime * 1000).toISOString(),
      RequestId: `sts-${n}`,
    },
  }),
});

describe("Tencent STS AssumeRole (TC3)", () => {
  it("signs AssumeRole with the source keys, then the client signs with the temporary keys and sends X-TC-Token", async () => {
    const exp = Math.floor(Date.now() / 1000) + 7200;
    server.reset((s) => {
      if (s.headers["x-tc-action"] === "AssumeRole") {
        if (!tc3Valid(s, SOURCE.secretId, SOURCE.secretKey, "sts.tencentcloudapi.com", "sts"))
          return { status: 200, body: JSON.stringify({ Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: "bad" }, RequestId: "x" } }) };
        return tencentSts(exp);
      }
      const ok = tc3Valid(s, `${TMP.id}1`, `${TMP.key}-1`, "cvm.tencentcloudapi.com", "cvm") && s.headers["x-tc-token"] === `${TMP.token}-1`;
      return {
        status: 200,
        body: JSON.stringify({ Response: ok ? { RequestId: "api" } : { Error: { Code: "AuthFailure", Message: "tmp creds not used" }, RequestId: "x" } }),
      };
    });
    const provider = assumeRoleCredentials({
      vendor: "tencent",
      roleArn: "qcs::cam::uin/100:roleName/reader",
      roleSessionName: "s1",
      source: SOURCE,
      endpointOverride: server.base,
      transport,
    });
    const client = new ServiceClient({
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      credentials: provider,
      endpointOverride: server.base,
      transport,
    });
    expect((await client.request("DescribeInstances")).RequestId).toBe("api");
    expect((await client.request("DescribeInstances")).RequestId).toBe("api");
    const stsCalls = server.seen.filter((s) => s.headers["x-tc-action"] === "AssumeRole");
    expect(stsCalls).toHaveLength(1); // cached
    expect(JSON.parse(stsCalls[0]!.body)).toEqual({ RoleArn: "qcs::cam::uin/100:roleName/reader", RoleSessionName: "s1", DurationSeconds: 3600 });
    expect(stsCalls[0]!.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(stsCalls[0]!.headers["x-tc-version"]).toBe("2018-08-13");
    const c = await provider();
    expect(c.expiresAt).toBe(exp * 1000);
  });

  it("refreshes before expiry; concurrent callers share one refresh; a failed refresh keeps valid keys, then fails after expiry", async () => {
    let clock = 1_000_000_000_000;
    let n = 0;
    let failSts = false;
    server.reset(() => {
      n++;
      if (failSts) return { status: 500, body: JSON.stringify({ Response: { Error: { Code: "InternalError", Message: "sts down" }, RequestId: "e" } }) };
      return { ...tencentSts(Math.floor(clock / 1000) + 3600, n), delayMs: 20 };
    });
    const provider = assumeRoleCredentials({
      vendor: "tencent",
      roleArn: "qcs::cam::uin/1:roleName/r",
      source: SOURCE,
      endpointOverride: server.base,
      transport,
      now: () => clock,
      refreshBeforeMs: 300_000,
    });
    const first = await Promise.all(Array.from({ length: 20 }, () => provider()));
    expect(n).toBe(1);
    expect(new Set(first.map((c) => c.secretId))).toEqual(new Set([`${TMP.id}1`]));
    clock += 3600_000 - 400_000; // still outside the refresh window
    expect((await provider()).secretId).toBe(`${TMP.id}1`);
    expect(n).toBe(1);
    clock += 200_000; // inside the 5-minute window: refresh
    const second = await Promise.all(Array.from({ length: 10 }, () => provider()));
    expect(n).toBe(2);
    expect(new Set(second.map((c) => c.secretId))).toEqual(new Set([`${TMP.id}2`]));
    // refresh fails while the current keys are valid: keep them
    failSts = true;
    clock += 3600_000 - 250_000;
    expect((await provider()).secretId).toBe(`${TMP.id}2`);
    // past expiry, a failing refresh is an error naming the call, never a key
    clock += 300_000;
    const err = await provider().catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toMatch(/AssumeRole .*failed: InternalError: sts down/);
    expect(JSON.stringify({ m: err.message, s: err.stack })).not.toMatch(/DoNotLeak/);
  });

  it("an STS error reply (bad signature) becomes a CredentialsError; the API call is never sent", async () => {
    server.reset((s) =>
      s.headers["x-tc-action"] === "AssumeRole"
        ? { status: 200, body: JSON.stringify({ Response: { Error: { Code: "AuthFailure.SecretIdNotFound", Message: "no such key" }, RequestId: "x" } }) }
        : { status: 200, body: JSON.stringify({ Response: { RequestId: "api" } }) },
    );
    const provider = assumeRoleCredentials({
      vendor: "tencent",
      roleArn: "qcs::cam::uin/1:roleName/r",
      source: SOURCE,
      endpointOverride: server.base,
      transport,
    });
    const client = new ServiceClient({
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      region: "ap-guangzhou",
      credentials: provider,
      endpointOverride: server.base,
      transport,
    });
    const err = await client.request("DescribeInstances").catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toContain("AuthFailure.SecretIdNotFound");
    expect(server.seen.every((s) => s.headers["x-tc-action"] === "AssumeRole")).toBe(true);
  });

  it("source credentials that cannot be found: the error names the AssumeRole call, and nothing is sent", async () => {
    server.reset(() => ({ status: 500, body: "" }));
    const p = assumeRoleCredentials({
      vendor: "tencent",
      roleArn: "qcs::cam::uin/1:roleName/r",
      source: async () => {
        throw new CredentialsError("no source keys here");
      },
      endpointOverride: server.base,
      transport,
    });
    await expect(p()).rejects.toThrow(/^Tencent STS AssumeRole \(qcs::cam::uin\/1:roleName\/r\): .*no source keys here/);
    expect(server.seen).toHaveLength(0);
  });

  it("a response without complete Credentials or expiry is refused", async () => {
    server.reset(() => ({ status: 200, body: JSON.stringify({ Response: { Credentials: { TmpSecretId: "a" }, RequestId: "x" } }) }));
    const p = assumeRoleCredentials({ vendor: "tencent", roleArn: "r", source: SOURCE, endpointOverride: server.base, transport });
    await expect(p()).rejects.toThrow(/no complete Credentials/);
    server.reset(() => ({
      status: 200,
      body: JSON.stringify({ Response: { Credentials: { TmpSecretId: "a", TmpSecretKey: "b", Token: "c" }, RequestId: "x" } }),
    }));
    const p2 = assumeRoleCredentials({ vendor: "tencent", roleArn: "r", source: SOURCE, endpointOverride: server.base, transport });
    await expect(p2()).rejects.toThrow(/no valid expiry/);
  });
});

describe("Alibaba STS AssumeRole (RPC)", () => {
  it("signs AssumeRole with HMAC-SHA1 RPC and returns the Credentials with Expiration", async () => {
    const expiration = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, "Z");
    server.reset((s) => {
      const q = new URL(s.url, "http://x").searchParams;
      if (!aliyunValid(s, SOURCE.secretKey) || q.get("Action") !== "AssumeRole")
        return { status: 400, body: JSON.stringify({ Code: "SignatureDoesNotMatch", Message: "bad", RequestId: "x" }) };
      return {
        status: 200,
        body: JSON.stringify({
          RequestId: "r",
          Credentials: { AccessKeyId: "STS.tmpid", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration },
          AssumedRoleUser: {},
        }),
      };
    });
    vi.stubEnv("ALIBABA_CLOUD_REGION_ID", "cn-beijing"); // the caller's region is not sent to STS
    const p = assumeRoleCredentials({
      vendor: "aliyun",
      roleArn: "acs:ram::123:role/reader",
      roleSessionName: "s",
      durationSeconds: 900,
      source: SOURCE,
      endpointOverride: server.base,
      transport,
    });
    const c = await p();
    expect(c).toEqual({ secretId: "STS.tmpid", secretKey: TMP.key, token: TMP.token, expiresAt: Date.parse(expiration) });
    const q = new URL(server.seen[0]!.url, "http://x").searchParams;
    expect([q.get("Version"), q.get("RoleArn"), q.get("RoleSessionName"), q.get("DurationSeconds"), q.get("AccessKeyId")]).toEqual([
      "2015-04-01",
      "acs:ram::123:role/reader",
      "s",
      "900",
      SOURCE.secretId,
    ]);
    expect(q.has("RegionId")).toBe(false);
  });

  it("an Alibaba STS error is a CredentialsError with the code", async () => {
    server.reset(() => ({ status: 403, body: JSON.stringify({ Code: "NoPermission", Message: "You are not authorized", RequestId: "x" }) }));
    const p = assumeRoleCredentials({ vendor: "aliyun", roleArn: "acs:ram::1:role/r", source: SOURCE, endpointOverride: server.base, transport });
    await expect(p()).rejects.toThrow(/failed: NoPermission/);
  });
});

describe("instance metadata role", () => {
  it("Tencent CVM: finds the role, reads its credentials, refreshes after expiry", async () => {
    let clock = 2_000_000_000_000;
    let n = 0;
    server.reset((s) => {
      if (s.url === "/latest/meta-data/cam/security-credentials/") return { status: 200, body: "cvm-role\n" };
      if (s.url === "/latest/meta-data/cam/security-credentials/cvm-role") {
        n++;
        return {
          status: 200,
          body: JSON.stringify({
            TmpSecretId: `${TMP.id}${n}`,
            TmpSecretKey: TMP.key,
            Token: TMP.token,
            ExpiredTime: Math.floor(clock / 1000) + 600,
            Code: "Success",
          }),
        };
      }
      return { status: 404, body: "not found" };
    });
    const p = instanceRoleCredentials({ vendor: "tencent", baseUrl: server.base, transport, now: () => clock });
    expect((await p()).secretId).toBe(`${TMP.id}1`);
    expect((await p()).secretId).toBe(`${TMP.id}1`);
    clock += 400_000; // within 5 minutes of expiry
    expect((await p()).secretId).toBe(`${TMP.id}2`);
    expect(server.seen.map((s) => s.url)).toEqual([
      "/latest/meta-data/cam/security-credentials/",
      "/latest/meta-data/cam/security-credentials/cvm-role",
      "/latest/meta-data/cam/security-credentials/",
      "/latest/meta-data/cam/security-credentials/cvm-role",
    ]);
  });

  it("Alibaba ECS: a named role, ISO Expiration", async () => {
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    server.reset((s) =>
      s.url === "/latest/meta-data/ram/security-credentials/ecs-role"
        ? {
            status: 200,
            body: JSON.stringify({ AccessKeyId: "STS.ecs", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration, Code: "Success" }),
          }
        : { status: 404, body: "" },
    );
    const c = await instanceRoleCredentials({ vendor: "aliyun", roleName: "ecs-role", baseUrl: server.base, transport })();
    expect(c).toEqual({ secretId: "STS.ecs", secretKey: TMP.key, token: TMP.token, expiresAt: Date.parse(expiration) });
  });

  it("Alibaba ECS hardened mode: PUT /latest/api/token, then every read carries the token", async () => {
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    server.reset((s) => {
      if (s.method === "PUT" && s.url === "/latest/api/token") {
        return s.headers["x-aliyun-ecs-metadata-token-ttl-seconds"] === "21600" ? { status: 200, body: "metadata-token-value" } : { status: 400, body: "" };
      }
      if (s.headers["x-aliyun-ecs-metadata-token"] !== "metadata-token-value") return { status: 403, body: "" };
      if (s.url === "/latest/meta-data/ram/security-credentials/") return { status: 200, body: "hardened-role" };
      return {
        status: 200,
        body: JSON.stringify({ AccessKeyId: "STS.hard", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration, Code: "Success" }),
      };
    });
    const c = await instanceRoleCredentials({ vendor: "aliyun", baseUrl: server.base, transport })();
    expect(c.secretId).toBe("STS.hard");
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "PUT /latest/api/token",
      "GET /latest/meta-data/ram/security-credentials/",
      "GET /latest/meta-data/ram/security-credentials/hardened-role",
    ]);
    // a service without tokens: "try" falls back to plain reads, "require" fails, "off" never asks
    server.reset((s) =>
      s.method === "PUT"
        ? { status: 404, body: "" }
        : {
            status: 200,
            body: JSON.stringify({ AccessKeyId: "STS.plain", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration, Code: "Success" }),
          },
    );
    expect((await instanceRoleCredentials({ vendor: "aliyun", roleName: "r", baseUrl: server.base, transport })()).secretId).toBe("STS.plain");
    await expect(instanceRoleCredentials({ vendor: "aliyun", roleName: "r", baseUrl: server.base, transport, metadataToken: "require" })()).rejects.toThrow(
      /no metadata token \(HTTP 404\)/,
    );
    server.reset(() => ({
      status: 200,
      body: JSON.stringify({ AccessKeyId: "STS.off", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration, Code: "Success" }),
    }));
    await instanceRoleCredentials({ vendor: "aliyun", roleName: "r", baseUrl: server.base, transport, metadataToken: "off" })();
    expect(server.seen.map((s) => s.method)).toEqual(["GET"]);
  });

  it("failures: no role (404), a Code other than Success, a non-JSON answer, no service at all", async () => {
    server.reset(() => ({ status: 404, body: "" }));
    await expect(instanceRoleCredentials({ vendor: "tencent", baseUrl: server.base, transport })()).rejects.toThrow(/HTTP 404/);
    server.reset((s) => (s.url.endsWith("/") ? { status: 200, body: "r" } : { status: 200, body: JSON.stringify({ Code: "Failed" }) }));
    await expect(instanceRoleCredentials({ vendor: "aliyun", baseUrl: server.base, transport })()).rejects.toThrow(/says Failed/);
    server.reset(() => ({ status: 200, body: "<html>" }));
    await expect(instanceRoleCredentials({ vendor: "aliyun", roleName: "r", baseUrl: server.base, transport })()).rejects.toThrow(/not answer JSON/);
    const err = await instanceRoleCredentials({ vendor: "tencent", baseUrl: "http://127.0.0.1:1", timeoutMs: 500 })().catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});

describe("OIDC web identity", () => {
  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-oidc-"));
  const tokenFile = join(dir, "token");
  const OIDC = "eyJhbGciOiJSUzI1NiJ9.oidc-token-DoNotLeak.sig";

  it("Tencent AssumeRoleWithWebIdentity from TKE_* variables: unsigned (Authorization: SKIP), token file re-read on refresh", async () => {
    writeFileSync(tokenFile, OIDC + "\n");
    let clock = 3_000_000_000_000;
    server.reset((s, n) => tencentSts(Math.floor(clock / 1000) + 600, n));
    const env = {
      TKE_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      TKE_ROLE_ARN: "qcs::cam::uin/1:roleName/pod",
      TKE_PROVIDER_ID: "tke-oidc",
      TKE_REGION: "ap-shanghai",
    };
    const p = webIdentityCredentials({ vendor: "tencent", env, endpointOverride: server.base, transport, now: () => clock, roleSessionName: "pod" });
    expect((await p()).token).toBe(`${TMP.token}-1`);
    const s = server.seen[0]!;
    expect(s.headers.authorization).toBe("SKIP");
    expect(s.headers["x-tc-action"]).toBe("AssumeRoleWithWebIdentity");
    expect(s.headers["x-tc-region"]).toBe("ap-shanghai");
    expect(JSON.parse(s.body)).toEqual({
      ProviderId: "tke-oidc",
      WebIdentityToken: OIDC,
      RoleArn: "qcs::cam::uin/1:roleName/pod",
      RoleSessionName: "pod",
      DurationSeconds: 3600,
    });
    writeFileSync(tokenFile, "rotated-token-value");
    clock += 400_000;
    expect((await p()).token).toBe(`${TMP.token}-2`);
    expect(JSON.parse(server.seen[1]!.body).WebIdentityToken).toBe("rotated-token-value");
  });

  it("Alibaba AssumeRoleWithOIDC: form POST without AccessKeyId or Signature; errors do not echo the token", async () => {
    writeFileSync(tokenFile, OIDC);
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    server.reset(() => ({
      status: 200,
      body: JSON.stringify({
        RequestId: "r",
        Credentials: { AccessKeyId: "STS.oidc", AccessKeySecret: TMP.key, SecurityToken: TMP.token, Expiration: expiration },
      }),
    }));
    const env = {
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
      ALIBABA_CLOUD_ROLE_ARN: "acs:ram::1:role/pod",
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: "acs:ram::1:oidc-provider/ack",
    };
    const c = await webIdentityCredentials({ vendor: "aliyun", env, endpointOverride: server.base, transport })();
    expect(c.secretId).toBe("STS.oidc");
    const form = new URLSearchParams(server.seen[0]!.body);
    expect(form.get("Action")).toBe("AssumeRoleWithOIDC");
    expect(form.get("OIDCToken")).toBe(OIDC);
    expect(form.get("OIDCProviderArn")).toBe("acs:ram::1:oidc-provider/ack");
    expect(form.has("AccessKeyId") || form.has("Signature")).toBe(false);
    server.reset(() => ({ status: 400, body: JSON.stringify({ Code: "InvalidParameter.OIDCToken", Message: `token ${OIDC} is expired`, RequestId: "x" }) }));
    const err = await webIdentityCredentials({ vendor: "aliyun", env, endpointOverride: server.base, transport })().catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toContain("InvalidParameter.OIDCToken");
    expect(err.message).not.toContain("oidc-token-DoNotLeak");
  });

  it("missing variables or an unreadable token file fail clearly, before any request", async () => {
    server.reset(() => ({ status: 500, body: "" }));
    await expect(webIdentityCredentials({ vendor: "tencent", env: {} })()).rejects.toThrow(
      /TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN, TKE_PROVIDER_ID not set/,
    );
    await expect(
      webIdentityCredentials({
        vendor: "aliyun",
        env: { ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(dir, "nope"), ALIBABA_CLOUD_ROLE_ARN: "r", ALIBABA_CLOUD_OIDC_PROVIDER_ARN: "p" },
        endpointOverride: server.base,
        transport,
      })(),
    ).rejects.toThrow(/not readable/);
    expect(server.seen).toHaveLength(0);
  });
});

describe("default chain", () => {
  it("ALIBABA_CLOUD_PROFILE chooses the profile; a profile with role_arn is assumed with its keys", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-chain-"));
    const file = join(dir, "credentials.ini");
    writeFileSync(
      file,
      `[default]\naccess_key_id = LTAIdefault\naccess_key_secret = defaultsecretvalue\n[dev]\naccess_key_id = LTAIdev\naccess_key_secret = devsecretvalue\n`,
    );
    const env = { ALIBABA_CLOUD_CREDENTIALS_FILE: file, ALIBABA_CLOUD_PROFILE: "dev" };
    expect((await defaultCredentialChain("aliyun", undefined, { env })()).secretId).toBe("LTAIdev");
    expect((await defaultCredentialChain("aliyun", "default", { env })()).secretId).toBe("LTAIdefault"); // the option wins
  });

  it("Tencent profile with role_arn: AssumeRole signed with the profile's keys, session name from the profile", async () => {
    const home = mkdtempSync(join(tmpdir(), "doc2sdk-home-"));
    mkdirSync(join(home, ".tencentcloud"));
    writeFileSync(
      join(home, ".tencentcloud", "credentials"),
      `[ops]\nsecret_id = ${SOURCE.secretId}\nsecret_key = ${SOURCE.secretKey}\nrole_arn = qcs::cam::uin/1:roleName/ops\nrole_session_name = ops-session\n`,
    );
    vi.stubEnv("HOME", home);
    const exp = Math.floor(Date.now() / 1000) + 3600;
    server.reset((s) => (tc3Valid(s, SOURCE.secretId, SOURCE.secretKey, "sts.tencentcloudapi.com", "sts") ? tencentSts(exp) : { status: 401, body: "{}" }));
    const c = await defaultCredentialChain("tencent", undefined, { env: { TENCENTCLOUD_PROFILE: "ops" }, sts: { endpointOverride: server.base, transport } })();
    expect(c.secretId).toBe(`${TMP.id}1`);
    expect(c.token).toBe(`${TMP.token}-1`);
    expect(JSON.parse(server.seen[0]!.body)).toMatchObject({ RoleArn: "qcs::cam::uin/1:roleName/ops", RoleSessionName: "ops-session" });
  });

  it("web identity variables put OIDC ahead of the profile; the instance role answers when named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-chain2-"));
    writeFileSync(join(dir, "tok"), "chain-oidc-token");
    server.reset((s) => {
      if (s.url.startsWith("/latest/meta-data/ram/security-credentials/ecs-role")) {
        return {
          status: 200,
          body: JSON.stringify({
            AccessKeyId: "STS.meta",
            AccessKeySecret: TMP.key,
            SecurityToken: TMP.token,
            Expiration: new Date(Date.now() + 3600_000).toISOString(),
            Code: "Success",
          }),
        };
      }
      return {
        status: 200,
        body: JSON.stringify({
          RequestId: "r",
          Credentials: {
            AccessKeyId: "STS.oidc",
            AccessKeySecret: TMP.key,
            SecurityToken: TMP.token,
            Expiration: new Date(Date.now() + 3600_000).toISOString(),
          },
        }),
      };
    });
    const oidcEnv = {
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(dir, "tok"),
      ALIBABA_CLOUD_ROLE_ARN: "acs:ram::1:role/pod",
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: "acs:ram::1:oidc-provider/ack",
      ALIBABA_CLOUD_CREDENTIALS_FILE: join(dir, "none.ini"),
    };
    const viaOidc = await defaultCredentialChain("aliyun", undefined, { env: oidcEnv, sts: { endpointOverride: server.base, transport } })();
    expect(viaOidc.secretId).toBe("STS.oidc");
    const viaMeta = await defaultCredentialChain("aliyun", undefined, {
      env: { ALIBABA_CLOUD_ECS_METADATA: "ecs-role", ALIBABA_CLOUD_CREDENTIALS_FILE: join(dir, "none.ini") },
      metadata: { baseUrl: server.base, transport },
    })();
    expect(viaMeta.secretId).toBe("STS.meta");
  });

  it("the instance role is used only when TENCENTCLOUD_CVM_ROLE names one", async () => {
    vi.stubEnv("HOME", mkdtempSync(join(tmpdir(), "doc2sdk-empty-")));
    const err = await defaultCredentialChain("tencent", "none", { env: {} })().catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toMatch(/instance role \(TENCENTCLOUD_CVM_ROLE\) not configured/);
  });
});

describe("cachingCredentials", () => {
  it("rethrows a failed first fetch and tries again on the next call", async () => {
    let n = 0;
    const p = cachingCredentials(async () => {
      n++;
      if (n === 1) throw new Error("first fails");
      return { secretId: "a", secretKey: "b", expiresAt: Date.now() + 3600_000 };
    });
    await expect(p()).rejects.toThrow("first fails");
    expect((await p()).secretId).toBe("a");
    expect(n).toBe(2);
  });
});
