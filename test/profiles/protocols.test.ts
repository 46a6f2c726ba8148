/**
 * The protocol profiles state facts the mock server and the runtime also embody; these tests hold
 * them together: the profile's error envelope must describe what the mock sends (and the runtime
 * parses), and its success envelope where the mock puts a response's fields.
 */
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { errorAnswer, successAnswer } from "../../generator/src/mock/answer.js";
import { PROTOCOLS, protocolProfile, wirePath, type KnownProtocol } from "../../generator/src/profiles/protocols.js";
import { withDerivedFacts } from "../../generator/src/derive/derive-facts.js";
import { tinySpec } from "../diff/tiny-spec.js";

const protocols = Object.keys(PROTOCOLS) as KnownProtocol[];

function specOf(protocol: string, provider: string, endpoint = "tiny.example.com") {
  const s = tinySpec();
  // a protocol outside the type as well: specs are read from files
  return withDerivedFacts({ ...s, service: { ...s.service, protocol: protocol as KnownProtocol, provider, endpoint } });
}

describe.each(protocols)("profile %s", (protocol) => {
  const profile = PROTOCOLS[protocol];

  it("describes the error response the mock server sends", () => {
    const code = protocol === "tencentcloud-v1" ? "4100" : "FailedOperation.Busy";
    const answer = errorAnswer(protocol, specOf(protocol, profile.provider), { code });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profile.errorEnvelope({ type: "string" }));
    validate(answer.body);
    expect(validate.errors ?? []).toEqual([]);
    // and rejects a body that is not an error envelope
    expect(validate({ Nothing: true })).toBe(false);
  });

  it("puts the response fields where the mock server puts them", () => {
    const body = successAnswer(protocol, { ThingId: "t-1", RequestId: "r-1" }).body as Record<string, any>;
    const fields = profile.successEnvelope === "Response" ? body.Response : body;
    expect(fields.ThingId).toBe("t-1");
  });

  it("lists the action and version parameters among its common parameters", () => {
    const names = profile.commonParameters.map((p) => p.name);
    expect(names).toContain(profile.wire.action.name);
    expect(names).toContain(profile.wire.version.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("protocolProfile", () => {
  it("picks by protocol, and refuses a protocol it has no profile for (never guessing a vendor)", () => {
    expect(protocolProfile(specOf("aliyun-rpc-v1", "aliyun")).vendor).toBe("Alibaba Cloud");
    expect(protocolProfile(specOf("tencentcloud-v1", "tencentcloud")).defaultRegion).toBe("ap-guangzhou");
    const s = tinySpec();
    expect(() => protocolProfile({ service: { ...s.service, protocol: "aliyun-roa-v2" as KnownProtocol } })).toThrow(/no protocol profile for "aliyun-roa-v2"/);
  });

  it("is what the spec stores as its derived facts", () => {
    for (const p of protocols) {
      const s = specOf(p, PROTOCOLS[p].provider);
      expect(s.service.vendor).toBe(PROTOCOLS[p].vendor);
      expect(s.service.defaultRegion).toBe(PROTOCOLS[p].defaultRegion);
      expect(s.service.commonParameters).toEqual(PROTOCOLS[p].commonParameters);
    }
  });

  it("knows the legacy Tencent API 2.0 path", () => {
    expect(wirePath(specOf("tencentcloud-v1", "tencentcloud", "redis.api.qcloud.com"))).toBe("/v2/index.php");
    expect(wirePath(specOf("tencentcloud-v1", "tencentcloud", "redis.tencentcloudapi.com"))).toBe("/");
    expect(wirePath(specOf("tc3-hmac-sha256", "tencentcloud", "redis.api.qcloud.com"))).toBe("/");
  });
});
