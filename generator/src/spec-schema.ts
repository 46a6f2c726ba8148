/**
 * spec/spec.schema.json is generated from model.ts, the one source of the spec's shape: every
 * exported interface becomes a definition, every property keeps its TSDoc as its description,
 * optional properties are the ones with `?`, and no object admits keys the model does not name.
 * What a TypeScript type cannot say is a TSDoc tag on the property: `@pattern <regex>`,
 * `@minLength <n>`, `@minimum <n>`, `@maximum <n>`, `@integer`.
 * Run by `npm run schema` (scripts/spec-schema.ts); test/spec-schema.test.ts fails when the
 * committed schema differs from what model.ts gives.
 */
import { Node, Project, type PropertySignature, type Type } from "ts-morph";

type Schema = Record<string, unknown>;

const NUMERIC_TAGS = ["minLength", "minimum", "maximum"] as const;

export function specSchemaFromModel(modelPath: string): Schema {
  const project = new Project({ compilerOptions: { strict: true }, skipAddingFilesFromTsConfig: true });
  const file = project.addSourceFileAtPath(modelPath);
  const interfaces = new Map(
    file
      .getInterfaces()
      .filter((i) => i.isExported())
      .map((i) => [i.getName(), i]),
  );
  const used = new Set<string>();

  function typeSchema(type: Type, tags: Map<string, string>): Schema {
    const named = type.getSymbol()?.getName() ?? type.getAliasSymbol()?.getName();
    if (named && interfaces.has(named) && named !== "Spec") {
      used.add(named);
      return { $ref: `#/definitions/${named}` };
    }
    if (type.isArray()) return { type: "array", items: typeSchema(type.getArrayElementTypeOrThrow(), tags) };
    if (type.isString()) {
      const s: Schema = { type: "string" };
      if (tags.has("minLength")) s.minLength = Number(tags.get("minLength"));
      if (tags.has("pattern")) s.pattern = tags.get("pattern");
      return s;
    }
    if (type.isNumber()) {
      const s: Schema = { type: tags.has("integer") ? "integer" : "number" };
      if (tags.has("minimum")) s.minimum = Number(tags.get("minimum"));
      if (tags.has("maximum")) s.maximum = Number(tags.get("maximum"));
      return s;
    }
    if (type.isBoolean()) return { type: "boolean" };
    if (type.isStringLiteral() || type.isNumberLiteral()) return { const: type.getLiteralValue() };
    if (type.isUnion()) {
      const members = type.getUnionTypes().filter((t) => !t.isUndefined());
      if (members.every((t) => t.isStringLiteral())) return { enum: members.map((t) => t.getLiteralValue()) };
      if (members.every((t) => t.isBooleanLiteral())) return { type: "boolean" };
      if (members.length === 1) return typeSchema(members[0], tags);
      throw new Error(`model.ts: union ${type.getText()} has no JSON Schema form here`);
    }
    if (type.isUnknown()) return {};
    // Record<string, unknown>: an object of any keys
    if (type.getStringIndexType()) return { type: "object" };
    if (type.isObject())
      return objectSchema(
        type
          .getProperties()
          .map((p) => p.getDeclarations()[0])
          .filter(Node.isPropertySignature),
      );
    throw new Error(`model.ts: type ${type.getText()} has no JSON Schema form here`);
  }

  function objectSchema(props: PropertySignature[]): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const p of props) {
      const tags = new Map<string, string>();
      let description = "";
      for (const doc of p.getJsDocs()) {
        description += doc.getDescription().trim();
        for (const t of doc.getTags()) tags.set(t.getTagName(), (t.getCommentText() ?? "").trim());
      }
      const s = typeSchema(p.getType(), tags);
      properties[p.getName()] = description ? { description: description.replace(/\s+/g, " "), ...s } : s;
      if (!p.hasQuestionToken()) required.push(p.getName());
      for (const t of NUMERIC_TAGS) if (tags.has(t) && Number.isNaN(Number(tags.get(t)))) throw new Error(`model.ts: @${t} of ${p.getName()} is not a number`);
    }
    return { type: "object", required, properties, additionalProperties: false };
  }

  const root = objectSchema(interfaces.get("Spec")!.getProperties());
  const definitions: Record<string, Schema> = {};
  // definitions are found while walking; walk until no new one turns up, then sort for a stable file
  for (let seen = -1; seen !== used.size;) {
    seen = used.size;
    for (const name of [...used]) if (!definitions[name]) definitions[name] = objectSchema(interfaces.get(name)!.getProperties());
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://doc2sdk.dev/spec.schema.json",
    title: "doc2sdk normalized API spec",
    description: "Generated from generator/src/model.ts by `npm run schema`; do not edit by hand.",
    ...root,
    definitions: Object.fromEntries(
      Object.keys(definitions)
        .sort()
        .map((k) => [k, definitions[k]]),
    ),
  };
}

export function specSchemaText(modelPath: string): string {
  return `${JSON.stringify(specSchemaFromModel(modelPath), null, 2)}\n`;
}
