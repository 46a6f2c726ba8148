/**
 * Temporary credentials from the vendors' own services: STS AssumeRole (signed with other
 * credentials), OIDC web identity (a token file, no keys at all) and the instance metadata
 * service of a VM with a role. Each returns credentials with `expiresAt`; `cachingCredentials`
 * wraps them so calls share them until shortly before expiry and concurrent callers share one
 * refresh. This module is the subpath @doc2sdk/runtime/credentials, loaded lazily by the default chain: a program using plain keys does
 * not load it.
 *
 * Field names and actions follow the vendors' API references: Tencent sts 2018-08-13 AssumeRole /
 * AssumeRoleWithWebIdentity (Credentials {Token, TmpSecretId, TmpSecretKey}, ExpiredTime in Unix
 * seconds), Alibaba Sts 2015-04-01 AssumeRole / AssumeRoleWithOIDC (Credentials {AccessKeyId,
 * AccessKeySecret, SecurityToken, Expiration}), CVM cam/security-credentials and ECS
 * ram/security-credentials.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { ServiceClient } from "./client.js";
import {
  CredentialsError,
  cachingCredentials,
  defaultCredentialChain,
  readProfile,
  type ChainOptions,
  type CredentialProvider,
  type Credentials,
  type Vendor,
} from "./credentials.js";
import { ServiceError } from "./errors.js";
import { INSTANCE_ROLE_ENV, METADATA_BASE_URL, WEB_IDENTITY_ENV } from "./role-credentials.js";

export { INSTANCE_ROLE_ENV, METADATA_BASE_URL, WEB_IDENTITY_ENV };
import { registerOptionalModule } from "./optional.js";
import { secretScrubber } from "./redact.js";
import { NodeHttpTransport, type Transport } from "./transport.js";
import { aliyunCanonicalQuery } from "./signing/aliyun-rpc-signer.js";
import { aliyunTimestamp } from "./wire/flatten.js";
import { parseResponse } from "./wire/parse-response.js";

const STS = {
  tencent: { endpoint: "sts.tencentcloudapi.com", version: "2018-08-13", region: "ap-guangzhou" },
  aliyun: { endpoint: "sts.aliyuncs.com", version: "2015-04-01" },
} as const;

/** Where and how to reach the STS endpoint (tests point `endpointOverride` at 127.0.0.1). */
export interface StsEndpointOptions {
  /** STS host; default sts.tencentcloudapi.com / sts.aliyuncs.com. */
  endpoint?: string;
  /** Base URL to send to instead of https://endpoint; the signed host stays `endpoint`. */
  endpointOverride?: string;
  /** Tencent: the X-TC-Region of the STS call (default ap-guangzhou). */
  region?: string;
  transport?: Transport;
  timeoutMs?: number;
  /** Refresh this long before expiry (default 5 minutes). */
  refreshBeforeMs?: number;
  /** Clock for the cache (tests). */
  now?: () => number;
}

export interface AssumeRoleOptions extends StsEndpointOptions {
  vendor: Vendor;
  /** qcs::cam::uin/...:roleName/... or acs:ram::...:role/... */
  roleArn: string;
  /** Default doc2sdk-<unix seconds>. */
  roleSessionName?: string;
  /** Default 3600. */
  durationSeconds?: number;
  /** The credentials that sign AssumeRole (default: environment, then profile). */
  source?: Credentials | CredentialProvider;
  /** An inline policy narrowing the role's permissions (JSON text). */
  policy?: string;
  externalId?: string;
}

function sessionName(given?: string): string {
  return given ?? `doc2sdk-${Math.floor(Date.now() / 1000)}`;
}

/** Credentials out of an STS response, with a clear error (no values) when a field is missing. */
function fromStsResponse(vendor: Vendor, body: Record<string, unknown>, what: string): Credentials {
  const c = (body.Credentials ?? {}) as Record<string, unknown>;
  const pick = (k: string) => (typeof c[k] === "string" && c[k] !== "" ? (c[k] as string) : undefined);
  const secretId = vendor === "tencent" ? pick("TmpSecretId") : pick("AccessKeyId");
  const secretKey = vendor === "tencent" ? pick("TmpSecretKey") : pick("AccessKeySecret");
  const token = vendor === "tencent" ? pick("Token") : pick("SecurityToken");
  const expiresAt = vendor === "tencent" ? Number(body.ExpiredTime) * 1000 : Date.parse(String(c.Expiration));
  if (!secretId || !secretKey || !token) throw new CredentialsError(`${what}: the response has no complete Credentials`);
  if (!Number.isFinite(expiresAt))
    throw new CredentialsError(`${what}: the response has no valid expiry (${vendor === "tencent" ? "ExpiredTime" : "Credentials.Expiration"})`);
  return { secretId, secretKey, token, expiresAt };
}

