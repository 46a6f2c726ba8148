/**
 * The compile step (declarations from each file alone, one esbuild bundle) and the type-check
 * that runs once over every package whose sources changed: both must refuse broken generated
 * code with the file named, rather than publish it.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { compilePackage, GeneratedCodeError } from "../../generator/src/emit/compile-package.js";
import { checkPackages } from "../../generator/src/emit/check-packages.js";

const runtimeSrc = join(fileURLToPath(new URL("../..", import.meta.url)), "runtime/src");

const tiny = (client: string) =>
  new Map([
    ["src/index.ts", 'export * from "./client.js";\nexport type * from "./types.js";\n'],
    ["src/types.ts", "export interface Ping {\n  /** What comes back. */\n  echo: string;\n}\n"],
    ["src/client.ts", client],
  ]);

const GOOD =
  'import { ServiceError } from "@doc2sdk/runtime";\nimport type { Ping } from "./types.js";\n\nexport function ping(): Ping {\n  return { echo: "pong" };\n}\n\nexport function isServiceError(e: unknown): e is ServiceError {\n  return e instanceof ServiceError;\n}\n';

describe("compilePackage", () => {
  it("writes a .d.ts per source, ESM and CommonJS bundles, with the runtime left external", async () => {
    const out = await compilePackage(tiny(GOOD));
    expect([...out.keys()].sort()).toEqual([
      "dist/cjs/client.d.ts",
      "dist/cjs/index.d.ts",
      "dist/cjs/index.js",
      "dist/cjs/package.json",
      "dist/cjs/types.d.ts",
      "dist/client.d.ts",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/types.d.ts",
    ]);
    expect(out.get("dist/client.d.ts")).toContain("export declare function ping(): Ping;");
    expect(out.get("dist/index.js")).toMatch(/from "@doc2sdk\/runtime"/);
    expect(out.get("dist/cjs/index.js")).toMatch(/require\("@doc2sdk\/runtime"\)/);
    expect(out.get("dist/index.js")).not.toMatch(/doc2sdk-bundle-/);
  });

  it("prints declarations as the sources are laid out: two-space indents, doc comments kept with their ' * '", async () => {
    const client =
      'export class Pinger {\n  /**\n   * Sends a ping.\n   *\n   * @example\n   * ```ts\n   * if (ok) {\n   *   await p.ping();\n   * }\n   * ```\n   */\n  ping(): string {\n    return "pong";\n  }\n}\n';
    const out = await compilePackage(tiny(client));
    expect(out.get("dist/types.d.ts")).toBe("export interface Ping {\n  /** What comes back. */\n  echo: string;\n}\n");
    expect(out.get("dist/client.d.ts")).toBe(
      "export declare class Pinger {\n  /**\n   * Sends a ping.\n   *\n   * @example\n   * ```ts\n   * if (ok) {\n   *   await p.ping();\n   * }\n   * ```\n   */\n  ping(): string;\n}\n",
    );
  });

  it("is deterministic", async () => {
    expect(await compilePackage(tiny(GOOD))).toEqual(await compilePackage(tiny(GOOD)));
  });

  it("refuses an export whose type would have to be inferred, naming file and line", async () => {
    const inferred = "// a banner, with a non-ASCII character: é\n\nexport const answer = [1, 2].map((n) => n * 2);\n";
    await expect(compilePackage(tiny(inferred))).rejects.toThrow(GeneratedCodeError);
    await expect(compilePackage(tiny(inferred))).rejects.toThrow(/src\/client\.ts:3: generated code has no declaration of its own/);
  });
});

describe("checkPackages", () => {
  it("passes sound packages, several in one program", () => {
    expect(() =>
      checkPackages(
        [
          { dir: "a", files: tiny(GOOD) },
          { dir: "b", files: tiny(GOOD) },
        ],
        runtimeSrc,
      ),
    ).not.toThrow();
  });

  it("names the package, file and error of a type error", () => {
    const broken = GOOD.replace('return { echo: "pong" };', "return { echo: 42 };");
    expect(() =>
      checkPackages(
        [
          { dir: "a", files: tiny(GOOD) },
          { dir: "b", files: tiny(broken) },
        ],
        runtimeSrc,
      ),
    ).toThrow(/generated code does not type-check \(1 errors\):\ngenerated\/b\/src\/client\.ts\(5,\d+\): error TS2322/);
  });

  it("checks against the runtime's real exports", () => {
    const wrongImport = GOOD.replace("import { ServiceError }", "import { NoSuchExport as ServiceError }");
    expect(() => checkPackages([{ dir: "a", files: tiny(wrongImport) }], runtimeSrc)).toThrow(/NoSuchExport/);
  });
});
