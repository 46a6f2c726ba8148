/**
 * What each signing protocol implies beyond the spec's own fields: the vendor's display name, the
 * region examples use, the wire form of a call (method, path, where the action travels), the
 * common request parameters the spec leaves out, and the success and error envelopes. Emitters
 * and the OpenAPI export read these facts from one place instead of each testing the provider.
 */
import type { CommonParameter, Spec } from "../model.js";

export type { CommonParameter };

/** The protocols profiled here, which a spec's `service.protocol` admits (model.ts's `Protocol`). */
export const PROTOCOL_IDS = ["tc3-hmac-sha256", "tencentcloud-v1", "aliyun-rpc-v1"] as const;

export type KnownProtocol = (typeof PROTOCOL_IDS)[number];

/** A JSON Schema fragment (plain data, so profiles stay free of any schema library). */
export type JsonSchema = Record<string, unknown>;

/** What the mock server answers a request with when it fails before reaching an action's examples. */
export type MockErrorKind = "signature" | "missing" | "unknown" | "invalid" | "action";

/**
 * The names of wire code per protocol, each implemented once where it runs: the runtime's
 * (`runtimeWire`), the mock server's request reader and answers (`mock.wire`). A new protocol
 * names its own here and adds that code.
 */
export type WireName = "tc3" | "tencentV1" | "aliyunRpc";

export interface ProtocolProfile {
  protocol: KnownProtocol;
  provider: "tencentcloud" | "aliyun";
  /** The vendor as people name it in prose. */
  vendor: "Tencent Cloud" | "Alibaba Cloud";
  /** The family of reference documents that describe APIs of this protocol, and its name in messages. */
  documents: { family: "tencent-v3" | "tencent-v2" | "aliyun-rpc"; title: string };
  /** The region README and test examples use. */
  defaultRegion: string;
  /**
   * The region travels as a common parameter of every call (X-TC-Region, Region), so a client
   * without one fails before sending (the runtime's `requireRegion`); false where the region is
   * an action's own documented input (Alibaba's RegionId) and the docs' tables already require it.
   */
  regionRequired: boolean;
  /** The environment variable the runtime reads a region from when the client is given none. */
  regionEnv: "TENCENTCLOUD_REGION" | "ALIBABA_CLOUD_REGION_ID";
  /** The parameter the region travels as (an action's own documented input where `regionRequired` is false). */
  regionParameter: string;
  /**
   * Where the runtime's default credential chain looks for this vendor's keys and roles, as a
   * package's README tells it. The runtime is published apart and keeps its own copy of these names;
   * test/profiles/runtime-credentials.test.ts holds the two equal.
   */
  credentials: {
    /** The runtime's name of the vendor (its `Vendor`: `assumeRoleCredentials({ vendor })`). */
    vendor: "tencent" | "aliyun";
    /** The environment variables of the key ID, the secret key and the session token. */
    env: { id: string; secret: string; token: string };
    /** The credentials file (INI), `~` for the home directory. */
    file: string;
    /** The environment variable naming the profile (section) of that file. */
    profileEnv: string;
    /** The key of a profile that holds its region. */
    profileRegionKey: string;
    /** The variables of OIDC web identity: the token file and the role to assume. */
    webIdentityEnv: { tokenFile: string; roleArn: string };
    /** The variable naming the instance role (`auto`: ask the metadata service). */
    instanceRoleEnv: string;
    /** A role ARN of the vendor's form, for examples. */
    exampleRoleArn: string;
  };
  /** The header besides User-Agent that tells the vendor which SDK sent a request, where it has one. */
  clientHeader?: string;
  endpoint: {
    /** The host a service named `{service}` is called at when its documents name none. */
    template: string;
    /**
     * Whether that host wins where the documents name several (Tencent's global endpoint serves
     * every region; the international site's PDFs name the intl one), else the first named wins.
     */
    preferred: boolean;
  };
  /** The runtime's wire code of this protocol (request builder and response reader), which a generated client passes to its ProtocolClient. */
  runtimeWire: "tc3Wire" | "tencentV1Wire" | "aliyunRpcWire";
  /** The wire form the runtime uses by default. */
  wire: {
    method: "GET" | "POST";
    /** How the action's parameters travel with that method. */
    body: "json" | "form" | "query";
    action: { in: "header" | "query"; name: string };
    version: { in: "header" | "query"; name: string };
  };
  /** Parameters every call carries besides the action's documented input (signing, version, region). */
  commonParameters: CommonParameter[];
  /**
   * Where a successful response's fields are: inside `Response` (Tencent API 3.0) or at the top
   * level (Tencent API 2.0, Alibaba RPC).
   */
  successEnvelope: "Response" | "top-level";
  /** The name of the request ID field in a success response. */
  requestIdField: string;
  /** The JSON Schema of an error response; `codeSchema` is put where the code goes. */
  errorEnvelope: (codeSchema: JsonSchema) => JsonSchema;
  /** One-line description of the signature scheme. */
  signing: string;
  /** What a package's README says about this protocol: its paragraph on signing (markdown). */
  docs: { signingParagraph: string };
  /** How the mock server (generator/src/mock/) speaks this protocol. */
  mock: {
    /** Its request reader and answers (generator/src/mock/wires.ts). */
    wire: WireName;
    /**
     * The parameters its signature check reads, by role: the key ID (its name in messages where the
     * key travels inside another parameter), and where they travel, the timestamp, the signature
     * method and version.
     */
    signatureParameters: { keyId: string; timestamp?: string; method?: string; version?: string };
    /** The protocol's own error codes for a bad signature, a missing, unknown or invalid parameter and an unknown action. */
    errorCodes: Record<MockErrorKind, string>;
    /** HTTP statuses of those errors where the protocol answers errors with one (else 200). */
    httpStatus: Partial<Record<MockErrorKind, number>>;
  };
}

