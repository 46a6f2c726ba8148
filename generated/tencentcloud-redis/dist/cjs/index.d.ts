export * from "./client.js";
export * from "./errors.js";
export type * from "./types.js";
export { ServiceError, NetworkError, TimeoutError, UnexpectedResponseError, CredentialsError } from "@doc2sdk/runtime";
export type { CallOptions, Credentials, CredentialProvider, Hooks, Logger, Transport } from "@doc2sdk/runtime";
