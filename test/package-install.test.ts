/**
 * `npm pack` of the runtime and of each generated package gives tarballs that install in an empty
 * project outside the repository, where a small TypeScript program using the client type-checks
 * under --strict and runs against the mock server.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../generator/src/generate-all.js";
import { exampleFit } from "../generator/src/emit/example-typing.js";
import { methodName, packageIdentity } from "../generator/src/emit/naming.js";
import { startMockServer } from "../generator/src/mock/mock-server.js";
import type { Spec } from "../generator/src/model.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const run = promisify(execFile);
// asynchronous: a worker blocked in long synchronous calls misses vitest's RPC deadline (60 s)
const npm = async (args: string[], cwd: string) => (await run("npm", args, { cwd, encoding: "utf8", timeout: 180_000 })).stdout;

let work: string;
let runtimeTarball: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "doc2sdk-install-"));
  // the runtime ships dist/ (gitignored): its prepack script builds it from the sources
  runtimeTarball = join(work, JSON.parse(await npm(["pack", "--json", "--pack-destination", work], join(root, "runtime")))[0].filename);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("packed packages install and run outside the repository", () => {
  for (const entry of readManifest(root)) {
    it(`${entry.id}`, async () => {
      const spec = JSON.parse(readFileSync(join(root, "spec", `${entry.id}.json`), "utf8")) as Spec;
      const pkg = packageIdentity(spec, entry.package);
      const packed = JSON.parse(await npm(["pack", "--json", "--pack-destination", work], join(root, "generated", pkg.dir)))[0];
      // nothing but build output, types, docs and the two markdown files ships
      expect(
        packed.files.map((f: { path: string }) => f.path).filter((p: string) => !/^(dist\/|docs\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(p)),
      ).toEqual([]);

      const project = join(work, pkg.dir);
      mkdirSync(project, { recursive: true });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
      await npm(["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", runtimeTarball, join(work, packed.filename)], project);

      const action = spec.actions.find((a) => a.examples.some((ex) => !exampleFit(spec, a, ex).problems.length && !exampleFit(spec, a, ex).omitted.length))!;
      const example = action.examples.find((ex) => !exampleFit(spec, action, ex).problems.length)!;
      writeFileSync(
        join(project, "program.ts"),
        `import { ${pkg.client}, is${pkg.prefix}Error, type ${pkg.prefix}ErrorCode } from "${pkg.npmName}";
const [endpoint] = process.argv.slice(2);
const client = new ${pkg.client}({ region: "ap-guangzhou", endpoint, credentials: { secretId: "AKIDinstall", secretKey: "install-secret" }, maxAttempts: 1 });
const out = await client.${methodName(action.name)}(${JSON.stringify(example.input)});
const requestId: string = out.RequestId;
const code: ${pkg.prefix}ErrorCode | undefined = undefined;
try {
  await client.call(${JSON.stringify(action.name)}, ${JSON.stringify(example.input)}, { timeoutMs: 5000 });
} catch (e) {
  if (is${pkg.prefix}Error(e)) console.error(e.code, code);
  throw e;
}
console.log(JSON.stringify({ requestId, out }));
`,
      );
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            skipLibCheck: false,
            typeRoots: [join(root, "node_modules/@types")],
            types: ["node"],
          },
          files: ["program.ts"],
        }),
      );
      await run(process.execPath, [tsc, "-p", project], { encoding: "utf8" });

      const server = await startMockServer({ spec, credentials: { secretId: "AKIDinstall", secretKey: "install-secret" } });
      try {
        const { stdout } = await run(process.execPath, [join(project, "program.js"), server.url], { cwd: project });
        const result = JSON.parse(stdout);
        expect(result.requestId).toEqual(expect.any(String));
        const { RequestId: _a, ...got } = result.out;
        const { RequestId: _b, ...want } = example.output as Record<string, unknown>;
        expect(got).toEqual(want);
      } finally {
        await server.close();
      }
    }, 120_000);
  }
});