const string = (description: string): JsonSchema => ({ type: "string", description });

/** What both Tencent Cloud protocols share: the account's credentials, the client header and the API host. */
const TENCENT_CLOUD_ACCOUNT = {
  credentials: {
    vendor: "tencent",
    env: { id: "TENCENTCLOUD_SECRET_ID", secret: "TENCENTCLOUD_SECRET_KEY", token: "TENCENTCLOUD_SESSION_TOKEN" },
    file: "~/.tencentcloud/credentials",
    profileEnv: "TENCENTCLOUD_PROFILE",
    profileRegionKey: "region",
    webIdentityEnv: { tokenFile: "TKE_WEB_IDENTITY_TOKEN_FILE", roleArn: "TKE_ROLE_ARN" },
    instanceRoleEnv: "TENCENTCLOUD_CVM_ROLE",
    exampleRoleArn: "qcs::cam::uin/100000000001:roleName/deployer",
  },
  clientHeader: "X-TC-RequestClient",
  endpoint: { template: "{service}.tencentcloudapi.com", preferred: true },
} satisfies Pick<ProtocolProfile, "credentials" | "clientHeader" | "endpoint">;

export const PROTOCOLS: Record<KnownProtocol, ProtocolProfile> = {
  "tc3-hmac-sha256": {
    protocol: "tc3-hmac-sha256",
    provider: "tencentcloud",
    vendor: "Tencent Cloud",
    documents: { family: "tencent-v3", title: "Tencent Cloud API 3.0" },
    defaultRegion: "ap-guangzhou",
    regionRequired: true,
    regionEnv: "TENCENTCLOUD_REGION",
    regionParameter: "X-TC-Region",
    ...TENCENT_CLOUD_ACCOUNT,
    runtimeWire: "tc3Wire",
    wire: { method: "POST", body: "json", action: { in: "header", name: "X-TC-Action" }, version: { in: "header", name: "X-TC-Version" } },
    commonParameters: [
      { name: "X-TC-Action", in: "header", required: true, type: "string", description: "The action name." },
      { name: "X-TC-Version", in: "header", required: true, type: "string", description: "The API version." },
      { name: "X-TC-Timestamp", in: "header", required: true, type: "integer", description: "Unix time of the request in seconds; part of the signature." },
      { name: "X-TC-Region", in: "header", required: false, type: "string", description: "The region; required by regional actions." },
      { name: "X-TC-Token", in: "header", required: false, type: "string", description: "The session token of temporary credentials." },
      { name: "X-TC-Language", in: "header", required: false, type: "string", description: "Language of messages: zh-CN or en-US." },
      { name: "Authorization", in: "header", required: true, type: "string", description: "TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…" },
    ],
    successEnvelope: "Response",
    requestIdField: "RequestId",
    errorEnvelope: (code) => ({
      type: "object",
      required: ["Response"],
      properties: {
        Response: {
          type: "object",
          required: ["Error", "RequestId"],
          properties: {
            Error: { type: "object", required: ["Code", "Message"], properties: { Code: code, Message: string("What went wrong.") } },
            RequestId: string("The unique request ID."),
          },
        },
      },
    }),
    signing:
      "TC3-HMAC-SHA256: an HMAC-SHA256 over the canonical request, keyed by a key derived from the secret key, date and service, sent in the Authorization header.",
    docs: {
      signingParagraph: [
        'Requests are signed with TC3-HMAC-SHA256 and sent as POST with a JSON body (`httpMethod: "GET"`',
        "sends the parameters as a query instead); the day's derived signing key is cached per client.",
      ].join("\n"),
    },
    mock: {
      wire: "tc3",
      signatureParameters: { keyId: "SecretId", timestamp: "X-TC-Timestamp" },
      errorCodes: {
        signature: "AuthFailure.SignatureFailure",
        missing: "MissingParameter",
        unknown: "UnknownParameter",
        invalid: "InvalidParameter",
        action: "InvalidAction",
      },
      httpStatus: {},
    },
  },
  "tencentcloud-v1": {
    protocol: "tencentcloud-v1",
    provider: "tencentcloud",
    vendor: "Tencent Cloud",
    documents: { family: "tencent-v2", title: "Tencent Cloud API 2.0" },
    defaultRegion: "ap-guangzhou",
    regionRequired: true,
    regionEnv: "TENCENTCLOUD_REGION",
    regionParameter: "Region",
    ...TENCENT_CLOUD_ACCOUNT,
    runtimeWire: "tencentV1Wire",
    wire: { method: "POST", body: "form", action: { in: "query", name: "Action" }, version: { in: "query", name: "Version" } },
    commonParameters: [
      { name: "Action", in: "query", required: true, type: "string", description: "The action name." },
      { name: "Version", in: "query", required: false, type: "string", description: "The API version; the legacy API 2.0 path /v2/index.php takes none." },
      { name: "Region", in: "query", required: false, type: "string", description: "The region; required by regional actions." },
      { name: "Timestamp", in: "query", required: true, type: "integer", description: "Unix time of the request in seconds." },
      { name: "Nonce", in: "query", required: true, type: "integer", description: "A random positive integer, against replay." },
      { name: "SecretId", in: "query", required: true, type: "string", description: "The access key ID." },
      { name: "SignatureMethod", in: "query", required: false, type: "string", description: "HmacSHA1 (default) or HmacSHA256." },
      { name: "Signature", in: "query", required: true, type: "string", description: "The signature of the sorted parameters." },
      { name: "Token", in: "query", required: false, type: "string", description: "The session token of temporary credentials." },
      { name: "Language", in: "query", required: false, type: "string", description: "Language of messages: zh-CN or en-US." },
      { name: "RequestClient", in: "query", required: false, type: "string", description: "The SDK that sent the request." },
    ],
    successEnvelope: "top-level",
    requestIdField: "requestId",
    errorEnvelope: (code) => ({
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "integer", description: "A common error code (4000, 4100, …); 0 is success." },
        message: string('What went wrong; a module error code travels in front as "(code) text".'),
        codeDesc: { ...code, description: "The module error code or its name." },
      },
    }),
    signing: "Tencent Cloud API signature v1: an HMAC-SHA1 or HMAC-SHA256 over the method, host, path and sorted parameters, sent as the Signature parameter.",
    docs: {
      signingParagraph: [
        'Requests are signed with the API 2.0 scheme: `signatureMethod: "HmacSHA256"` (the default) or',
        '`"HmacSHA1"`, sent as POST form (`httpMethod: "GET"` for a query string). Array parameters are',
        "passed as arrays and sent as `name.0`, `name.1`, …; a response with a non-zero `code` is an error.",
      ].join("\n"),
    },
    mock: {
      wire: "tencentV1",
      signatureParameters: { keyId: "SecretId", method: "SignatureMethod" },
      // API 2.0 answers with a numeric common code: 4100 for authentication, 4000 for the request
      errorCodes: { signature: "4100", missing: "4000", unknown: "4000", invalid: "4000", action: "4000" },
      httpStatus: {},
    },
  },
  "aliyun-rpc-v1": {
    protocol: "aliyun-rpc-v1",
    provider: "aliyun",
    vendor: "Alibaba Cloud",
    documents: { family: "aliyun-rpc", title: "Alibaba Cloud RPC API" },
    defaultRegion: "cn-hangzhou",
    regionRequired: false,
    regionEnv: "ALIBABA_CLOUD_REGION_ID",
    regionParameter: "RegionId",
    credentials: {
      vendor: "aliyun",
      env: { id: "ALIBABA_CLOUD_ACCESS_KEY_ID", secret: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", token: "ALIBABA_CLOUD_SECURITY_TOKEN" },
      file: "~/.alibabacloud/credentials.ini",
      profileEnv: "ALIBABA_CLOUD_PROFILE",
      profileRegionKey: "region_id",
      webIdentityEnv: { tokenFile: "ALIBABA_CLOUD_OIDC_TOKEN_FILE", roleArn: "ALIBABA_CLOUD_ROLE_ARN" },
      instanceRoleEnv: "ALIBABA_CLOUD_ECS_METADATA",
      exampleRoleArn: "acs:ram::1234567890123456:role/deployer",
    },
    endpoint: { template: "{service}.aliyuncs.com", preferred: false },
    runtimeWire: "aliyunRpcWire",
    wire: { method: "GET", body: "query", action: { in: "query", name: "Action" }, version: { in: "query", name: "Version" } },
    commonParameters: [
      { name: "Action", in: "query", required: true, type: "string", description: "The action name." },
      { name: "Version", in: "query", required: true, type: "string", description: "The API version." },
      { name: "Format", in: "query", required: false, type: "string", description: "JSON (default) or XML." },
      { name: "AccessKeyId", in: "query", required: true, type: "string", description: "The AccessKey ID." },
      { name: "SignatureMethod", in: "query", required: true, type: "string", description: "HMAC-SHA1." },
      { name: "SignatureVersion", in: "query", required: true, type: "string", description: "1.0." },
      { name: "SignatureNonce", in: "query", required: true, type: "string", description: "A unique random value, against replay." },
      { name: "Timestamp", in: "query", required: true, type: "string", description: "UTC time in ISO 8601, yyyy-MM-ddTHH:mm:ssZ." },
      { name: "Signature", in: "query", required: true, type: "string", description: "The signature of the sorted, percent-encoded parameters." },
      { name: "SecurityToken", in: "query", required: false, type: "string", description: "The STS token of temporary credentials." },
      {
        name: "RegionId",
        in: "query",
        required: false,
        type: "string",
        description: "The region; an action that documents its own RegionId takes it as its parameter.",
      },
    ],
    successEnvelope: "top-level",
    requestIdField: "RequestId",
    errorEnvelope: (code) => ({
      type: "object",
      required: ["Code", "Message", "RequestId"],
      properties: {
        Code: code,
        Message: string("What went wrong."),
        RequestId: string("The unique request ID."),
        HostId: string("The endpoint that answered."),
        Recommend: string("A link to the diagnosis of the error."),
      },
    }),
    signing:
      'Alibaba Cloud RPC signature 1.0: an HMAC-SHA1 over the method and the sorted, percent-encoded parameters, keyed by the secret plus "&", sent as the Signature parameter.',
    docs: {
      signingParagraph: [
        "Requests are signed with Alibaba Cloud's RPC scheme (HMAC-SHA1, SignatureVersion 1.0) and sent as",
        'GET (`httpMethod: "POST"` for a form body). The common parameters (`Format`, `Version`,',
        "`AccessKeyId`, `SignatureNonce`, `Timestamp`, `RegionId`, …) are filled in; repeated parameters",
        "are arrays and sent as `Foo.1`, `Foo.2`, …; errors carry `code`, `message`, `requestId` and `hostId`.",
      ].join("\n"),
    },
    mock: {
      wire: "aliyunRpc",
      signatureParameters: { keyId: "AccessKeyId", method: "SignatureMethod", version: "SignatureVersion" },
      errorCodes: {
        signature: "SignatureDoesNotMatch",
        missing: "MissingParameter",
        unknown: "InvalidParameter",
        invalid: "InvalidParameter",
        action: "InvalidAction.NotFound",
      },
      // Alibaba answers errors with their HTTP status; the others in the mock's answers take the documented one or 400
      httpStatus: { signature: 400, action: 404 },
    },
  },
};

