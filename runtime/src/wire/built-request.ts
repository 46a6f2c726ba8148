/** The shape shared by the per-protocol request builders. */
import type { ServiceClientConfig } from "../client.js";
import type { Credentials } from "../credentials.js";
import type { Scrubber } from "../redact.js";
import type { Tc3SigningKeyCache } from "../signing/tc3-signer.js";
import type { TransportRequest } from "../transport.js";

/** What every protocol's request builder gets: one attempt of one action, credentials resolved. */
export interface RequestInput {
  action: string;
  params: Record<string, unknown>;
  creds: Credentials;
  region?: string;
  method: "GET" | "POST";
  /** Where to send, without a trailing slash: https://endpoint or the override. */
  baseUrl: string;
  cfg: Readonly<ServiceClientConfig>;
  tc3Keys: Tc3SigningKeyCache;
}

/** One signed attempt. */
export interface BuiltRequest {
  request: TransportRequest;
  /** Replaces this attempt's secrets (key, token, signature, Authorization) in free text. */
  scrub: Scrubber;
}
