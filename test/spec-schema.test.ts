import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { Ajv } from "ajv";

const specDir = new URL("../spec/", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("spec.schema.json", specDir), "utf8"));
// the generate lock is not a spec
const specs = readdirSync(specDir).filter((f) => f.endsWith(".json") && f !== "spec.schema.json" && !f.endsWith(".lock.json"));

describe("spec/*.json against spec/spec.schema.json", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  it("has specs to validate", () => expect(specs.length).toBeGreaterThanOrEqual(2));
  for (const file of specs) {
    it(`${file} validates`, () => {
      const spec = JSON.parse(readFileSync(new URL(file, specDir), "utf8"));
      const ok = validate(spec);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
    it(`${file}: every structure used as a type is defined`, () => {
      const spec = JSON.parse(readFileSync(new URL(file, specDir), "utf8"));
      const defined = new Set(spec.structures.map((s: { name: string }) => s.name));
      const used = [...spec.actions.flatMap((a: any) => [...a.input, ...a.output]), ...spec.structures.flatMap((s: any) => s.members)]
        .map((f: { type: string }) => f.type)
        .filter((t: string) => /^[A-Z]/.test(t));
      expect(used.filter((t: string) => !defined.has(t))).toEqual([]);
    });
  }
});

describe("spec/spec.schema.json is generated from generator/src/model.ts", () => {
  it("equals what `npm run schema` writes (edit model.ts, then run it)", async () => {
    const { specSchemaText } = await import("../generator/src/spec-schema.js");
    const model = new URL("../generator/src/model.ts", import.meta.url).pathname;
    expect(readFileSync(new URL("spec.schema.json", specDir), "utf8")).toBe(specSchemaText(model));
  }, 60_000);

  it("rejects keys the model does not name, at the top and inside", () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const spec = JSON.parse(readFileSync(new URL(specs[0], specDir), "utf8"));
    expect(validate({ ...spec, extra: 1 })).toBe(false);
    expect(validate({ ...spec, service: { ...spec.service, extra: 1 } })).toBe(false);
    const [first, ...rest] = spec.actions;
    expect(validate({ ...spec, actions: [{ ...first, input: [{ ...first.input[0], typo: true }] }, ...rest] })).toBe(false);
  });
});

describe("a spec file of the first format (specVersion 1, no derived facts)", () => {
  it("is read as the current format, its facts derived as generate would", async () => {
    const { checkSpecShape } = await import("../generator/src/spec-file.js");
    const current = JSON.parse(readFileSync(new URL(specs[0], specDir), "utf8"));
    const { formatVersion: _f, package: _p, ...rest } = current;
    const { vendor: _v, defaultRegion: _r, commonParameters: _c, ...service } = rest.service;
    const actions = rest.actions.map(({ pagination: _g, ...a }: Record<string, unknown>) => a);
    const old = { specVersion: 1, ...rest, service, actions };
    const { package: _q, ...expected } = current;
    expect(checkSpecShape(old, "old.json")).toEqual(expected);
  });
});
