/**
 * The role credential providers as the main entry exports them: each loads
 * `@doc2sdk/runtime/credentials` (src/credential-providers.ts) on its first call, so importing
 * them costs a program nothing until one is used, and code written against the main entry keeps
 * working. The constants are data the chain also reads.
 */
import type { CredentialProvider, Vendor } from "./credentials.js";
import type { AssumeRoleOptions, InstanceRoleOptions, WebIdentityOptions } from "./credential-providers.js";
import { loadOptionalModule } from "./optional.js";

/** Environment variables of web identity, per vendor (those the vendors' Kubernetes integrations set). */
export const WEB_IDENTITY_ENV = {
  tencent: { tokenFile: "TKE_WEB_IDENTITY_TOKEN_FILE", roleArn: "TKE_ROLE_ARN", providerId: "TKE_PROVIDER_ID", region: "TKE_REGION" },
  aliyun: { tokenFile: "ALIBABA_CLOUD_OIDC_TOKEN_FILE", roleArn: "ALIBABA_CLOUD_ROLE_ARN", providerId: "ALIBABA_CLOUD_OIDC_PROVIDER_ARN", region: undefined },
} as const;

export const METADATA_BASE_URL: Readonly<Record<Vendor, string>> = { tencent: "http://metadata.tencentyun.com", aliyun: "http://100.100.100.200" };

/** Environment variables naming the instance role, which also opt the default chain into the metadata service. */
export const INSTANCE_ROLE_ENV: Readonly<Record<Vendor, string>> = { tencent: "TENCENTCLOUD_CVM_ROLE", aliyun: "ALIBABA_CLOUD_ECS_METADATA" };

type RoleModule = typeof import("./credential-providers.js");

/** A provider made by the credentials module once it is loaded; a failed load is retried on the next call. */
function lazyProvider(what: string, make: (m: RoleModule) => CredentialProvider): CredentialProvider {
  let made: Promise<CredentialProvider> | undefined;
  return async () => {
    made ??= loadOptionalModule<RoleModule>("credentials", what).then(make, (e: unknown) => {
      made = undefined;
      throw e;
    });
    return (await made)();
  };
}

/** STS AssumeRole (Tencent sts TC3 / Alibaba Sts RPC), cached and refreshed before expiry. See `@doc2sdk/runtime/credentials`. */
export function assumeRoleCredentials(opts: AssumeRoleOptions): CredentialProvider {
  return lazyProvider("assumeRoleCredentials", (m) => m.assumeRoleCredentials(opts));
}

/** OIDC web identity (AssumeRoleWithWebIdentity / AssumeRoleWithOIDC). See `@doc2sdk/runtime/credentials`. */
export function webIdentityCredentials(opts: WebIdentityOptions): CredentialProvider {
  return lazyProvider("webIdentityCredentials", (m) => m.webIdentityCredentials(opts));
}

/** The instance role from the CVM / ECS metadata service. See `@doc2sdk/runtime/credentials`. */
export function instanceRoleCredentials(opts: InstanceRoleOptions): CredentialProvider {
  return lazyProvider("instanceRoleCredentials", (m) => m.instanceRoleCredentials(opts));
}
