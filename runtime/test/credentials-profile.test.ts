import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { profileCredentials } from "../src/credentials.js";

describe("profile credentials", () => {
  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-cred-"));
  it("reads ~/.tencentcloud/credentials style files", async () => {
    const p = join(dir, "credentials");
    writeFileSync(p, "[default]\nsecret_id = AKIDa\nsecret_key = k1\n[prod]\nsecret_id=AKIDb\nsecret_key=k2\n");
    expect(await profileCredentials({ path: p })()).toEqual({ secretId: "AKIDa", secretKey: "k1" });
    expect(await profileCredentials({ path: p, profile: "prod" })()).toEqual({ secretId: "AKIDb", secretKey: "k2" });
  });
  it("reads ~/.alibabacloud/credentials.ini style files", async () => {
    const p = join(dir, "credentials.ini");
    writeFileSync(p, "[default]\naccess_key_id = LTAIx\naccess_key_secret = s\n");
    expect(await profileCredentials({ vendor: "aliyun", path: p })()).toEqual({ secretId: "LTAIx", secretKey: "s" });
  });
  it("fails without leaking file contents", async () => {
    const p = join(dir, "bad");
    writeFileSync(p, "[default]\nsecret_key = topsecret\n");
    const err = await profileCredentials({ path: p })().catch((e) => e);
    expect(String(err)).toMatch(/incomplete/);
    expect(String(err)).not.toContain("topsecret");
    await expect(profileCredentials({ path: join(dir, "missing") })()).rejects.toThrow(/not readable/);
  });
});
