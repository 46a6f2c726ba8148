/**
 * Protocol knowledge lives in generator/src/profiles/ only: no protocol id, vendor name, vendor host,
 * region variable or vendor-specific common parameter is written anywhere else in the generator
 * (the mock, parsers, emitters, CLI read them from a profile). The forbidden literals are taken from
 * the profiles themselves, so a fourth protocol's are forbidden too the moment it is profiled.
 * Code is read with the TypeScript parser: string, template and regular-expression literals and
 * identifiers are checked, comments are not. The runtime is its own package and implements the
 * protocols it signs; it is not checked here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROTOCOLS } from "../../generator/src/profiles/protocols.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const src = join(root, "generator/src");
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts"))
  .map((e) => join(e.parentPath, e.name))
  .filter((p) => !relative(src, p).startsWith("profiles/"));

interface Forbidden {
  what: string;
  /** Tested against a literal's text (regular expressions with `\.` read as `.`) and against identifiers. */
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `name` as a whole word of code: not part of a longer name (`SecretId` is not `secretId` or `SecretIds`). */
const word = (name: string, flags = "") => new RegExp(`(?<![A-Za-z0-9_])${escape(name)}(?![A-Za-z0-9_])`, flags);

/**
 * A common parameter is vendor vocabulary when its name is compound (`AccessKeyId`, `SignatureNonce`,
 * `X-TC-Region`); a one-word name (`Action`, `Version`, `Region`, `Timestamp`, `Authorization`) is
 * ordinary English that code may well say for other reasons.
 */
const compound = (name: string) => name.includes("-") || /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(name);

function forbiddenLiterals(): Forbidden[] {
  const out = new Map<string, Forbidden>();
  const add = (what: string, re: RegExp) => out.set(`${what}:${re.source}`, { what, re });
  for (const p of Object.values(PROTOCOLS)) {
    add(`protocol id "${p.protocol}"`, new RegExp(escape(p.protocol)));
    add(`vendor name "${p.vendor}"`, new RegExp(escape(p.vendor)));
    add(`provider id "${p.provider}"`, new RegExp(`^${escape(p.provider)}$`));
    add(`region variable ${p.regionEnv}`, word(p.regionEnv));
    const host = p.endpoint.template.replace(/^\{service\}\./, "");
    add(`vendor host ${host}`, new RegExp(escape(host), "i"));
    for (const c of p.commonParameters.filter((c) => compound(c.name))) {
      // header names are case-insensitive on the wire (the mock reads them lower-cased)
      if (c.in === "header") add(`common header ${c.name}`, word(c.name, "i"));
      else add(`common parameter ${c.name}`, word(c.name));
    }
    // and a vendor's header prefix (`X-TC-`), of which a header name may be built
    for (const c of p.commonParameters.filter((c) => c.in === "header" && c.name.includes("-"))) {
      add(
        `header prefix ${c.name.slice(0, c.name.lastIndexOf("-") + 1)}`,
        new RegExp(`(?<![A-Za-z0-9])${escape(c.name.slice(0, c.name.lastIndexOf("-") + 1))}`, "i"),
      );
    }
  }
  return [...out.values()];
}

const FORBIDDEN = forbiddenLiterals();

/** The forbidden literals in one source text, as `file:line: what (text)`. */
function offending(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const check = (node: ts.Node, value: string) => {
    for (const f of FORBIDDEN) {
      if (!f.re.test(value)) continue;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${fileName}:${line}: ${f.what} in ${node.getText(source).slice(0, 80)}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) check(node, node.text);
    else if (ts.isRegularExpressionLiteral(node)) check(node, node.text.replace(/\\(.)/g, "$1"));
    else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) check(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no protocol literals outside generator/src/profiles/", () => {
  it("has files to look at and literals to look for", () => {
    expect(files.length).toBeGreaterThan(50);
    const whats = FORBIDDEN.map((f) => f.what);
    for (const p of Object.values(PROTOCOLS)) expect(whats).toContain(`protocol id "${p.protocol}"`);
    expect(whats).toEqual(expect.arrayContaining(["common header X-TC-Timestamp", "common parameter AccessKeyId", "common parameter SignatureNonce"]));
  });

  it("leaves generic words alone", () => {
    const generic = `const a = { Action: "Action", Version: "Version", Region: "Region", Timestamp: 1, Signature: "", Authorization: "", secretId: "" };`;
    expect(offending("generic.ts", generic)).toEqual([]);
  });

  it("finds a literal in code, not in comments", () => {
    const planted = [
      "// the X-TC-Timestamp header of tc3-hmac-sha256, from Tencent Cloud",
      "/** AccessKeyId at aliyuncs.com */",
      'const p = "aliyun-rpc-v1";',
      "const h = req.headers['x-tc-action'];",
      "const host = /\\.aliyuncs\\.com$/;",
      "const v = flat.AccessKeyId;",
      'const who = "aliyun";',
    ].join("\n");
    expect(offending("planted.ts", planted).map((o) => o.replace(/ in .*/, ""))).toEqual([
      'planted.ts:3: protocol id "aliyun-rpc-v1"',
      "planted.ts:4: common header X-TC-Action",
      "planted.ts:4: header prefix X-TC-",
      "planted.ts:5: vendor host aliyuncs.com",
      "planted.ts:6: common parameter AccessKeyId",
      'planted.ts:7: provider id "aliyun"',
    ]);
  });

  it("finds none in the generator", () => {
    expect(files.flatMap((path) => offending(relative(root, path), readFileSync(path, "utf8")))).toEqual([]);
  });
});
