/**
 * The role providers as the main entry exports them (wrappers that load @doc2sdk/runtime/credentials
 * on first call) behave as the subpath's own: the same credentials from a loopback metadata
 * service, the same failure, and a failed load is retried rather than cached.
 */
import { describe, expect, it } from "vitest";
import * as subpath from "../src/credential-providers.js";
import { INSTANCE_ROLE_ENV, METADATA_BASE_URL, WEB_IDENTITY_ENV, instanceRoleCredentials } from "../src/index.js";
import { useLocalServer } from "./helpers/local-server.js";

const { server, transport } = useLocalServer();

describe("role providers from the main entry", () => {
  it("delegate to the credentials module: same credentials from the metadata service", async () => {
    // one expiry for both requests: computed per request, two requests a second apart differed
    const expiredTime = Math.floor(Date.now() / 1000) + 3600;
    const expiration = new Date(expiredTime * 1000).toISOString().replace(/\.\d+Z$/, "Z");
    server.reset((req) =>
      req.url.endsWith("/security-credentials/role-a")
        ? {
            status: 200,
            body: JSON.stringify({
              TmpSecretId: "AKIDtmp",
              TmpSecretKey: "tmp-key",
              Token: "tok",
              ExpiredTime: expiredTime,
              Expiration: expiration,
              Code: "Success",
            }),
          }
        : { status: 404, body: "" },
    );
    const opts = { vendor: "tencent" as const, roleName: "role-a", baseUrl: server.base, transport };
    const viaRoot = await instanceRoleCredentials(opts)();
    const viaSubpath = await subpath.instanceRoleCredentials(opts)();
    expect(viaRoot).toEqual(viaSubpath);
    expect(viaRoot).toMatchObject({ secretId: "AKIDtmp", secretKey: "tmp-key", token: "tok" });
  });

  it("fail as the subpath's do, and export the same constants", async () => {
    const opts = { vendor: "aliyun" as const, roleName: "r", baseUrl: "http://127.0.0.1:9", metadataToken: "off" as const, timeoutMs: 500 };
    const a = await instanceRoleCredentials(opts)().catch((e: Error) => e.message);
    const b = await subpath
      .instanceRoleCredentials(opts)()
      .catch((e: Error) => e.message);
    expect(a).toBe(b);
    expect([WEB_IDENTITY_ENV, METADATA_BASE_URL, INSTANCE_ROLE_ENV]).toEqual([subpath.WEB_IDENTITY_ENV, subpath.METADATA_BASE_URL, subpath.INSTANCE_ROLE_ENV]);
  });
});
