/**
 * Protocol and vendor facts live in generator/src/profiles/ only: no vendor display name, no test
 * of the provider, no list of common request parameters anywhere else in the generator (the
 * mock, parsers, emitters and export read them from the profile or from the spec). The runtime is
 * its own package and embodies the protocols it signs; it is not checked here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const src = join(root, "generator/src");
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts"))
  .map((e) => join(e.parentPath, e.name))
  .filter((p) => !relative(src, p).startsWith("profiles/"));

/** Lines of code (comments left out) that match `re`, as `file:line: text`. */
function offending(re: RegExp): string[] {
  return files.flatMap((path) =>
    readFileSync(path, "utf8")
      .split("\n")
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => !/^\s*(\*|\/\/|\/\*)/.test(text) && re.test(text))
      .map(({ text, line }) => `${relative(root, path)}:${line}: ${text.trim()}`),
  );
}

describe("no protocol facts outside generator/src/profiles/", () => {
  it("has files to look at", () => expect(files.length).toBeGreaterThan(50));

  it("no vendor display name", () => {
    expect(offending(/["'`](Alibaba Cloud|Tencent Cloud)["'`]/)).toEqual([]);
  });

  it("no test of the provider", () => {
    expect(offending(/provider\s*[!=]==?\s*["'`]|["'`](aliyun|tencentcloud)["'`]\s*[!=]==?\s*\S*provider/)).toEqual([]);
  });

  it("no list of common request parameters", () => {
    // a literal list naming the signature's parameters: Timestamp with Nonce, SignatureMethod or SecretId
    const list =
      /\[[^\]]*["'`]Timestamp["'`][^\]]*["'`](Nonce|SignatureNonce|SignatureMethod|SecretId|AccessKeyId)["'`]|\[[^\]]*["'`](Nonce|SignatureNonce|SignatureMethod|SecretId|AccessKeyId)["'`][^\]]*["'`]Timestamp["'`]/;
    expect(offending(list)).toEqual([]);
  });
});
