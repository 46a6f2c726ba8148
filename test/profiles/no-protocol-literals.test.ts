/**
 * Protocol knowledge lives in generator/src/profiles/ only: no protocol id, vendor name, vendor host,
 * region variable, credential variable or vendor-specific common parameter is written anywhere else
 * in the generator (the mock, parsers, emitters, CLI read them from a profile), nor in the package
 * templates (templates/, which take them as plain values: `{{credentials.env.id}}`). The forbidden
 * literals are taken from the profiles themselves, so a fourth protocol's are forbidden too the
 * moment it is profiled. Code is read with the TypeScript parser: string, template and
 * regular-expression literals and identifiers are checked, comments are not. Templates are read as
 * text, Handlebars comments left out. The runtime is its own package and implements the protocols
 * it signs; it is not checked here.
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
const templatesDir = join(root, "templates");
const templates = readdirSync(templatesDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

interface Forbidden {
  what: string;
  /** Tested against a literal's text (regular expressions with `\.` read as `.`) and against identifiers. */
  re: RegExp;
  /**
   * Tested against a template's text, where it stands among prose: a word anywhere rather than a
   * whole literal, in any case (a template writes `TC3-HMAC-SHA256`). Default `re`; null: code only.
   */
  text: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `name` as a whole word of code: not part of a longer name (`SecretId` is not `secretId` or `SecretIds`). */
const word = (name: string, flags = "") => new RegExp(`(?<![A-Za-z0-9_])${escape(name)}(?![A-Za-z0-9_])`, flags);

/**
 * A common parameter is vendor vocabulary when its name is compound (`AccessKeyId`, `SignatureNonce`,
 * `X-TC-Region`); a one-word name (`Action`, `Version`, `Region`, `Timestamp`, `Authorization`) is
 * ordinary English that code may well say for other reasons.
 */
const compound = (name: string) => name.includes("-") || name.includes("_") || /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(name);

function forbiddenLiterals(): Forbidden[] {
  const out = new Map<string, Forbidden>();
  const add = (what: string, re: RegExp, text: RegExp | null = re) => out.set(`${what}:${re.source}`, { what, re, text });
  for (const p of Object.values(PROTOCOLS)) {
    add(`protocol id "${p.protocol}"`, new RegExp(escape(p.protocol)), new RegExp(escape(p.protocol), "i"));
    add(`vendor name "${p.vendor}"`, new RegExp(escape(p.vendor)));
    add(`provider id "${p.provider}"`, new RegExp(`^${escape(p.provider)}$`), word(p.provider, "i"));
    add(`vendor key "${p.credentials.vendor}"`, new RegExp(`^${escape(p.credentials.vendor)}$`), word(p.credentials.vendor, "i"));
    add(`region variable ${p.regionEnv}`, word(p.regionEnv));
    // where the runtime's credential chain looks, which the README tells from the profile
    const c = p.credentials;
    for (const name of [...Object.values(c.env), c.profileEnv, ...Object.values(c.webIdentityEnv), c.instanceRoleEnv])
      add(`credential variable ${name}`, word(name));
    add(`credentials file ${c.file}`, new RegExp(escape(c.file.replace(/^~\//, ""))));
    add(`role ARN ${c.exampleRoleArn}`, new RegExp(escape(c.exampleRoleArn)));
    if (compound(c.profileRegionKey)) add(`profile region key ${c.profileRegionKey}`, word(c.profileRegionKey));
    if (p.clientHeader) add(`client header ${p.clientHeader}`, word(p.clientHeader, "i"));
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

/** The forbidden literals in one template, as `file:line: what (text)`; Handlebars comments are left out. */
function offendingTemplate(fileName: string, text: string): string[] {
  // a comment is blanked, its line breaks kept, so lines stay numbered as in the file
  const code = text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, " "));
  return code
    .split("\n")
    .flatMap((line, i) => FORBIDDEN.filter((f) => f.text?.test(line)).map((f) => `${fileName}:${i + 1}: ${f.what} in ${line.trim().slice(0, 80)}`));
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
      'planted.ts:7: vendor key "aliyun"',
    ]);
  });

  it("finds none in the generator", () => {
    expect(files.flatMap((path) => offending(relative(root, path), readFileSync(path, "utf8")))).toEqual([]);
  });
});

describe("no protocol literals in templates/", () => {
  it("has templates to look at and the credential names to look for", () => {
    expect(templates.map((t) => relative(root, t))).toContain("templates/package/README.md.hbs");
    const whats = FORBIDDEN.filter((f) => f.text).map((f) => f.what);
    for (const p of Object.values(PROTOCOLS)) {
      expect(whats).toContain(`protocol id "${p.protocol}"`);
      expect(whats).toContain(`vendor name "${p.vendor}"`);
      expect(whats).toContain(`region variable ${p.regionEnv}`);
      for (const name of Object.values(p.credentials.env)) expect(whats).toContain(`credential variable ${name}`);
    }
    expect(whats).toEqual(expect.arrayContaining(["common parameter AccessKeyId", "common header X-TC-Timestamp", "client header X-TC-RequestClient"]));
  });

  it("finds a literal in a template's text, not in a Handlebars comment", () => {
    const planted = [
      "{{!-- the README once said TENCENTCLOUD_SECRET_ID here --}}",
      "Requests are signed with TC3-HMAC-SHA256.",
      "The chain reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `~/.alibabacloud/credentials.ini`.",
      '{{#if docs.aliyun}}region_id{{else}}region{{/if}} and `SignatureNonce` at ecs.aliyuncs.com, by {{#unless x}}"x-tc-requestclient"{{/unless}}',
      "credentials: {{credentials.env.id}}, `{{regionEnv}}`, RegionId of Alibaba Cloud",
    ].join("\n");
    expect(offendingTemplate("planted.hbs", planted).map((o) => o.replace(/ in .*/, ""))).toEqual([
      'planted.hbs:2: protocol id "tc3-hmac-sha256"',
      "planted.hbs:3: credential variable ALIBABA_CLOUD_ACCESS_KEY_ID",
      "planted.hbs:3: credentials file ~/.alibabacloud/credentials.ini",
      "planted.hbs:4: client header X-TC-RequestClient",
      "planted.hbs:4: header prefix X-TC-",
      'planted.hbs:4: provider id "aliyun"',
      'planted.hbs:4: vendor key "aliyun"',
      "planted.hbs:4: profile region key region_id",
      "planted.hbs:4: vendor host aliyuncs.com",
      "planted.hbs:4: common parameter SignatureNonce",
      'planted.hbs:5: vendor name "Alibaba Cloud"',
      "planted.hbs:5: common parameter RegionId",
    ]);
  });

  it("finds none in the templates", () => {
    expect(templates.flatMap((path) => offendingTemplate(relative(root, path), readFileSync(path, "utf8")))).toEqual([]);
  });
});