/** A service or network failure of a credentials call, as a CredentialsError naming the call. */
function wrap(what: string, e: unknown): CredentialsError {
  // already about this call, or about its source credentials (then say which call needed them)
  if (e instanceof CredentialsError) return e.message.startsWith(what) ? e : new CredentialsError(`${what}: ${e.message}`, { cause: e });
  const detail = e instanceof ServiceError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  return new CredentialsError(`${what} failed: ${detail}`, { cause: e });
}

/**
 * STS AssumeRole: Tencent (sts, TC3) or Alibaba (Sts, RPC), signed with `source`. Cached and
 * refreshed before expiry; concurrent callers share one refresh; a failed refresh keeps the
 * current credentials while they are still valid.
 */
export function assumeRoleCredentials(opts: AssumeRoleOptions): CredentialProvider {
  const vendor = opts.vendor;
  if (!opts.roleArn) throw new CredentialsError("assumeRoleCredentials: roleArn is required");
  const sts = STS[vendor];
  const client = new ServiceClient({
    protocol: vendor === "tencent" ? "tc3-hmac-sha256" : "aliyun-rpc-v1",
    service: "sts",
    apiVersion: sts.version,
    endpoint: opts.endpoint ?? sts.endpoint,
    endpointOverride: opts.endpointOverride,
    // Alibaba STS takes no RegionId: "" keeps the caller's ALIBABA_CLOUD_REGION_ID and profile region out
    region: vendor === "tencent" ? (opts.region ?? STS.tencent.region) : "",
    credentials: opts.source ?? defaultCredentialChain(vendor),
    transport: opts.transport,
    timeoutMs: opts.timeoutMs,
    // STS is not where the caller's environment region or profile region belongs
    profile: undefined,
  });
  const what = `${vendor === "tencent" ? "Tencent" : "Alibaba"} STS AssumeRole (${opts.roleArn})`;
  return cachingCredentials(
    async () => {
      const params: Record<string, unknown> = {
        RoleArn: opts.roleArn,
        RoleSessionName: sessionName(opts.roleSessionName),
        DurationSeconds: opts.durationSeconds ?? 3600,
      };
      if (opts.policy) params.Policy = opts.policy;
      if (opts.externalId) params.ExternalId = opts.externalId;
      try {
        return fromStsResponse(vendor, await client.request("AssumeRole", params, { maxAttempts: 2 }), what);
      } catch (e) {
        throw wrap(what, e);
      }
    },
    { refreshBeforeMs: opts.refreshBeforeMs, now: opts.now },
  );
}

