/**
 * Decodes one HTTP request of any of the three wire protocols into the action and its parameters,
 * and verifies its signature with the runtime's own signers (the mock is only as strict as a real
 * endpoint if it recomputes the signature from what actually arrived on the wire).
 */
import { signAliyunRpc } from "../../../runtime/src/signing/aliyun-rpc-signer.js";
import { signTc3 } from "../../../runtime/src/signing/tc3-signer.js";
import type { ProtocolProfile, WireName } from "../profiles/protocols.js";
import { signTencentV1, type TencentV1Algorithm } from "../../../runtime/src/signing/tencent-v1-signer.js";

export interface MockCredentials {
  secretId: string;
  secretKey: string;
}

export interface WireRequest {
  method: string;
  /** Path with the query string, as received. */
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

export interface DecodedRequest {
  action?: string;
  /** The action's own parameters, nested again (`Foo.0` → arrays, `Foo.Bar` → objects). */
  params: Record<string, unknown>;
  /** Every value came off the wire as text (query or form), so scalars are strings. */
  textValues: boolean;
  /** Why the signature does not hold, if it does not. */
  signatureProblem?: string;
  /** Why the request could not be read at all, if it could not. */
  malformed?: string;
}

/**
 * @param documentedNames input names of every action: a common parameter the action documents
 *   itself (Alibaba's `RegionId`) stays one of its parameters.
 */
export function readRequest(
  profile: ProtocolProfile,
  req: WireRequest,
  credentials: MockCredentials,
  documentedNames: (action: string) => Set<string>,
): DecodedRequest {
  return READERS[profile.mock.wire](profile, req, credentials, documentedNames);
}

type Reader = (profile: ProtocolProfile, req: WireRequest, credentials: MockCredentials, documentedNames: (action: string) => Set<string>) => DecodedRequest;

/** Each protocol's request reader, by the name its profile gives (`mock.wire`). */
const READERS: Record<WireName, Reader> = {
  tc3: (profile, req, credentials) => readTc3(profile, req, credentials),
  // API 2.0 counts list elements from 0 (`Ids.0`), Alibaba from 1 (`Ids.1`)
  tencentV1: (profile, req, credentials, documentedNames) => readQueryStyle(profile, req, credentials, documentedNames, 0, verifyTencentV1),
  aliyunRpc: (profile, req, credentials, documentedNames) => readQueryStyle(profile, req, credentials, documentedNames, 1, verifyAliyun),
};

function readTc3(profile: ProtocolProfile, req: WireRequest, credentials: MockCredentials): DecodedRequest {
  const action = req.headers[profile.wire.action.name.toLowerCase()];
  const [path, query = ""] = req.url.split("?", 2);
  let params: Record<string, unknown>;
  let textValues = false;
  if (req.method === "POST") {
    try {
      const body = req.body === "" ? {} : JSON.parse(req.body);
      if (!body || typeof body !== "object" || Array.isArray(body))
        return { action, params: {}, textValues, malformed: "the request body is not a JSON object" };
      params = body as Record<string, unknown>;
    } catch (e) {
      return { action, params: {}, textValues, malformed: `the request body is not JSON (${(e as Error).message})` };
    }
  } else {
    params = nest(queryPairs(query), 0);
    textValues = true;
  }
  return { action, params, textValues, signatureProblem: verifyTc3(profile, req, path, query, credentials) };
}

const AUTHORIZATION = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

function verifyTc3(profile: ProtocolProfile, req: WireRequest, path: string, query: string, credentials: MockCredentials): string | undefined {
  const { keyId, timestamp: timestampHeader = "" } = profile.mock.signatureParameters;
  const auth = req.headers.authorization;
  if (!auth) return "the Authorization header is missing";
  const m = auth.match(AUTHORIZATION);
  if (!m) return "the Authorization header is not a TC3-HMAC-SHA256 authorization";
  const [, secretId, , service, signedHeaders, signature] = m;
  if (secretId !== credentials.secretId) return `unknown ${keyId} ${secretId}`;
  const timestamp = Number(req.headers[timestampHeader.toLowerCase()]);
  if (!Number.isInteger(timestamp)) return `the ${timestampHeader} header is missing or not a number`;
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("content-type")) return "the signed headers must include content-type and host";
  const extra: Record<string, string> = {};
  for (const n of names) if (n !== "host" && n !== "content-type") extra[n] = req.headers[n] ?? "";
  const expected = signTc3({
    method: req.method === "GET" ? "GET" : "POST",
    host: req.headers.host ?? "",
    uri: path || "/",
    query,
    contentType: req.headers["content-type"] ?? "",
    payload: req.method === "GET" ? "" : req.body,
    timestamp,
    service,
    secretId,
    secretKey: credentials.secretKey,
    extraSignedHeaders: extra,
  });
  return expected.signature === signature ? undefined : "the signature does not match the request";
}

