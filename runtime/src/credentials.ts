import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { loadOptionalModule } from "./optional.js";

export interface Credentials {
  secretId: string;
  secretKey: string;
  token?: string;
  /** Epoch milliseconds after which the credentials are no longer valid. */
  expiresAt?: number;
}

export type CredentialProvider = () => Promise<Credentials>;
export type Vendor = "tencent" | "aliyun";

export class CredentialsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CredentialsError";
  }
}

/**
 * Checks credentials before anything is signed with them: an empty or missing key, or keys under
 * another SDK's names (`accessKeyId`), used to go out as a signed request that could only fail
 * as an authentication error, far from the mistake. The message names fields, never values.
 */
export function validateCredentials(c: unknown, where = "credentials"): Credentials {
  if (c === null || typeof c !== "object")
    throw new CredentialsError(`${where} must be an object { secretId, secretKey, token? }, got ${c === null ? "null" : typeof c}`);
  const o = c as Record<string, unknown>;
  const foreign = [
    "accessKeyId",
    "accessKeySecret",
    "AccessKeyId",
    "AccessKeySecret",
    "securityToken",
    "SecretId",
    "SecretKey",
    "secret_id",
    "secret_key",
  ].filter((k) => k in o);
  if (foreign.length && (o.secretId === undefined || o.secretKey === undefined)) {
    throw new CredentialsError(
      `${where} has ${foreign.join(", ")}: doc2sdk takes { secretId, secretKey, token? } for every vendor (for Alibaba Cloud: secretId = AccessKey ID, secretKey = AccessKey secret, token = security token)`,
    );
  }
  for (const key of ["secretId", "secretKey"] as const) {
    const v = o[key];
    if (v === undefined || v === null) throw new CredentialsError(`${where}.${key} is missing`);
    if (typeof v !== "string") throw new CredentialsError(`${where}.${key} must be a string, got ${typeof v}`);
    if (v.trim() === "") throw new CredentialsError(`${where}.${key} is empty`);
    if (v !== v.trim()) throw new CredentialsError(`${where}.${key} has leading or trailing whitespace`);
  }
  if (o.token !== undefined && o.token !== null && typeof o.token !== "string")
    throw new CredentialsError(`${where}.token must be a string, got ${typeof o.token}`);
  if (o.expiresAt !== undefined && (typeof o.expiresAt !== "number" || !Number.isFinite(o.expiresAt)))
    throw new CredentialsError(`${where}.expiresAt must be epoch milliseconds`);
  return c as Credentials;
}

export function staticCredentials(creds: Credentials): CredentialProvider {
  validateCredentials(creds);
  return async () => creds;
}

export function envCredentials(vendor: Vendor = "tencent", env: NodeJS.ProcessEnv = process.env): CredentialProvider {
  return async () => {
    const [idVar, keyVar, tokVar] =
      vendor === "tencent"
        ? ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN"]
        : ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"];
    const secretId = env[idVar];
    const secretKey = env[keyVar];
    if (!secretId || !secretKey) throw new CredentialsError(`${idVar}/${keyVar} are not set`);
    const token = env[tokVar];
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}

/** Minimal INI parser: sections, key = value, # and ; comments; a value in matching quotes loses them. */
export function parseIni(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let section = "default";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const m = /^\[(.+)\]$/.exec(line);
    if (m) {
      section = m[1]!.trim();
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    (out[section] ??= {})[line.slice(0, eq).trim()] = unquote(line.slice(eq + 1).trim());
  }
  return out;
}

/** `"abc"` or `'abc'` → abc: profile files written by other tools quote their values. */
function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

export interface ProfileOptions {
  vendor?: Vendor;
  /** Section of the file; default: TENCENTCLOUD_PROFILE / ALIBABA_CLOUD_PROFILE, else "default". */
  profile?: string;
  /** Defaults to ~/.tencentcloud/credentials or ~/.alibabacloud/credentials.ini (or ALIBABA_CLOUD_CREDENTIALS_FILE). */
  path?: string;
  env?: NodeJS.ProcessEnv;
}

/** The environment variable naming the profile to use, per vendor (as the vendors' own tools do). */
export const PROFILE_ENV: Readonly<Record<Vendor, string>> = { tencent: "TENCENTCLOUD_PROFILE", aliyun: "ALIBABA_CLOUD_PROFILE" };

/** Which file and which section a profile lookup reads: option, else environment, else the default. */
export function profileLocation(opts: ProfileOptions = {}): { path: string; profile: string } {
  const vendor = opts.vendor ?? "tencent";
  const env = opts.env ?? process.env;
  const path =
    opts.path ??
    (vendor === "tencent"
      ? join(homedir(), ".tencentcloud", "credentials")
      : env.ALIBABA_CLOUD_CREDENTIALS_FILE || join(homedir(), ".alibabacloud", "credentials.ini"));
  return { path, profile: opts.profile ?? (env[PROFILE_ENV[vendor]] || "default") };
}

/** The profile's section, or undefined when the file or the section is missing (no error: callers decide). */
export async function readProfile(opts: ProfileOptions = {}): Promise<{ path: string; profile: string; section?: Record<string, string>; readable: boolean }> {
  const { path, profile } = profileLocation(opts);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { path, profile, readable: false };
  }
  return { path, profile, section: parseIni(text)[profile], readable: true };
}