export interface WebIdentityOptions extends StsEndpointOptions {
  vendor: Vendor;
  roleArn?: string;
  /** Tencent: the identity provider id (ProviderId). Alibaba: the OIDC provider ARN (OIDCProviderArn). */
  providerId?: string;
  /** File holding the OIDC token; read on every refresh (the platform rotates it). */
  tokenFile?: string;
  roleSessionName?: string;
  durationSeconds?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * OIDC web identity: the token file and role ARN (options, else the environment) are exchanged
 * for temporary credentials: Tencent AssumeRoleWithWebIdentity, Alibaba AssumeRoleWithOIDC. The
 * call is not signed (the token is the proof), so it is built here rather than by a signer.
 */
export function webIdentityCredentials(opts: WebIdentityOptions): CredentialProvider {
  const vendor = opts.vendor;
  const env = opts.env ?? process.env;
  const names = WEB_IDENTITY_ENV[vendor];
  const tokenFile = opts.tokenFile ?? env[names.tokenFile];
  const roleArn = opts.roleArn ?? env[names.roleArn];
  const providerId = opts.providerId ?? env[names.providerId];
  const missing = [!tokenFile && names.tokenFile, !roleArn && names.roleArn, !providerId && names.providerId].filter(Boolean);
  const region = opts.region ?? (names.region ? env[names.region] : undefined) ?? (vendor === "tencent" ? STS.tencent.region : undefined);
  const transport = opts.transport ?? new NodeHttpTransport({ proxy: opts.endpointOverride ? false : undefined });
  const action = vendor === "tencent" ? "AssumeRoleWithWebIdentity" : "AssumeRoleWithOIDC";
  const what = `${vendor === "tencent" ? "Tencent" : "Alibaba"} STS ${action}`;
  return cachingCredentials(
    async () => {
      if (missing.length) throw new CredentialsError(`${what}: ${missing.join(", ")} not set`);
      let token: string;
      try {
        token = (await readFile(tokenFile!, "utf8")).trim();
      } catch {
        throw new CredentialsError(`${what}: token file not readable: ${tokenFile}`);
      }
      if (!token) throw new CredentialsError(`${what}: token file is empty: ${tokenFile}`);
      const sts = STS[vendor];
      const host = opts.endpoint ?? sts.endpoint;
      const base = (opts.endpointOverride ?? `https://${host}`).replace(/\/+$/, "");
      const scrub = secretScrubber([token]);
      const name = sessionName(opts.roleSessionName);
      const duration = String(opts.durationSeconds ?? 3600);
      let req;
      if (vendor === "tencent") {
        const body = JSON.stringify({
          ProviderId: providerId,
          WebIdentityToken: token,
          RoleArn: roleArn,
          RoleSessionName: name,
          DurationSeconds: Number(duration),
        });
        const headers: Record<string, string> = {
          // the documented marker of an unsigned call
          Authorization: "SKIP",
          "Content-Type": "application/json; charset=utf-8",
          Host: host,
          "X-TC-Action": action,
          "X-TC-Timestamp": String(Math.floor(Date.now() / 1000)),
          "X-TC-Version": sts.version,
        };
        if (region) headers["X-TC-Region"] = region;
        req = { method: "POST" as const, url: `${base}/`, headers, body };
      } else {
        const form = aliyunCanonicalQuery({
          Action: action,
          Format: "JSON",
          Version: sts.version,
          Timestamp: aliyunTimestamp(),
          SignatureNonce: randomBytes(16).toString("hex"),
          RoleArn: roleArn!,
          OIDCProviderArn: providerId!,
          OIDCToken: token,
          RoleSessionName: name,
          DurationSeconds: duration,
        });
        req = { method: "POST" as const, url: `${base}/`, headers: { "Content-Type": "application/x-www-form-urlencoded", Host: host }, body: form };
      }
      try {
        const res = await transport.send({ ...req, timeoutMs: opts.timeoutMs ?? 10_000 });
        const parsed = parseResponse<Record<string, unknown>>(vendor === "tencent" ? "tc3-hmac-sha256" : "aliyun-rpc-v1", action, res, scrub);
        return fromStsResponse(vendor, parsed, what);
      } catch (e) {
        throw wrap(what, e);
      }
    },
    { refreshBeforeMs: opts.refreshBeforeMs, now: opts.now },
  );
}

export interface InstanceRoleOptions {
  vendor: Vendor;
  /** The role attached to the instance; default: the one the metadata service lists. */
  roleName?: string;
  /** Default http://metadata.tencentyun.com (CVM) / http://100.100.100.200 (ECS). */
  baseUrl?: string;
  /** Per metadata request (default 1000 ms: the service is local or absent). */
  timeoutMs?: number;
  /**
   * Alibaba ECS hardened mode: first PUT /latest/api/token and send the token with each read.
   * "try" (default): fall back to plain reads when no token is given; "require": fail; "off": never ask.
   */
  metadataToken?: "try" | "require" | "off";
  transport?: Transport;
  refreshBeforeMs?: number;
  now?: () => number;
}

/**
 * The role credentials of the instance the program runs on: Tencent CVM
 * (/latest/meta-data/cam/security-credentials/<role>) or Alibaba ECS
 * (/latest/meta-data/ram/security-credentials/<role>). Never through a proxy: the metadata
 * service is link-local.
 */
export function instanceRoleCredentials(opts: InstanceRoleOptions): CredentialProvider {
  const vendor = opts.vendor;
  const base = (opts.baseUrl ?? METADATA_BASE_URL[vendor]).replace(/\/+$/, "");
  const path = `${base}/latest/meta-data/${vendor === "tencent" ? "cam" : "ram"}/security-credentials/`;
  const transport = opts.transport ?? new NodeHttpTransport({ proxy: false, maxSockets: 2 });
  const timeoutMs = opts.timeoutMs ?? 1000;
  const what = `${vendor === "tencent" ? "CVM" : "ECS"} instance role credentials`;
  const tokenMode = vendor === "aliyun" ? (opts.metadataToken ?? "try") : "off";
  const get = async (url: string, headers: Record<string, string>): Promise<string> => {
    const res = await transport.send({ method: "GET", url, headers, timeoutMs });
    if (res.status !== 200) throw new CredentialsError(`${what}: metadata service answered HTTP ${res.status} for ${url.slice(base.length)}`);
    return res.body;
  };
  /** The hardened-mode token (valid 6 hours; a new one per refresh), or no header. */
  const tokenHeaders = async (): Promise<Record<string, string>> => {
    if (tokenMode === "off") return {};
    let failure: string;
    try {
      const res = await transport.send({
        method: "PUT",
        url: `${base}/latest/api/token`,
        headers: { "X-aliyun-ecs-metadata-token-ttl-seconds": "21600" },
        body: "",
        timeoutMs,
      });
      const token = res.body.trim();
      if (res.status === 200 && token) return { "X-aliyun-ecs-metadata-token": token };
      failure = `HTTP ${res.status}`;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    if (tokenMode === "require") throw new CredentialsError(`${what}: no metadata token (${failure})`);
    return {};
  };
  return cachingCredentials(
    async () => {
      try {
        const headers = await tokenHeaders();
        const get1 = (url: string) => get(url, headers);
        const role =
          opts.roleName ??
          (await get1(path))
            .split(/\r?\n/)
            .map((l) => l.trim())
            .find(Boolean);
        if (!role) throw new CredentialsError(`${what}: no role is attached to this instance`);
        const text = await get1(path + encodeURIComponent(role));
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          throw new CredentialsError(`${what}: the metadata service did not answer JSON`);
        }
        if (body.Code !== undefined && body.Code !== "Success") throw new CredentialsError(`${what}: metadata service says ${String(body.Code)}`);
        // the metadata document is flat: the same fields as STS, without the Credentials wrapper
        return fromStsResponse(vendor, vendor === "tencent" ? { Credentials: body, ExpiredTime: body.ExpiredTime } : { Credentials: body }, what);
      } catch (e) {
        throw wrap(what, e);
      }
    },
    { refreshBeforeMs: opts.refreshBeforeMs, now: opts.now },
  );
}

/**
 * The providers the default chain adds after the environment keys, given the environment:
 * web identity when its variables are set, the profile (keys, or role_arn → AssumeRole with the
 * profile's keys), and the instance role when its variable names one.
 */
export function extendedChain(
  vendor: Vendor,
  profile: string | undefined,
  opts: ChainOptions = {},
): { webIdentity?: CredentialProvider; profileRole: CredentialProvider; instance?: CredentialProvider } {
  const env = opts.env ?? process.env;
  const w = WEB_IDENTITY_ENV[vendor];
  const webIdentity = env[w.tokenFile] && env[w.roleArn] ? webIdentityCredentials({ vendor, env, ...opts.sts }) : undefined;
  const roleName = env[INSTANCE_ROLE_ENV[vendor]];
  const instance = roleName ? instanceRoleCredentials({ vendor, roleName: roleName === "auto" ? undefined : roleName, ...opts.metadata }) : undefined;
  let assumed: CredentialProvider | undefined;
  const profileRole: CredentialProvider = async () => {
    const { section, path, profile: name } = await readProfile({ vendor, profile, env });
    const roleArn = section?.role_arn;
    if (!section || !roleArn) throw new CredentialsError(`profile [${name}] in ${path} has no role_arn`);
    const id = vendor === "tencent" ? section.secret_id : section.access_key_id;
    const key = vendor === "tencent" ? section.secret_key : section.access_key_secret;
    if (!id || !key) throw new CredentialsError(`profile [${name}] in ${path} has role_arn but no keys to assume it with`);
    assumed ??= assumeRoleCredentials({ vendor, roleArn, roleSessionName: section.role_session_name, source: { secretId: id, secretKey: key }, ...opts.sts });
    return assumed();
  };
  return { webIdentity, profileRole, instance };
}

// a program that bundles the runtime imports this file itself (`import "@doc2sdk/runtime/credentials"`): the default chain finds it here
registerOptionalModule("credentials", {
  assumeRoleCredentials,
  webIdentityCredentials,
  instanceRoleCredentials,
  extendedChain,
  WEB_IDENTITY_ENV,
  METADATA_BASE_URL,
  INSTANCE_ROLE_ENV,
});