/** The endpoint of a service under a protocol, from the hosts its documents name (if any). */
export function chooseEndpoint(profile: ProtocolProfile, service: string, named: string[]): string {
  const own = profile.endpoint.template.replace("{service}", service);
  return (profile.endpoint.preferred ? named.find((e) => e === own) : undefined) ?? named[0] ?? own;
}

/** The protocol whose APIs a document family describes. */
export function profileOfFamily(family: ProtocolProfile["documents"]["family"]): ProtocolProfile {
  return Object.values(PROTOCOLS).find((p) => p.documents.family === family)!;
}

export function isKnownProtocol(protocol: string): protocol is KnownProtocol {
  return Object.hasOwn(PROTOCOLS, protocol);
}

/** The profile of a spec's protocol (the schema admits only the protocols profiled here). */
export function protocolProfile(spec: { service: Pick<Spec["service"], "protocol"> }): ProtocolProfile {
  const { protocol } = spec.service;
  if (!isKnownProtocol(protocol)) throw new Error(`no protocol profile for "${String(protocol)}"`);
  return PROTOCOLS[protocol];
}

/** The request path of a call: "/" except the legacy Tencent API 2.0 hosts (*.api.qcloud.com). */
export function wirePath(spec: Pick<Spec, "service">): string {
  return protocolProfile(spec).protocol === "tencentcloud-v1" && /\.api\.qcloud\.com$/i.test(spec.service.endpoint) ? "/v2/index.php" : "/";
}
