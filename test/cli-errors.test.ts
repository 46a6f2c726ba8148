/**
 * Every CLI error path the issue lists (15, items 2 and 4), run as a process: one line
 * `doc2sdk: …` on stderr, exit 2, no stack trace, nothing half-written. `generate` runs over a copy
 * of the project (DOC2SDK_ROOT) with one input damaged at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliRun } from "./run-cli.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "doc2sdk-clierr-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = runCli;

/** The promise: exit 2, exactly one line on stderr, starting `doc2sdk: `, matching `message`. */
function expectOneLineError(r: CliRun, message: RegExp): void {
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^doc2sdk: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.status, r.stderr).toBe(2);
}

const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe("parse: documents and --out", () => {
  it("a missing path", async () => expectOneLineError(await run(["parse", join(tmp, "nope.md")]), /nope\.md: cannot read: no such file/));
  it("a directory as the document", async () => expectOneLineError(await run(["parse", tmp]), /cannot read: is a directory/));
  it("--out naming a directory writes nothing", async () => {
    expectOneLineError(await run(["parse", "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md", "--out", tmp]), /--out .*: is a directory/);
  });
  it("--out in a directory that does not exist", async () => {
    expectOneLineError(
      await run(["parse", "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md", "--out", join(tmp, "no/such/dir/x.json")]),
      /does not exist/,
    );
  });
  it("--protocol must be a protocol the schema allows; nothing is written", async () => {
    const out = join(tmp, "nope-protocol.json");
    expectOneLineError(
      await run(["parse", "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md", "--protocol", "nope", "--out", out]),
      /--protocol nope: not one of tc3-hmac-sha256/,
    );
    expect(existsSync(out)).toBe(false);
  });
  it("EPIPE: the reader goes away (`| head`): one line, exit 2", async () => {
    const child = spawn(process.execPath, ["bin/doc2sdk.js", "parse", "spec/sources/tencentcloud-redis-2017.txt"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // like head exiting before the output is complete
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const [code] = await once(child, "exit");
    expectOneLineError({ status: code, stderr } as CliRun, /EPIPE/);
  });
  it("a UTF-16 document is read, not called binary", async () => {
    const text = readFileSync(join(root, "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md"), "utf8");
    const out = join(tmp, "utf16.json");
    const r = await run(["parse", file("utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])), "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).actions.map((a: { name: string }) => a.name)).toEqual(["CloneInstances"]);
  });
  it("CR-only line endings are read like LF", async () => {
    const text = readFileSync(join(root, "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md"), "utf8");
    const out = join(tmp, "cr.json");
    const r = await run(["parse", file("cr.md", text.replace(/\n/g, "\r")), "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).actions).toHaveLength(1);
  });
});

describe("spec files: check, mock, diff", () => {
  const broken = [
    ["{}", "{}"],
    [
      "actions:[{}]",
      JSON.stringify({
        specVersion: 1,
        service: { provider: "p", name: "n", apiVersion: "1", protocol: "tc3-hmac-sha256", endpoint: "n.example.com", title: "t", source: { file: "x" } },
        actions: [{}],
        structures: [],
        errors: [],
      }),
    ],
    ["no service name", JSON.stringify({ specVersion: 1, service: { protocol: "tc3-hmac-sha256" }, actions: [], structures: [], errors: [] })],
  ] as const;
  for (const [what, text] of broken) {
    it(`mock refuses a structurally broken spec (${what}) instead of serving "undefined undefined"`, async () => {
      expectOneLineError(await run(["mock", file(`broken-${what.length}.json`, text), "--port", "0"]), /not a doc2sdk spec: /);
    });
  }
  it("check and diff refuse them too", async () => {
    expectOneLineError(await run(["check", file("empty-object.json", "{}")]), /empty-object\.json: not a doc2sdk spec/);
    expectOneLineError(await run(["diff", file("e1.json", "{}"), "spec/tencentcloud-redis-2017.json"]), /e1\.json: not a doc2sdk spec/);
  });
  it("mock --port abc", async () =>
    expectOneLineError(await run(["mock", "spec/tencentcloud-redis-2017.json", "--port", "abc"]), /--port abc: not a port number/));
  it("mock on a port in use", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = String((busy.address() as AddressInfo).port);
    const r = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, ["bin/doc2sdk.js", "mock", "spec/tencentcloud-redis-2017.json", "--port", port], { cwd: root });
      let stderr = "";
      child.stderr.on("data", (c) => (stderr += c));
      const killer = setTimeout(() => child.kill(), 60_000);
      child.on("exit", (status) => {
        clearTimeout(killer);
        resolve({ status, stderr } as CliRun);
      });
    });
    busy.close();
    expectOneLineError(r, /cannot listen on 127\.0\.0\.1:\d+: the address is in use/);
  });
  it("mock with a bad host", async () =>
    expectOneLineError(
      await run(["mock", "spec/tencentcloud-redis-2017.json", "--port", "0", "--host", "no-such-host.invalid"]),
      /cannot listen on no-such-host\.invalid:0: unknown host/,
    ));
  it("diff of two different APIs is an error unless --any-api", async () => {
    expectOneLineError(
      await run(["diff", "spec/tencentcloud-redis-2017.json", "spec/aliyun-r-kvstore-2015-01-01.json"]),
      /describe different APIs .*--any-api/,
    );
    const r = await run(["diff", "spec/tencentcloud-redis-2017.json", "spec/aliyun-r-kvstore-2015-01-01.json", "--any-api", "--json"]);
    expect(r.status, r.stderr).toBe(0);
  });
  it("release --since <typo> is an error, not every package", async () =>
    expectOneLineError(await run(["release", "--since", "no-such-rev-15"]), /--since no-such-rev-15: no such git revision/));
});

describe("generate over a damaged copy of the project", () => {
  let copy: string;
  const ID = "tencentcloud-redis-2017";
  const gen = (...args: string[]) => run(["generate", "--only", ID, ...args], { DOC2SDK_ROOT: copy });
  /** Damages one file for the duration of `fn`, then puts it back. */
  async function damaged(rel: string, content: string, fn: () => Promise<void>): Promise<void> {
    const p = join(copy, rel);
    const had = existsSync(p) ? readFileSync(p) : undefined;
    writeFileSync(p, content);
    try {
      await fn();
    } finally {
      if (had) writeFileSync(p, had);
      else rmSync(p);
    }
  }
  beforeAll(() => {
    copy = join(tmp, "project");
    mkdirSync(copy);
    for (const dir of ["spec", "templates", "generated/tencentcloud-redis-legacy", "runtime/src", "runtime/package.json"])
      cpSync(join(root, dir), join(copy, dir), { recursive: true });
  });

  it("an empty manifest", async () =>
    await damaged("spec/sources/manifest.json", "", async () => expectOneLineError(await gen(), /manifest\.json:1: the manifest is empty/)));
  it("a manifest that is not JSON", async () =>
    await damaged("spec/sources/manifest.json", "{ apis: [", async () => expectOneLineError(await gen(), /manifest\.json: not valid JSON/)));
  it("a manifest without apis", async () =>
    await damaged("spec/sources/manifest.json", "{}", async () => expectOneLineError(await gen(), /manifest\.json: apis: must be an array/)));
  it("a manifest entry without sources", async () =>
    damaged(
      "spec/sources/manifest.json",
      JSON.stringify({ apis: [{ id: ID, provider: "tencentcloud", service: "redis", apiVersion: "2017", protocol: "tencentcloud-v1", title: "t" }] }),
      async () => expectOneLineError(await gen(), /apis\[0\]\.sources: must list at least one source/),
    ));
  it("a package name that would write outside generated/", async () => {
    const m = JSON.parse(readFileSync(join(root, "spec/sources/manifest.json"), "utf8"));
    m.apis.find((a: { id: string }) => a.id === ID).package.name = "../../x";
    await damaged("spec/sources/manifest.json", JSON.stringify(m), async () =>
      expectOneLineError(await gen("--force"), /package\.name: "\.\.\/\.\.\/x" must be/),
    );
    expect(existsSync(join(copy, "..", "x"))).toBe(false);
  });
  it("a missing source document", async () => {
    const src = join(copy, "spec/sources/tencentcloud-redis-2017.txt");
    const keep = readFileSync(src);
    rmSync(src);
    try {
      expectOneLineError(await gen(), /tencentcloud-redis-2017\.txt: cannot read: no such file/);
    } finally {
      writeFileSync(src, keep);
    }
  });
  for (const [what, text] of [
    ["{}", "{}"],
    ["actions:[{}]", '{"specVersion":1,"actions":[{}]}'],
  ] as const) {
    it(`a damaged committed spec (${what}) stops the run naming it`, async () =>
      damaged(`spec/${ID}.json`, text, async () =>
        expectOneLineError(await gen("--force"), new RegExp(`${ID}\\.json: not a doc2sdk spec: .*restore it from git`)),
      ));
  }
  it("a template syntax error names the template and line", async () =>
    damaged("templates/package/README.md.hbs", "# {{title}}\n\n{{#if x}}\nunclosed\n{{/each}}\n", async () =>
      expectOneLineError(await gen("--force"), /README\.md\.hbs:\d+: /),
    ));
  it("a bad document in one worker of a pool: one line, and no API of the run is written", async () => {
    const src = join(copy, "spec/sources/tencentcloud-redis-2017.txt");
    const keep = readFileSync(src);
    rmSync(src);
    try {
      const r = await run(["generate", "--only", ID, "aliyun-r-kvstore-2015-01-01", "--force", "--jobs", "2"], { DOC2SDK_ROOT: copy });
      expect(r.stderr).toMatch(/^doc2sdk: .*tencentcloud-redis-2017\.txt: cannot read: no such file/m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(2);
      // the other API rendered fine in its worker, but nothing is written before every API has
      expect(existsSync(join(copy, "generated/aliyun-r-kvstore"))).toBe(false);
    } finally {
      writeFileSync(src, keep);
    }
  });
  it("--jobs must be a whole number", async () => {
    const r = await gen("--jobs", "0");
    expect(r.stderr).toMatch(/--jobs.*whole number of at least 1/);
    expect(r.status).not.toBe(0);
  });
  it("a corrupted generate.lock.json: a warning naming it, then a full rebuild", async () => {
    writeFileSync(join(copy, "spec/generate.lock.json"), '{"tencentcloud-redis-2017": {"sources": "abc", "gene');
    const r = await gen();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^doc2sdk: warning: spec\/generate\.lock\.json is damaged \(.*\); ignoring it: every API is rebuilt/);
    expect(r.stderr.match(/warning/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/\[1\/1\] tencentcloud-redis-2017: \d+ actions/);
    expect(JSON.parse(readFileSync(join(copy, "spec/generate.lock.json"), "utf8"))[ID].version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
