/** The doc2sdk command line: parse, check, generate. */
import { Command } from "commander";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSpec, parseDocument, type ApiEntry } from "./build-spec.js";
import { writeFileAtomic } from "./write-atomic.js";
import { DocumentError } from "./document-error.js";
import { checkSpec, formatReport } from "./check/check-spec.js";
import { serializeSpec } from "./serialize-spec.js";
import type { Spec } from "./model.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const sourcesDir = join(root, "spec/sources");

function manifest(): ApiEntry[] {
  return (JSON.parse(readFileSync(join(sourcesDir, "manifest.json"), "utf8")) as { apis: ApiEntry[] }).apis;
}

const program = new Command("doc2sdk").description("Turn cloud API reference documentation into typed SDKs.");

program
  .command("generate")
  .description("regenerate every spec (spec/<id>.json) from spec/sources/ as listed in the manifest")
  .action(() => {
    const started = Date.now();
    for (const entry of manifest()) {
      const t0 = Date.now();
      const spec = buildSpec(entry, sourcesDir);
      const changed = writeFileAtomic(join(root, "spec", `${entry.id}.json`), serializeSpec(spec));
      const errs = spec.diagnostics.filter((d) => d.severity === "error").length;
      console.log(`${entry.id}: ${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes, ${errs} errors, ${changed ? "written" : "unchanged"} (${Date.now() - t0} ms)`);
    }
    console.log(`done in ${Date.now() - started} ms`);
  });

program
  .command("parse <files...>")
  .description("parse documents never seen before into one spec")
  .option("--out <file>", "write the spec here instead of stdout")
  .option("--provider <p>", "provider", "tencentcloud")
  .option("--service <s>", "service name (default: inferred from the endpoint)")
  .option("--api-version <v>", "API version (default: inferred from the document)")
  .option("--protocol <p>", "signing protocol", "tc3-hmac-sha256")
  .action((files: string[], o: { out?: string; provider: string; service?: string; apiVersion?: string; protocol: string }) => {
    const first = parseDocument(resolve(files[0]));
    const service = o.service ?? first.endpoints[0]?.split(".")[0] ?? "unknown";
    const entry: ApiEntry = {
      id: `${o.provider}-${service}-${o.apiVersion ?? first.apiVersion ?? "unknown"}`,
      provider: o.provider, service, apiVersion: o.apiVersion ?? first.apiVersion ?? "unknown", protocol: o.protocol, title: service,
      sources: files.map((f) => ({ file: resolve(f), dialect: "auto" as const })),
    };
    const spec = buildSpec(entry, "/");
    const out = serializeSpec(spec);
    if (o.out) writeFileAtomic(o.out, out);
    else process.stdout.write(out);
    console.error(`${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes`);
  });

program
  .command("check [spec]")
  .description("report where the docs disagree with themselves and with the spec")
  .option("--all", "check every spec in the manifest")
  .option("--json", "machine-readable output")
  .action((specPath: string | undefined, o: { all?: boolean; json?: boolean }) => {
    const paths = o.all || !specPath ? manifest().map((e) => join(root, "spec", `${e.id}.json`)) : [resolve(specPath)];
    let errors = 0;
    const reports = paths.map((p) => {
      const spec = JSON.parse(readFileSync(p, "utf8")) as Spec;
      const report = checkSpec(spec);
      errors += report.filter((d) => d.severity === "error").length;
      return { spec: p, report };
    });
    if (o.json) console.log(JSON.stringify(reports, null, 2));
    else for (const r of reports) console.log(formatReport(r.spec, r.report));
    process.exitCode = errors ? 1 : 0;
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof DocumentError) {
    console.error(`doc2sdk: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
