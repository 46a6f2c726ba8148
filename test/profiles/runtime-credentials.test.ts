/**
 * A package's README tells where the runtime looks for credentials and a region, with names taken
 * from the protocol profile (`credentials`, `regionEnv`, `clientHeader`). The runtime is published
 * apart and cannot import the generator, so it keeps its own copy of those names; these tests hold
 * the two equal by running the runtime's own code (from runtime/src) with an environment, a home
 * directory and a credentials file that only the profile's names make, and watching what it sends.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PROTOCOLS, type KnownProtocol } from "../../generator/src/profiles/protocols.js";
import { successAnswer } from "../../generator/src/mock/answer.js";
import { ServiceClient } from "../../runtime/src/client.js";
import { assumeRoleCredentials } from "../../runtime/src/credential-providers.js";
import { PROFILE_ENV, defaultCredentialChain, envCredentials, profileLocation } from "../../runtime/src/credentials.js";
import { REGION_ENV, profileRegion } from "../../runtime/src/region.js";
import { INSTANCE_ROLE_ENV, WEB_IDENTITY_ENV } from "../../runtime/src/role-credentials.js";
import type { Transport, TransportRequest, TransportResponse } from "../../runtime/src/transport.js";

const protocols = Object.keys(PROTOCOLS) as KnownProtocol[];
const profiles = Object.values(PROTOCOLS);

/** Every environment variable some profile names, so a test can leave only one profile's set. */
const everyName = [
  ...new Set(
    profiles.flatMap((p) => [
      p.regionEnv,
      ...Object.values(p.credentials.env),
      p.credentials.profileEnv,
      ...Object.values(p.credentials.webIdentityEnv),
      p.credentials.instanceRoleEnv,
    ]),
  ),
  // the runtime's override of the Alibaba file, which the README does not mention
  "ALIBABA_CLOUD_CREDENTIALS_FILE",
];

/** A transport that records each request and answers with `answer`. */
function recording(answer: (req: TransportRequest) => TransportResponse) {
  const seen: TransportRequest[] = [];
  const transport: Transport = { send: async (req) => (seen.push(req), answer(req)) };
  return { seen, transport };
}

