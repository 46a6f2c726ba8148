/** The bounds a call has without being told: a default per-attempt timeout and a response size cap. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TIMEOUT_MS, ServiceClient } from "../src/client.js";
import { NetworkError } from "../src/errors.js";
import { NodeHttpTransport, type TransportRequest } from "../src/transport.js";
import { startLocalServer, type LocalServer } from "./helpers/local-server.js";

const config = {
  protocol: "tc3-hmac-sha256",
  service: "cvm",
  apiVersion: "2017-03-12",
  endpoint: "cvm.tencentcloudapi.com",
  credentials: { secretId: "AKIDlimits", secretKey: "limits-secret" },
  maxAttempts: 1,
} as const;

describe("default bounds", () => {
  it("every attempt has a timeout unless the client or the call turns it off", async () => {
    const seen: (number | undefined)[] = [];
    const transport = {
      send: async (req: TransportRequest) => (seen.push(req.timeoutMs), { status: 200, headers: {}, body: '{"Response":{"RequestId":"r"}}' }),
    };
    await new ServiceClient({ ...config, transport }).request("DescribeInstances");
    await new ServiceClient({ ...config, transport, timeoutMs: 0 }).request("DescribeInstances");
    await new ServiceClient({ ...config, transport, timeoutMs: 5000 }).request("DescribeInstances", {}, { timeoutMs: 250 });
    expect(seen).toEqual([DEFAULT_TIMEOUT_MS, 0, 250]);
  });

  describe("response size cap", () => {
    let server: LocalServer;
    beforeAll(async () => {
      server = await startLocalServer();
    });
    afterAll(() => server.close());

    it("cuts off a body larger than the cap with a NetworkError naming it", async () => {
      server.reset(() => ({ status: 200, body: JSON.stringify({ Response: { Blob: "x".repeat(300_000), RequestId: "r" } }) }));
      const transport = new NodeHttpTransport({ maxResponseBytes: 100_000 });
      const client = new ServiceClient({ ...config, transport, endpointOverride: server.base });
      const e = await client.request("DescribeInstances").then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(NetworkError);
      expect((e as NetworkError).code).toBe("ERESPONSETOOLARGE");
      expect((e as Error).message).toContain("exceeds 100000 bytes");
      const roomy = new ServiceClient({ ...config, transport: new NodeHttpTransport(), endpointOverride: server.base });
      await expect(roomy.request("DescribeInstances")).resolves.toMatchObject({ RequestId: "r" });
      transport.destroy();
    });
  });
});
