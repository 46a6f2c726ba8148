/**
 * A release as a consumer receives it: a local npm registry (verdaccio on 127.0.0.1, a free
 * port, storage in a temp dir, no uplink to the public registry) is started; `doc2sdk release
 * --registry` publishes the runtime and every package to it; a second release of the same
 * versions is refused; and a fresh CommonJS project (what `npm init -y` makes) installs
 * @doc2sdk/tencentcloud-redis by name from that registry and calls the mock server through it,
 * with require and with import. npm runs with its own temp cache and user config: nothing here
 * can reach the real registry.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { runServer } from "verdaccio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFit } from "../generator/src/emit/example-typing.js";
import { methodName } from "../generator/src/emit/naming.js";
import { startMockServer, type MockServer } from "../generator/src/mock/mock-server.js";
import type { Spec } from "../generator/src/model.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const execFileAsync = promisify(execFile);

let work: string;
let registry: string;
let verdaccio: Server;
let env: NodeJS.ProcessEnv;

/** Runs a command without blocking this process, which serves the registry the command talks to. */
function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return execFileAsync(cmd, args, { cwd, env, encoding: "utf8", timeout: 240_000 })
    .then((r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }))
    .catch((e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof e.code === "number" ? e.code : 1,
      stdout: e.stdout ?? "",
      stderr: e.stderr ?? String(e),
    }));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "doc2sdk-registry-"));
  const config = join(work, "verdaccio.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(work, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(work, "htpasswd")}`,
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: json, level: fatal }",
      "",
    ].join("\n"),
  );
  verdaccio = (await runServer(config)) as unknown as Server;
  await new Promise<void>((resolve, reject) => verdaccio.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
  registry = `http://127.0.0.1:${(verdaccio.address() as AddressInfo).port}/`;

  // a user for publishing: verdaccio's htpasswd plugin answers npm's adduser request with a token
  const res = await fetch(`${registry}-/user/org.couchdb.user:releaser`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "releaser", password: "release-test-password" }),
  });
  expect(res.status).toBe(201);
  const { token } = (await res.json()) as { token: string };
  const userconfig = join(work, "npmrc");
  writeFileSync(userconfig, `registry=${registry}\n//${registry.replace(/^http:\/\//, "")}:_authToken=${token}\n`);
  env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
  Object.assign(env, {
    npm_config_userconfig: userconfig,
    npm_config_cache: join(work, "npm-cache"),
    npm_config_registry: registry,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  });
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => (verdaccio ? verdaccio.close(resolve) : resolve(undefined)));
  rmSync(work, { recursive: true, force: true });
});

describe("doc2sdk release --registry, and a consumer installing from that registry", () => {
  const packages = ["runtime", "tencentcloud-redis", "tencentcloud-postgres", "aliyun-r-kvstore", "tencentcloud-redis-legacy"];
  const versionOf = (dir: string) =>
    (JSON.parse(readFileSync(join(root, dir === "runtime" ? "runtime" : `generated/${dir}`, "package.json"), "utf8")) as { version: string }).version;

  it("publishes the runtime and every package, then refuses the same versions again", async () => {
    const first = await run(process.execPath, ["bin/doc2sdk.js", "release", "--all", "--registry", registry], root);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`5 of 5 package(s) published to ${registry}`);
    // the runtime goes first: the packages depend on it
    expect(first.stdout.split("\n").find((l) => l.startsWith("published "))).toContain("@doc2sdk/runtime@");
    for (const p of packages) {
      const name = p === "runtime" ? "@doc2sdk/runtime" : `@doc2sdk/${p}`;
      const view = await run("npm", ["view", name, "version", "--registry", registry], work);
      expect(view.stdout.trim(), view.stderr).toBe(versionOf(p));
    }

    const again = await run(process.execPath, ["bin/doc2sdk.js", "release", "--all", "--registry", registry], root);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`@doc2sdk/tencentcloud-redis@${versionOf("tencentcloud-redis")} is already on ${registry}`);
    expect(again.stdout).toContain("nothing published");
    expect(again.stdout + again.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 300_000);

  it("a fresh CommonJS project installs @doc2sdk/tencentcloud-redis by name and calls the mock, with require and import", async () => {
    const project = join(work, "scratch");
    mkdirSync(project);
    // what `npm init -y` writes: no "type", so CommonJS
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", main: "index.js", license: "ISC" }, null, 2));
    const install = await run("npm", ["install", "@doc2sdk/tencentcloud-redis", "--registry", registry], project);
    expect(install.code, install.stderr).toBe(0);
    const installed = JSON.parse(readFileSync(join(project, "node_modules/@doc2sdk/runtime/package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(versionOf("runtime"));
    expect(JSON.parse(readFileSync(join(project, "package.json"), "utf8")).dependencies["@doc2sdk/tencentcloud-redis"]).toBe(
      `^${versionOf("tencentcloud-redis")}`,
    );

    const spec = JSON.parse(readFileSync(join(root, "spec/tencentcloud-redis-2018-04-12.json"), "utf8")) as Spec;
    const action = spec.actions.find((a) =>
      a.examples.some((ex) => {
        const f = exampleFit(spec, a, ex);
        return !f.problems.length && !f.omitted.length;
      }),
    )!;
    const example = action.examples.find((ex) => !exampleFit(spec, action, ex).problems.length)!;
    const call = (load: string) => `${load}
const client = new RedisClient({ region: "ap-guangzhou", endpoint: process.argv[2], credentials: { secretId: "AKIDregistry", secretKey: "registry-secret" }, maxAttempts: 1 });
client.${methodName(action.name)}(${JSON.stringify(example.input)}).then((out) => console.log(JSON.stringify(out)), (e) => { console.error(String(e)); process.exitCode = 1; });
`;
    writeFileSync(join(project, "index.js"), call(`const { RedisClient } = require("@doc2sdk/tencentcloud-redis");`));
    writeFileSync(join(project, "index.mjs"), call(`import { RedisClient } from "@doc2sdk/tencentcloud-redis";`));

    const server: MockServer = await startMockServer({ spec, credentials: { secretId: "AKIDregistry", secretKey: "registry-secret" } });
    try {
      const { RequestId: _w, ...want } = example.output as Record<string, unknown>;
      for (const file of ["index.js", "index.mjs"]) {
        const r = await run(process.execPath, [file, server.url], project);
        expect(r.code, `${file}: ${r.stderr}`).toBe(0);
        const { RequestId, ...got } = JSON.parse(r.stdout) as Record<string, unknown>;
        expect(RequestId).toEqual(expect.any(String));
        expect(got).toEqual(want);
      }
    } finally {
      await server.close();
    }
  }, 300_000);
});
