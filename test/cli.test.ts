import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { ServiceClient, AuthFailureError } from "@doc2sdk/runtime";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "generator/src/cli.ts", ...args], { cwd: root, encoding: "utf8" });

describe("doc2sdk CLI", () => {
  it("--help lists the commands", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const c of ["generate", "parse", "check", "diff", "mock", "release"]) expect(r.stdout).toContain(c);
  });
  it("parse tells the document family, and so the protocol and provider, from the text", () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-cli-"));
    const cases = [
      ["spec/sources/tencentcloud-redis-2017.txt", { provider: "tencentcloud", protocol: "tencentcloud-v1", endpoint: "redis.api.qcloud.com" }, 22],
      [
        "spec/sources/aliyun-r-kvstore-2015-01-01.pdf.txt",
        { provider: "aliyun", protocol: "aliyun-rpc-v1", endpoint: "r-kvstore.aliyuncs.com", apiVersion: "2015-01-01" },
        31,
      ],
    ] as const;
    for (const [doc, service, actions] of cases) {
      const out = join(dir, "spec.json");
      const r = run("parse", doc, "--out", out);
      expect(r.status, r.stderr).toBe(0);
      const spec = JSON.parse(readFileSync(out, "utf8"));
      expect(spec.service).toMatchObject(service);
      expect(spec.actions).toHaveLength(actions);
    }
  });
  it("parse infers the service identity of a document it has not seen", () => {
    const out = join(mkdtempSync(join(tmpdir(), "doc2sdk-cli-")), "pg.json");
    const r = run("parse", "spec/sources/tencentcloud-postgres-2017-03-12.md", "--out", out);
    expect(r.status, r.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(spec.service).toMatchObject({ provider: "tencentcloud", name: "postgres", apiVersion: "2017-03-12", endpoint: "postgres.tencentcloudapi.com" });
    expect(spec.actions).toHaveLength(89);
  });
  it("check --json is machine-readable and exits 0 on doc warnings", () => {
    const r = run("check", "--all", "--json");
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout) as { report: { severity: string; at: string }[] }[];
    const manifest = JSON.parse(readFileSync(join(root, "spec/sources/manifest.json"), "utf8")) as { apis: unknown[] };
    expect(reports).toHaveLength(manifest.apis.length);
    expect(reports.every((x) => x.report.every((d) => /:\d+$/.test(d.at)))).toBe(true);
  });
  it("check exits non-zero when a spec has errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-cli-"));
    const spec = JSON.parse(readFileSync(join(root, "spec/tencentcloud-redis-2018-04-12.json"), "utf8"));
    spec.actions[0].output.push({ name: "Ghost", type: "NoSuchStructure", array: false, required: false, description: "" });
    writeFileSync(join(dir, "bad.json"), JSON.stringify(spec));
    const r = run("check", join(dir, "bad.json"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("uses undefined structure NoSuchStructure");
  });
  it("mock serves a spec: signed requests get the documented example, others a signature error", async () => {
    const child = spawn(process.execPath, ["bin/doc2sdk.js", "mock", "spec/tencentcloud-redis-2018-04-12.json", "--port", "0"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const [first] = (await once(child.stdout, "data")) as [Buffer];
      const url = first.toString().match(/on (http:\/\/\S+)/)?.[1];
      expect(url, first.toString()).toBeDefined();
      const client = (secretKey: string) =>
        new ServiceClient({
          protocol: "tc3-hmac-sha256",
          service: "redis",
          apiVersion: "2018-04-12",
          endpoint: "redis.tencentcloudapi.com",
          endpointOverride: url,
          credentials: { secretId: "AKIDMOCK", secretKey },
          maxAttempts: 1,
        });
      const out = await client("mock-secret-key").request("DescribeAutoBackupConfig", { InstanceId: "crs-5a4p****" });
      expect(out).toMatchObject({ BackupStorageDays: 7, TimePeriod: "01:00-02:00" });
      await expect(client("wrong-key").request("DescribeAutoBackupConfig", { InstanceId: "crs-5a4p****" })).rejects.toBeInstanceOf(AuthFailureError);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);
});
