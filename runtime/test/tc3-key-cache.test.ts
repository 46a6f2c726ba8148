/**
 * The per-client TC3 signing-key cache: derived keys are reused for the same secret, date and
 * service, re-derived when any of them changes, and ServiceClient never touches the module-wide
 * (digest-keyed) cache, so no per-call hash of the secret is paid.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ServiceClient } from "../src/client.js";
import { Tc3SigningKeyCache, clearTc3SigningKeyCache, deriveTc3SigningKey, signTc3, tc3SigningKeyCacheSize } from "../src/signing/tc3-signer.js";
import type { Transport } from "../src/transport.js";

describe("Tc3SigningKeyCache", () => {
  it("returns the same key object on a hit and derives the right key on a miss", () => {
    const cache = new Tc3SigningKeyCache();
    const a = cache.get("secret-1", "2024-01-01", "cvm");
    expect(cache.get("secret-1", "2024-01-01", "cvm")).toBe(a);
    expect(Buffer.from(a).toString("hex")).toBe(Buffer.from(deriveTc3SigningKey("secret-1", "2024-01-01", "cvm")).toString("hex"));
    expect(cache.get("secret-2", "2024-01-01", "cvm")).not.toBe(a);
    expect(cache.get("secret-1", "2024-01-01", "cbs")).not.toBe(a);
    expect(cache.size).toBe(3);
  });

  it("drops keys of past days and stays bounded", () => {
    const cache = new Tc3SigningKeyCache(4);
    for (let i = 0; i < 10; i++) cache.get("s", "2024-01-01", `svc${i}`);
    expect(cache.size).toBe(4);
    cache.get("s", "2024-01-02", "cvm");
    expect(cache.size).toBe(1);
  });

  it("keeps its secrets and derived keys out of util.inspect", () => {
    const cache = new Tc3SigningKeyCache();
    const key = cache.get("InspectMeNotSecret-123", "2024-01-01", "cvm");
    const shown = inspect(cache, { depth: 5, showHidden: true });
    expect(shown).not.toContain("InspectMeNotSecret-123");
    expect(shown).not.toContain(Buffer.from(key).toString("hex").slice(0, 8));
  });

  it("signatures with a cache, a precomputed key and no cache agree", () => {
    const input = {
      method: "POST" as const,
      host: "cvm.tencentcloudapi.com",
      payload: '{"Limit":1}',
      timestamp: 1_700_000_000,
      service: "cvm",
      secretId: "AKID",
      secretKey: "k3y",
    };
    const plain = signTc3(input).authorization;
    expect(signTc3({ ...input, keyCache: new Tc3SigningKeyCache() }).authorization).toBe(plain);
    expect(signTc3({ ...input, signingKey: deriveTc3SigningKey("k3y", "2023-11-14", "cvm") }).authorization).toBe(plain);
    expect(signTc3({ ...input, signingKey: deriveTc3SigningKey("other", "2023-11-14", "cvm") }).authorization).not.toBe(plain);
  });

  it("ServiceClient signs with its own cache, leaving the module-wide one empty", async () => {
    clearTc3SigningKeyCache();
    const transport: Transport = { send: async () => ({ status: 200, headers: {}, body: '{"Response":{"RequestId":"r"}}' }) };
    const c = new ServiceClient({
      protocol: "tc3-hmac-sha256",
      service: "cvm",
      apiVersion: "2017-03-12",
      endpoint: "cvm.tencentcloudapi.com",
      credentials: { secretId: "AKID", secretKey: "k" },
      transport,
    });
    await c.request("DescribeZones", {});
    await c.request("DescribeZones", {});
    expect(tc3SigningKeyCacheSize()).toBe(0);
  });
});
