/**
 * The compiled CLI loads the markdown and HTML parsers (generator/dist/markdown-libs.cjs) only
 * when a document holds a table they read: a markdown page with a pipe table and an HTML table
 * loads them and parses to the same spec as the sources do; a PDF text parses without loading
 * them. The Alibaba signer (generator/dist/aliyun-rpc-signer.cjs), and node:crypto with it, loads
 * only for a reference whose signature example is checked. (NODE_DEBUG=module makes Node name
 * every CommonJS file it loads on stderr.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseToSpec } from "../../generator/src/parse-documents.js";
import { runCli } from "../run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "doc2sdk-markdown-libs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PAGE = [
  "# CreateThing",
  "",
  "## 1. API Description",
  "",
  "Domain name for API request: demo.tencentcloudapi.com.",
  "",
  "This API creates a thing.",
  "",
  "## 2. Input Parameters",
  "",
  "<table>",
  "<tr><th>Parameter Name</th><th>Required</th><th>Type</th><th>Description</th></tr>",
  "<tr><td>Action</td><td>Yes</td><td>String</td><td>Common Params. The value used for this API: CreateThing.</td></tr>",
  "<tr><td>Name</td><td>Yes</td><td>String</td><td>The <b>name</b> of the thing.</td></tr>",
  "</table>",
  "",
  "## 3. Output Parameters",
  "",
  "| Parameter Name | Type | Description |",
  "|---|---|---|",
  "| ThingId | String | The ID of the thing. |",
  "| RequestId | String | The unique request ID. |",
  "",
].join("\n");

/** The compiled CLI's spec of `doc`, and what that process loaded of the modules it loads on demand. */
async function cliParse(doc: string): Promise<{ spec: string; loadedMarkdownLibs: boolean; loadedSigner: boolean; loadedCrypto: boolean }> {
  const out = join(tmp, "spec.json");
  const r = await runCli(["parse", doc, "--out", out], { NODE_DEBUG: "module" });
  expect(r.status, r.stderr).toBe(0);
  return {
    spec: readFileSync(out, "utf8"),
    loadedMarkdownLibs: r.stderr.includes("markdown-libs.cjs"),
    loadedSigner: r.stderr.includes("aliyun-rpc-signer.cjs"),
    loadedCrypto: /load built-in module (node:)?crypto\b/.test(r.stderr),
  };
}

describe("the markdown parsers, loaded on demand by the compiled CLI", () => {
  it("are loaded for pipe and HTML tables, and read them as the sources do", async () => {
    const doc = join(tmp, "demo.en.md");
    writeFileSync(doc, PAGE);
    const { spec, loadedMarkdownLibs } = await cliParse(doc);
    expect(loadedMarkdownLibs).toBe(true);
    expect(spec).toBe(parseToSpec([doc], {}).text);
    const [action] = (JSON.parse(spec) as { actions: { name: string; input: { name: string }[]; output: { name: string }[] }[] }).actions;
    expect(action?.name).toBe("CreateThing");
    expect(action?.input.map((f) => f.name)).toEqual(["Name"]);
    expect(action?.output.map((f) => f.name)).toEqual(["ThingId"]);
  }, 60_000);

  it("are not loaded for a PDF text, which parses as the sources do", async () => {
    const doc = join(root, "spec/sources/tencentcloud-redis-2017.txt");
    const { spec, loadedMarkdownLibs } = await cliParse(doc);
    expect(loadedMarkdownLibs).toBe(false);
    expect(spec).toBe(parseToSpec([doc], {}).text);
  }, 60_000);
});

describe("the Alibaba signer, loaded on demand by the compiled CLI", () => {
  it("is loaded for a reference with a signature example, which it checks as the sources do", async () => {
    const doc = join(root, "spec/sources/aliyun-r-kvstore-2015-01-01.pdf.txt");
    const { spec, loadedSigner } = await cliParse(doc);
    expect(loadedSigner).toBe(true);
    expect(spec).toBe(parseToSpec([doc], {}).text);
    expect(spec).toMatch(/printed signature \S+ does not match its printed parameters/);
  }, 60_000);

  it("is not loaded, nor node:crypto, for a Tencent reference", async () => {
    const { loadedSigner, loadedCrypto } = await cliParse(join(root, "spec/sources/tencentcloud-redis-2017.txt"));
    expect(loadedSigner).toBe(false);
    expect(loadedCrypto).toBe(false);
  }, 60_000);
});
