/**
 * Names a reference can contain become identifiers, keys and comments in the generated package
 * (issue 15, item 5): actions called `Constructor`, `Call` or `ToString` (methods `constructor`,
 * `call`, `toString` of the client), fields called `toString` or `constructor`, a title with `*\/`
 * in it. The fixture spec is emitted into a temporary package inside the checkout; it must pass
 * tsc --strict and its own generated tests, against the mock server.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitPackage } from "../generator/src/emit/emit-package.js";
import { packageIdentity } from "../generator/src/emit/naming.js";
import type { Spec } from "../generator/src/model.js";
import { checkSpecShape } from "../generator/src/spec-file.js";
import { action, field, structure, tinySpec } from "./diff/tiny-spec.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// two levels below the root, as generated/<pkg> is: the emitted test imports ../../../generator
const base = mkdtempSync(join(root, ".tmp-hostile-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

export function hostileSpec(): Spec {
  const s = tinySpec();
  s.service.title = "Hostile */ API with @tags, `ticks` and {@link braces}";
  const tricky = [
    field("toString", { required: true }),
    field("constructor"),
    field("valueOf", { type: "integer" }),
    field("hasOwnProperty", { type: "boolean" }),
  ];
  s.actions.push(
    action("Constructor", {
      description: "Builds */ things. @internal",
      input: tricky,
      output: [field("toString"), field("constructor")],
      examples: [{ title: "Example */ 1", input: { toString: "a", constructor: "b", valueOf: 1 }, output: { toString: "x", constructor: "y" } }],
    }),
    action("Call", { input: [field("Name", { required: true })], output: [field("Name")] }),
    action("ToString", { output: [field("Text")] }),
    action("ValueOf", { output: [field("Value", { type: "integer" })] }),
    action("delete", { input: [field("Id")], output: [] }),
  );
  s.structures.push(structure("Object", [field("toString"), field("constructor", { type: "integer" })]), structure("Function", [field("apply")]));
  s.actions.find((a) => a.name === "DescribeThings")!.output.push(field("Shape", { type: "Object" }), field("Fn", { type: "Function", array: true }));
  s.actions.sort((a, b) => a.name.localeCompare(b.name));
  return s;
}

async function emitInto(spec: Spec, name: string): Promise<string> {
  const dir = join(base, name);
  const specPath = join(base, `${name}.spec.json`);
  const withPackage: Spec = {
    ...spec,
    package: {
      name,
      client: "HostileClient",
      version: "1.0.0",
      runtimeVersion: "0.1.0",
      repositoryUrl: "https://example.invalid/doc2sdk",
      directory: relative(root, dir),
      specFile: relative(root, specPath),
      changelog: "## 1.0.0\n\nFirst.\n",
    },
  };
  writeFileSync(specPath, JSON.stringify(withPackage, null, 2));
  const { files } = await emitPackage(withPackage, { templatesDir: join(root, "templates/package"), runtimeSrcDir: join(root, "runtime/src") });
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe("hostile names", () => {
  const spec = hostileSpec();
  it("the fixture is a valid spec (these names are all legal in a reference)", () => expect(() => checkSpecShape(spec, "hostile")).not.toThrow());

  // emitted in a hook, not while collecting: a failure then still reaches afterAll's clean-up
  let dir = "";
  beforeAll(async () => {
    dir = await emitInto(spec, "hostile-pkg");
  });
  it("the package passes tsc --strict", () => {
    const r = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", join(dir, "tsconfig.json")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);

  it("its own generated tests pass against the mock server", () => {
    const config = join(base, "vitest.config.ts");
    writeFileSync(
      config,
      `import { defineConfig } from "vitest/config";\nexport default defineConfig({ resolve: { alias: { "@doc2sdk/runtime": ${JSON.stringify(join(root, "runtime/src/index.ts"))} } }, test: { root: ${JSON.stringify(base)}, include: ["*/test/**/*.test.ts"] } });\n`,
    );
    const r = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "--config", config], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+\d+ passed/);
  }, 120_000);

  it("no comment is closed early by a */ in the docs", () => {
    for (const f of ["src/types.ts", "src/client.ts", "src/errors.ts"]) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) expect(comment.slice(3, -2)).not.toContain("*/");
    }
  });

  it("names that cannot become identifiers are refused with a one-line DocumentError", async () => {
    const bad = tinySpec();
    bad.actions.push(action("Describe-Things"));
    await expect(emitInto(bad, "bad-action")).rejects.toThrow(/action name "Describe-Things" is not an identifier/);
    const clash = tinySpec();
    clash.actions.push(action("createThing"));
    await expect(emitInto(clash, "clash")).rejects.toThrow(/actions CreateThing and createThing would both be named createThing/);
    const badStruct = tinySpec();
    badStruct.structures.push(structure("1st", []));
    await expect(emitInto(badStruct, "bad-struct")).rejects.toThrow(/structure name "1st" cannot name a type/);
  });

  it("a package name that leaves generated/ is refused", () => {
    for (const name of ["../../x", "/abs", "a/b", "..", "UPPER"]) expect(() => packageIdentity(spec, { name, client: "X" })).toThrow(/package name/);
    const derived = tinySpec();
    derived.service.name = "../escape";
    expect(() => packageIdentity(derived)).toThrow(/package name/);
  });
});