/** `~/x` under `home`. */
const underHome = (file: string, home: string) => file.replace(/^~(?=\/)/, home);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(protocols)("the runtime reads the names profile %s gives", (protocol) => {
  const profile = PROTOCOLS[protocol];
  const c = profile.credentials;

  it("as its own constants of the vendor", () => {
    expect(REGION_ENV[c.vendor]).toBe(profile.regionEnv);
    expect(PROFILE_ENV[c.vendor]).toBe(c.profileEnv);
    expect(INSTANCE_ROLE_ENV[c.vendor]).toBe(c.instanceRoleEnv);
    expect(WEB_IDENTITY_ENV[c.vendor]).toMatchObject(c.webIdentityEnv);
    expect(profileLocation({ vendor: c.vendor, env: {} }).path).toBe(underHome(c.file, homedir()));
  });

  it("keys from its environment variables, a profile from its variable, a region from its profile key", async () => {
    const env = { [c.env.id]: "id-from-profile-names", [c.env.secret]: "secret-from-profile-names", [c.env.token]: "token-from-profile-names" };
    expect(await envCredentials(c.vendor, env)()).toEqual({
      secretId: "id-from-profile-names",
      secretKey: "secret-from-profile-names",
      token: "token-from-profile-names",
    });
    const file = join(mkdtempSync(join(tmpdir(), "doc2sdk-profile-names-")), "credentials");
    writeFileSync(file, `[default]\n${c.profileRegionKey} = xx-default-1\n[named]\n${c.profileRegionKey} = xx-named-1\n`);
    expect(await profileRegion(c.vendor, { path: file, env: {} })).toBe("xx-default-1");
    expect(await profileRegion(c.vendor, { path: file, env: { [c.profileEnv]: "named" } })).toBe("xx-named-1");
  });

  it("in a client of the protocol: keys, profile file, profile variable, region key and client header", async () => {
    const home = mkdtempSync(join(tmpdir(), "doc2sdk-home-"));
    const file = underHome(c.file, home);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `[default]\n${c.profileRegionKey} = xx-default-1\n[named]\n${c.profileRegionKey} = xx-named-1\n`);
    for (const name of everyName) vi.stubEnv(name, "");
    vi.stubEnv("HOME", home);
    vi.stubEnv(c.env.id, "id-from-profile-names");
    vi.stubEnv(c.env.secret, "secret-from-profile-names");
    vi.stubEnv(c.env.token, "token-from-profile-names");
    vi.stubEnv(c.profileEnv, "named");

    const { seen, transport } = recording(() => {
      const a = successAnswer(protocol, { RequestId: "r-1" });
      return { status: a.status, headers: { "content-type": "application/json" }, body: JSON.stringify(a.body) };
    });
    const regions: (string | undefined)[] = [];
    const client = () =>
      new ServiceClient({
        protocol,
        service: "thing",
        apiVersion: "2020-01-01",
        endpoint: profile.endpoint.template.replace("{service}", "thing"),
        transport,
        maxAttempts: 1,
        sdk: { name: "@doc2sdk/thing", version: "1.0.0" },
        middleware: [{ name: "seen", before: (req) => void regions.push(req.region) }],
      });
    await client().request("DescribeThings");
    vi.stubEnv(profile.regionEnv, "xx-env-1");
    await client().request("DescribeThings");

    // the region: the profile named by the profile variable, read by its key; then the region variable
    expect(regions).toEqual(["xx-named-1", "xx-env-1"]);
    // the keys of the environment variables signed the request, and the token went with it
    const sent = JSON.stringify(seen[0]);
    expect(sent).toContain("id-from-profile-names");
    expect(sent).toContain("token-from-profile-names");
    expect(sent).not.toContain("secret-from-profile-names");
    // the headers that name the SDK: User-Agent and the vendor's client header, if it has one
    const naming = Object.keys(seen[0]!.headers).filter((h) => h !== "User-Agent" && seen[0]!.headers[h]!.startsWith("doc2sdk/"));
    expect(naming).toEqual(profile.clientHeader ? [profile.clientHeader] : []);
  });

  it("OIDC web identity when its two variables are set", async () => {
    vi.stubEnv("HOME", mkdtempSync(join(tmpdir(), "doc2sdk-empty-")));
    const tokenFile = join(mkdtempSync(join(tmpdir(), "doc2sdk-oidc-")), "token");
    writeFileSync(tokenFile, "oidc-token\n");
    const { seen, transport } = recording(() => ({ status: 400, headers: {}, body: "{}" }));
    const env = {
      [c.webIdentityEnv.tokenFile]: tokenFile,
      [c.webIdentityEnv.roleArn]: c.exampleRoleArn,
      // the identity provider is the runtime's business (the README names only the two above)
      [WEB_IDENTITY_ENV[c.vendor].providerId]: "provider",
    };
    const chain = defaultCredentialChain(c.vendor, "no-such-profile", { env, sts: { transport } });
    await expect(chain()).rejects.toThrow();
    expect(seen.map((r) => decodeURIComponent(r.body ?? "")).join()).toContain(c.exampleRoleArn);
  });

  it("the instance role when its variable names one", async () => {
    vi.stubEnv("HOME", mkdtempSync(join(tmpdir(), "doc2sdk-empty-")));
    const { seen, transport } = recording(() => ({ status: 404, headers: {}, body: "" }));
    const chain = defaultCredentialChain(c.vendor, "no-such-profile", {
      env: { [c.instanceRoleEnv]: "deployer" },
      metadata: { baseUrl: "http://metadata.invalid", transport },
    });
    await expect(chain()).rejects.toThrow();
    expect(seen.map((r) => r.url)).toContainEqual(expect.stringMatching(/\/security-credentials\/deployer$/));
  });

  it("assumeRoleCredentials with its vendor key and example role ARN, at the vendor's STS host", async () => {
    const { seen, transport } = recording(() => ({ status: 400, headers: {}, body: "{}" }));
    const provider = assumeRoleCredentials({ vendor: c.vendor, roleArn: c.exampleRoleArn, source: { secretId: "id", secretKey: "key" }, transport });
    await expect(provider()).rejects.toThrow();
    expect(seen.length).toBeGreaterThan(0);
    expect(new URL(seen[0]!.url).host).toBe(profile.endpoint.template.replace("{service}", "sts"));
    expect(decodeURIComponent(JSON.stringify(seen[0]))).toContain(c.exampleRoleArn);
  });
});
