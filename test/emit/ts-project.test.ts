/**
 * The emitters print structures without parsing or formatting the result, and write some
 * statements as text: these check that the shortcut prints what ts-morph itself would, so a
 * ts-morph upgrade that moves its printer or changes its layout fails here, not in a package.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { createEmitProject, docComment, GENERATED_BANNER, indented, inlineJson, printStatements, type Statement } from "../../generator/src/emit/ts-project.js";

const statements: Statement[] = [
  { kind: StructureKind.ImportDeclaration, moduleSpecifier: "@doc2sdk/runtime", namedImports: ["ServiceError"] },
  (w) => w.blankLine(),
  {
    kind: StructureKind.Interface,
    name: "Thing",
    isExported: true,
    docs: ["One line."],
    properties: [{ name: "Id", type: "string", docs: ["First paragraph.\n\nSecond paragraph."] }],
  },
  { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "x", initializer: "1" }] },
  { kind: StructureKind.Class, name: "C", methods: [{ name: "m", statements: ["const a = f({\n  b: 1,\n}, c);", "return a;"] }] },
];

describe("printStatements", () => {
  it("prints what ts-morph's createSourceFile would, under the banner", () => {
    const project = createEmitProject();
    const viaFile = project.createSourceFile("a.ts", { statements }).getFullText();
    expect(printStatements(createEmitProject(), statements)).toBe(`${GENERATED_BANNER}\n${viaFile}`);
  });

  it("keeps a statement written as text indented as written, inside a method", () => {
    const text = printStatements(createEmitProject(), statements);
    expect(text).toContain("  m() {\n    const a = f({\n      b: 1,\n    }, c);\n    return a;\n  }");
  });
});

describe("docComment", () => {
  it("prints docs as ts-morph prints a structure's docs", () => {
    for (const doc of ["One line.", "First.\n\nSecond.", "@example\n```ts\nx();\n```"]) {
      const viaStructure = printStatements(createEmitProject(), [{ kind: StructureKind.TypeAlias, name: "T", type: "string", docs: [doc] }]);
      expect(printStatements(createEmitProject(), [`${docComment(doc)}\ntype T = string;`])).toBe(viaStructure);
    }
  });
});

describe("inlineJson", () => {
  it("spaces a literal as TypeScript's formatter does, on one line", () => {
    expect(inlineJson({ a: [1, "x"], b: {}, c: [], d: { e: null, f: true } })).toBe('{ "a": [1, "x"], "b": {}, "c": [], "d": { "e": null, "f": true } }');
  });

  it("escapes strings as JSON and reads back as the same value", () => {
    const value = { 'q"uote': "line\nbreak", "*/": ["\u2028"] };
    expect(JSON.parse(inlineJson(value))).toEqual(value);
  });
});

describe("indented", () => {
  it("indents every non-blank line by two spaces per level", () => {
    expect(indented("a\n\nb", 2)).toBe("    a\n\n    b");
  });
});