type QueryVerifier = (
  profile: ProtocolProfile,
  req: WireRequest,
  path: string,
  flat: Record<string, string>,
  credentials: MockCredentials,
) => string | undefined;

function readQueryStyle(
  profile: ProtocolProfile,
  req: WireRequest,
  credentials: MockCredentials,
  documentedNames: (action: string) => Set<string>,
  arrayBase: number,
  verify: QueryVerifier,
): DecodedRequest {
  const [path, query = ""] = req.url.split("?", 2);
  const form = req.method === "POST" && /x-www-form-urlencoded/.test(req.headers["content-type"] ?? "");
  const pairs = form ? queryPairs(req.body) : queryPairs(query);
  const flat = Object.fromEntries(pairs);
  const action = flat[profile.wire.action.name];
  const signatureProblem = verify(profile, req, path, flat, credentials);
  const own = action ? documentedNames(action) : new Set<string>();
  // common parameters of the query-style protocols (the spec's, from the protocol profile): filled in by the runtime, not the caller
  const common = new Set(profile.commonParameters.map((p) => p.name));
  const actionPairs = pairs.filter(([k]) => !common.has(k) || own.has(k));
  return { action, params: nest(actionPairs, arrayBase), textValues: true, signatureProblem };
}

const verifyTencentV1: QueryVerifier = (profile, req, path, flat, credentials) => {
  const { keyId, method = "" } = profile.mock.signatureParameters;
  if (!flat.Signature) return "the Signature parameter is missing";
  if (flat[keyId] !== credentials.secretId) return `unknown ${keyId} ${flat[keyId] ?? "(none)"}`;
  const algorithm = (flat[method] ?? "HmacSHA1") as TencentV1Algorithm;
  if (algorithm !== "HmacSHA1" && algorithm !== "HmacSHA256") return `unsupported ${method} ${algorithm}`;
  const { Signature, ...signed } = flat;
  const expected = signTencentV1({
    method: req.method === "GET" ? "GET" : "POST",
    host: req.headers.host ?? "",
    path: path || "/",
    algorithm,
    secretKey: credentials.secretKey,
    params: signed,
  });
  return expected.signature === Signature ? undefined : "the signature does not match the request";
};

const verifyAliyun: QueryVerifier = (profile, req, _path, flat, credentials) => {
  const { keyId, method = "", version = "" } = profile.mock.signatureParameters;
  if (!flat.Signature) return "the Signature parameter is missing";
  if (flat[keyId] !== credentials.secretId) return `unknown ${keyId} ${flat[keyId] ?? "(none)"}`;
  if (flat[method] !== "HMAC-SHA1" || flat[version] !== "1.0") return `${method} must be HMAC-SHA1 and ${version} 1.0`;
  const { Signature, ...signed } = flat;
  const expected = signAliyunRpc({ method: req.method === "GET" ? "GET" : "POST", accessKeySecret: credentials.secretKey, params: signed });
  return expected.signature === Signature ? undefined : "the signature does not match the request";
};

/** `a=1&b=%20x` → [["a","1"],["b"," x"]]; `+` is a space in form bodies. */
function queryPairs(text: string): [string, string][] {
  if (!text) return [];
  return text
    .split("&")
    .filter(Boolean)
    .map((kv) => {
      const eq = kv.indexOf("=");
      const k = eq < 0 ? kv : kv.slice(0, eq);
      const v = eq < 0 ? "" : kv.slice(eq + 1);
      return [decode(k), decode(v)];
    });
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** Flattened names back into values: `Ids.0` (or `.1` where arrays count from 1) → arrays, `A.B` → objects. */
function nest(pairs: [string, string][], arrayBase: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const path = name.split(".");
    let slot = root as Record<string | number, unknown>;
    for (let i = 0; i < path.length; i++) {
      const key: string | number = /^\d+$/.test(path[i]) && Array.isArray(slot) ? Number(path[i]) - arrayBase : path[i];
      if (i === path.length - 1) slot[key] = value;
      else {
        if (slot[key] === undefined) slot[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
        slot = slot[key] as Record<string | number, unknown>;
      }
    }
  }
  return root;
}