export function profileCredentials(opts: ProfileOptions = {}): CredentialProvider {
  const vendor = opts.vendor ?? "tencent";
  return async () => {
    const { path, profile, section: sec, readable } = await readProfile(opts);
    if (!readable) throw new CredentialsError(`credentials file not readable: ${path}`);
    if (!sec) throw new CredentialsError(`profile [${profile}] not found in ${path}`);
    const secretId = vendor === "tencent" ? sec.secret_id : sec.access_key_id;
    const secretKey = vendor === "tencent" ? sec.secret_key : sec.access_key_secret;
    if (!secretId || !secretKey) throw new CredentialsError(`profile [${profile}] in ${path} is incomplete`);
    const token = vendor === "tencent" ? sec.token : sec.security_token;
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}

/** Tries each provider in order; the first that resolves wins. */
export function chainCredentials(...providers: CredentialProvider[]): CredentialProvider {
  return async () => {
    const reasons: string[] = [];
    for (const p of providers) {
      try {
        return await p();
      } catch (e) {
        reasons.push(e instanceof Error ? e.message : String(e));
      }
    }
    throw new CredentialsError(`no credentials found (${reasons.join("; ")})`);
  };
}

/**
 * The default chain: environment keys; OIDC web identity when its variables are set; the profile
 * (its keys, or its role_arn assumed with them); the instance role when TENCENTCLOUD_CVM_ROLE /
 * ALIBABA_CLOUD_ECS_METADATA names one. The metadata service is opt-in: probing it off a cloud VM
 * would add a network timeout to every failed lookup. The STS and metadata code
 * (`@doc2sdk/runtime/credentials`) is loaded only when one of those steps is reached, and is not
 * in a bundle of a program that does not import it.
 */
export interface ChainOptions {
  /** Where the variables are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where STS calls go (tests: a loopback endpointOverride and transport). */
  sts?: { endpointOverride?: string; transport?: import("./transport.js").Transport };
  /** Where the instance metadata service is (tests: a loopback base URL). */
  metadata?: { baseUrl?: string; transport?: import("./transport.js").Transport };
}

export function defaultCredentialChain(vendor: Vendor = "tencent", profile?: string, opts: ChainOptions = {}): CredentialProvider {
  const env = opts.env ?? process.env;
  let extended: Promise<ReturnType<typeof import("./credential-providers.js").extendedChain>> | undefined;
  const more = () =>
    (extended ??= loadOptionalModule<typeof import("./credential-providers.js")>(
      "credentials",
      "role credentials (web identity, role_arn, instance role)",
    ).then((m) => m.extendedChain(vendor, profile, { ...opts, env })));
  const notSet = (what: string) => Promise.reject(new CredentialsError(`${what} not configured`));
  const webIdentity: CredentialProvider = async () => {
    const w = vendor === "tencent" ? ["TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_ROLE_ARN"] : ["ALIBABA_CLOUD_OIDC_TOKEN_FILE", "ALIBABA_CLOUD_ROLE_ARN"];
    if (!env[w[0]!] || !env[w[1]!]) return notSet(`web identity (${w.join(", ")})`);
    return (await more()).webIdentity!();
  };
  const keys = profileCredentials({ vendor, profile, env });
  const fromProfile: CredentialProvider = async () => {
    const { section } = await readProfile({ vendor, profile, env });
    if (section?.role_arn) return (await more()).profileRole();
    return keys();
  };
  const instance: CredentialProvider = async () => {
    const name = vendor === "tencent" ? "TENCENTCLOUD_CVM_ROLE" : "ALIBABA_CLOUD_ECS_METADATA";
    if (!env[name]) return notSet(`instance role (${name})`);
    return (await more()).instance!();
  };
  return cachingCredentials(chainCredentials(envCredentials(vendor, env), webIdentity, fromProfile, instance));
}

/**
 * Caches an async provider; refreshes when the cached credentials expire within
 * `refreshBeforeMs` (default 5 minutes). Concurrent callers share one refresh.
 */
export function cachingCredentials(provider: CredentialProvider, opts: { refreshBeforeMs?: number; now?: () => number } = {}): CredentialProvider {
  const refreshBefore = opts.refreshBeforeMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  let cached: Credentials | undefined;
  let inflight: Promise<Credentials> | undefined;
  return async () => {
    if (cached && (cached.expiresAt === undefined || cached.expiresAt - refreshBefore > now())) return cached;
    // a refresh that fails while the current credentials are still valid keeps them (and the next call tries again)
    const current = cached;
    inflight ??= provider()
      .then((c) => {
        cached = c;
        return c;
      })
      .finally(() => {
        inflight = undefined;
      });
    try {
      return await inflight;
    } catch (e) {
      if (current?.expiresAt !== undefined && current.expiresAt > now()) return current;
      throw e;
    }
  };
}

/**
 * The provider a client uses. Explicit keys are checked at once (the constructor throws); what a
 * provider resolves to is checked on every call, before signing.
 */
export function toProvider(c: Credentials | CredentialProvider | undefined, vendor: Vendor, profile?: string): CredentialProvider {
  if (c === undefined || c === null) return defaultCredentialChain(vendor, profile);
  if (typeof c === "function") return async () => validateCredentials(await c(), "the credentials provider's result");
  return staticCredentials(c);
}
