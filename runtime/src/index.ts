export * from "./signing/hash.js";
export * from "./signing/tc3-signer.js";
export * from "./signing/tencent-v1-signer.js";
export * from "./signing/aliyun-rpc-signer.js";
export * from "./errors.js";
export * from "./credentials.js";
export * from "./retry.js";
export * from "./transport.js";
export * from "./redact.js";
export * from "./client.js";
export * from "./middleware.js";
export * from "./region.js";
export * from "./version.js";
export * from "./optional.js";
// role credentials and proxy tunnelling are subpaths (@doc2sdk/runtime/credentials, /proxy); here the
// role providers are wrappers that load the subpath on first use, and the types
export * from "./role-credentials.js";
export type { AssumeRoleOptions, InstanceRoleOptions, StsEndpointOptions, WebIdentityOptions } from "./credential-providers.js";
export * from "./waiter.js";
