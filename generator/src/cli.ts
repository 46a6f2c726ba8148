/**
 * The doc2sdk command line: generate, parse, check, diff, mock, release. Each command loads its
 * modules when it runs: a no-op `generate` must not pay for the parser and emitters.
 */
import { Command, InvalidArgumentError } from "commander";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import type { ApiEntry } from "./build-spec.js";
import { DocumentError } from "./document-error.js";
import { readManifest } from "./manifest.js";
import type { Spec } from "./model.js";
import type { ParseOptions } from "./parse-documents.js";
import { PROTOCOLS as PROTOCOL_PROFILES } from "./profiles/protocols.js";
import { packageRoot } from "./package-root.js";

// the package itself: found by walking up, as the same code runs from src/ (tsx) and dist/ (compiled)
const cliRoot = packageRoot(import.meta.url);
/**
 * The project generate, check --all and release work on: this checkout, or DOC2SDK_ROOT (a copy
 * of spec/, templates/, runtime/ and generated/; the tests run damaged copies through the CLI).
 */
const root = process.env.DOC2SDK_ROOT ? resolve(process.env.DOC2SDK_ROOT) : cliRoot;

const manifest = (): ApiEntry[] => readManifest(root);

const PROTOCOLS: string[] = Object.keys(PROTOCOL_PROFILES);

// `doc2sdk parse x.md | head`: the reader went away. One line and exit 2, not an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") {
      if (stream === process.stdout) {
        try {
          process.stderr.write("doc2sdk: the output pipe was closed before the output was complete (EPIPE)\n");
        } catch {
          // stderr gone as well: nothing left to tell
        }
      }
      process.exit(2);
    }
    throw e;
  });
}

/** Writes to stdout and waits for it: a closed pipe fails here, before a summary claims success. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (e) =>
      e
        ? reject(new DocumentError(`the output pipe was closed before the output was complete (${(e as NodeJS.ErrnoException).code ?? e.message})`))
        : resolve(),
    ),
  );
}

/** A file a command will write: not a directory, in a directory that exists. */
function checkOutputPath(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new DocumentError(`--out ${path}: is a directory; name a file`);
  let parent;
  try {
    parent = statSync(dirname(resolve(path)));
  } catch {
    throw new DocumentError(`--out ${path}: the directory ${dirname(path)} does not exist`);
  }
  if (!parent.isDirectory()) throw new DocumentError(`--out ${path}: ${dirname(path)} is not a directory`);
}

/** The emitters' libraries: optional peers of the published CLI, which bundles its other dependencies. */
const EMIT_PEERS = ["ts-morph", "esbuild", "oxc-transform", "@types/node/package.json"];

/**
 * `generate` and `emit` need the emitters' libraries installed beside doc2sdk: one missing is one
 * line naming them all, before any work (it used to surface mid-generate as an internal error).
 */
function checkEmitPeers(command: string): void {
  const resolveFromCli = createRequire(import.meta.url).resolve;
  for (const peer of EMIT_PEERS) {
    try {
      resolveFromCli(peer);
    } catch {
      throw new DocumentError(
        `${command} needs ts-morph, esbuild, oxc-transform and @types/node installed beside doc2sdk (${peer.replace("/package.json", "")} is not)`,
      );
    }
  }
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("a whole number of at least 1");
  return Number(value);
}

const version = (JSON.parse(readFileSync(join(cliRoot, "package.json"), "utf8")) as { version: string }).version;
const program = new Command("doc2sdk").description("Turn cloud API reference documentation into typed SDKs.").version(version);

program
  .command("generate")
  .description("regenerate every spec (spec/<id>.json) and package (generated/<pkg>/) from spec/sources/")
  .option("--only <ids...>", "only these API ids from the manifest")
  .option("--force", "rebuild even where spec/generate.lock.json says nothing changed")
  .option("--jobs <n>", "APIs rendered side by side, one worker thread each (default: one per core)", positiveInteger)
  .option("--typecheck", "type-check every rebuilt package, also those whose sources came out as already checked")
  .option("--source <file>", "a new release of the docs of the one API named by --only: replaces its document and provenance")
  .option("--origin <url>", "with --source: where the vendor publishes the document")
  .option("--repository <url>", "with --source: a repository holding the document (with --commit)")
  .option("--commit <sha>", "with --source: the commit of --repository")
  .option("--released <date>", "with --source: the docs' release date, YYYY-MM-DD (default: the date the document states)")
  .action(
    async (o: {
      only?: string[];
      force?: boolean;
      jobs?: number;
      typecheck?: boolean;
      source?: string;
      origin?: string;
      repository?: string;
      commit?: string;
      released?: string;
    }) => {
      const started = Date.now();
      if (!o.source && (o.origin || o.repository || o.commit || o.released))
        throw new DocumentError("--origin, --repository, --commit and --released describe a --source document");
      if (o.source) {
        if (o.only?.length !== 1) throw new DocumentError("--source needs --only with exactly one API id (the API the document is a release of)");
        const { applySource } = await import("./release/provenance.js");
        console.log(applySource(root, o.only[0], o.source, { url: o.origin, repository: o.repository, commit: o.commit, released: o.released }));
      }
      const entries = manifest().filter((e) => !o.only || o.only.includes(e.id));
      const unknown = (o.only ?? []).filter((id) => !entries.some((e) => e.id === id));
      if (unknown.length) throw new DocumentError(`not in spec/sources/manifest.json: ${unknown.join(", ")}`);
      if (!o.force) {
        // loaded here, not at start: it hashes with node:crypto, which --version, check and diff never need
        const { GENERATOR_ROOT, generatorHash, isUpToDate, readLock } = await import("./release/input-lock.js");
        const lock = readLock(root);
        const generator = generatorHash(root, GENERATOR_ROOT);
        if (entries.every((e) => isUpToDate(root, e, lock, generator))) {
          for (const e of entries) console.log(`${e.id}: unchanged, ${e.package?.name ?? e.id}@${lock[e.id].version}`);
          console.log(`done: ${entries.length} APIs, nothing changed, nothing written (${Date.now() - started} ms; --force rebuilds)`);
          return;
        }
      }
      checkEmitPeers("generate");
      const { generateAll } = await import("./generate-all.js");
      const results = await generateAll({ root, only: o.only, force: o.force, jobs: o.jobs, typecheck: o.typecheck, log: (line) => console.error(line) });
      const written = results.filter((r) => r.specChanged || r.packageChanged).map((r) => r.id);
      const bumped = results.filter((r) => r.bump).map((r) => `${r.id} ${r.previousVersion} → ${r.version} (${r.bump})`);
      const skipped = results.filter((r) => r.skipped).length;
      console.log(
        `done: ${results.length} APIs, ${written.length ? `written: ${written.join(", ")}` : "nothing written"}${skipped ? `, ${skipped} skipped as unchanged` : ""}${bumped.length ? `; versions: ${bumped.join(", ")}` : "; no version bumps"} (${Date.now() - started} ms)`,
      );
    },
  );

program
  .command("parse <files...>")
  .description("parse documents never seen before into one spec (or, with --out-dir, a spec per document)")
  .option("--out <file>", "write the spec here instead of stdout")
  .option("--out-dir <dir>", "parse each document into a spec of its own, written as <dir>/<document name>.json")
  .option("--jobs <n>", "with --out-dir: documents parsed side by side, one worker thread each (default: one per core)", positiveInteger)
  .option("--provider <p>", "provider (default: from the document's family)")
  .option("--service <s>", "service name (default: inferred from the endpoint)")
  .option("--api-version <v>", "API version (default: inferred from the document)")
  .option("--protocol <p>", `signing protocol (default: from the document's family: ${PROTOCOLS.slice(0, -1).join(", ")} or ${PROTOCOLS.at(-1)})`)
  .action(
    async (
      files: string[],
      o: { out?: string; outDir?: string; jobs?: number; provider?: string; service?: string; apiVersion?: string; protocol?: string },
    ) => {
      if (o.protocol !== undefined && !PROTOCOLS.includes(o.protocol)) throw new DocumentError(`--protocol ${o.protocol}: not one of ${PROTOCOLS.join(", ")}`);
      const options = { provider: o.provider, service: o.service, apiVersion: o.apiVersion, protocol: o.protocol };
      if (o.outDir !== undefined) {
        if (o.out !== undefined) throw new DocumentError("--out names one spec and --out-dir a spec per document: give one of them");
        await parseEach(files, o.outDir, options, o.jobs);
        return;
      }
      if (o.jobs !== undefined) throw new DocumentError("--jobs parses documents side by side, each into its own spec: it needs --out-dir");
      if (o.out !== undefined) checkOutputPath(o.out);
      const { parseToSpec } = await import("./parse-documents.js");
      const { writeFileAtomic } = await import("./write-atomic.js");
      const parsed = parseToSpec(files, options);
      if (o.out) {
        try {
          writeFileAtomic(o.out, parsed.text);
        } catch (e) {
          throw new DocumentError(`--out ${o.out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      } else await writeStdout(parsed.text);
      console.error(parsed.summary);
    },
  );

/**
 * A spec per document, documents parsed side by side. A document that cannot be read is one
 * error line and costs only its own spec; the exit status says whether any failed.
 */
async function parseEach(files: string[], outDir: string, options: ParseOptions, jobs: number | undefined): Promise<void> {
  const started = Date.now();
  let st;
  try {
    st = statSync(outDir);
  } catch {
    throw new DocumentError(`--out-dir ${outDir}: no such directory`);
  }
  if (!st.isDirectory()) throw new DocumentError(`--out-dir ${outDir}: not a directory`);
  const outputs = files.map((f) => join(outDir, `${basename(f).replace(/\.(md|markdown|txt)$/i, "")}.json`));
  const clash = outputs.find((p, i) => outputs.indexOf(p) !== i);
  if (clash) throw new DocumentError(`--out-dir: two documents would both be written to ${clash}; rename one`);
  const { defaultJobs, errorOf, runTasks } = await import("./worker-pool.js");
  const { writeFileAtomic } = await import("./write-atomic.js");
  let done = 0;
  let failures = 0;
  let actions = 0;
  await runTasks(
    files.map((f) => ({ kind: "parse" as const, files: [f], options })),
    {
      jobs: jobs ?? defaultJobs(files.length),
      onDone: (i, outcome) => {
        done += 1;
        const step = `[${done}/${files.length}] ${files[i]}`;
        if ("failure" in outcome) {
          failures += 1;
          const e = errorOf(outcome.failure);
          console.error(`doc2sdk: ${e instanceof DocumentError ? e.message : `${files[i]}: ${e.message}`}`);
          return;
        }
        writeFileAtomic(outputs[i]!, outcome.result.text);
        actions += Number(/^\d+/.exec(outcome.result.summary)?.[0] ?? 0);
        console.error(`${step}: ${outcome.result.summary} → ${outputs[i]} (${outcome.ms} ms)`);
      },
    },
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `done: ${files.length - failures} of ${files.length} documents parsed, ${actions} actions in ${seconds.toFixed(1)} s (${Math.round(actions / seconds)} actions/s)`,
  );
  if (failures) process.exitCode = 2;
}

program
  .command("check [spec]")
  .description("report where the docs disagree with themselves and with the spec")
  .option("--all", "check every spec in the manifest")
  .option("--json", "machine-readable output")
  .action(async (specPath: string | undefined, o: { all?: boolean; json?: boolean }) => {
    const { checkSpec, formatReport } = await import("./check/check-spec.js");
    const paths = o.all || !specPath ? manifest().map((e) => join(root, "spec", `${e.id}.json`)) : [resolve(specPath)];
    let errors = 0;
    const reports = paths.map((p) => {
      const spec = readSpecFile(p);
      const report = checkSpec(spec);
      errors += report.filter((d) => d.severity === "error").length;
      return { spec: p, report };
    });
    if (o.json) console.log(JSON.stringify(reports, null, 2));
    else for (const r of reports) console.log(formatReport(r.spec, r.report));
    process.exitCode = errors ? 1 : 0;
  });

program
  .command("mock <spec>")
  .description("serve a spec's API locally: verifies signatures and inputs, answers with the documented examples")
  .option("--port <n>", "port to listen on", "8080")
  .option("--host <host>", "interface to listen on", "127.0.0.1")
  .option(
    "--secret-id <id>",
    `the only ${[...new Set(Object.values(PROTOCOL_PROFILES).map((p) => p.mock.signatureParameters.keyId))].join(" / ")} accepted`,
    "AKIDMOCK",
  )
  .option("--secret-key <key>", "the matching secret key", "mock-secret-key")
  .option("--quiet", "do not print a line per request")
  .action(async (specPath: string, o: { port: string; host: string; secretId: string; secretKey: string; quiet?: boolean }) => {
    if (!/^\d{1,5}$/.test(o.port) || Number(o.port) > 65535) throw new DocumentError(`--port ${o.port}: not a port number (0-65535)`);
    if (!o.host.trim()) throw new DocumentError("--host: empty");
    const { MOCK_ERROR_HEADER, startMockServer } = await import("./mock/mock-server.js");
    const spec = readSpecFile(specPath);
    const onExchange = o.quiet
      ? undefined
      : (x: { action?: string; status: number; error?: string; example?: string }) =>
          console.log(`${x.action ?? "(no action)"} → ${x.status}${x.error ? ` ${x.error}` : ""}${x.example ? ` (example "${x.example}")` : ""}`);
    const server = await startMockServer({
      spec,
      credentials: { secretId: o.secretId, secretKey: o.secretKey },
      port: Number(o.port),
      host: o.host,
      onExchange,
    }).catch((e: NodeJS.ErrnoException) => {
      const why =
        e.code === "EADDRINUSE"
          ? "the address is in use"
          : e.code === "EADDRNOTAVAIL"
            ? "no such local address"
            : e.code === "ENOTFOUND" || e.code === "EAI_AGAIN"
              ? "unknown host"
              : e.code === "EACCES"
                ? "permission denied"
                : e.message;
      throw new DocumentError(`mock: cannot listen on ${o.host}:${o.port}: ${why}`);
    });
    console.log(`doc2sdk mock: ${spec.service.name} ${spec.service.apiVersion} (${spec.actions.length} actions, ${spec.service.protocol}) on ${server.url}`);
    console.log(`  credentials: ${o.secretId} / (the --secret-key value); send header ${MOCK_ERROR_HEADER}: <code> to get a documented error`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program
  .command("diff <old-spec> <new-spec>")
  .description("classify every change between two specs of one API (breaking, additive, deprecation, docs) and the version bump it needs")
  .option("--json", "stable machine-readable output")
  .option("--any-api", "compare two specs of different APIs anyway (otherwise an error)")
  .action(async (oldPath: string, newPath: string, o: { json?: boolean; anyApi?: boolean }) => {
    const { diffSpecs } = await import("./diff/diff-specs.js");
    const { formatDiffJson, formatDiffText } = await import("./diff/format-diff.js");
    const before = readSpecFile(oldPath),
      after = readSpecFile(newPath);
    const api = (x: Spec) => `${x.service.provider}/${x.service.name}`;
    // a diff across APIs is all removals and additions: a "major bump" that means nothing
    if (api(before) !== api(after)) {
      if (!o.anyApi)
        throw new DocumentError(
          `the two specs describe different APIs (${oldPath}: ${api(before)}, ${newPath}: ${api(after)}); --any-api compares them anyway`,
        );
      console.error(`doc2sdk: warning: the two specs describe different APIs (${api(before)}, ${api(after)}); compared anyway (--any-api)`);
    }
    const changes = diffSpecs(before, after);
    process.stdout.write(o.json ? formatDiffJson(before, after, changes) : formatDiffText(before, after, changes));
  });

program
  .command("emit <spec>")
  .description("write the package of a spec file (one `generate` wrote: it names the package, its version and changelog)")
  .requiredOption("--out <dir>", "the package directory to write (replaced as a whole)")
  .action(async (specPath: string, o: { out: string }) => {
    checkEmitPeers("emit");
    const { emitSpecFile } = await import("./emit-spec-file.js");
    const spec = readSpecFile(specPath);
    const { written, files } = await emitSpecFile(spec, resolve(o.out), cliRoot);
    console.log(`${spec.package?.name}@${spec.package?.version}: ${files} files ${written ? "written" : "unchanged"} in ${o.out}`);
  });

program
  .command("openapi <spec>")
  .description("export a spec as an OpenAPI 3.1 document: a path per action, its wire form in x-doc2sdk-wire")
  .option("--out <file>", "write the document here instead of stdout")
  .action(async (specPath: string, o: { out?: string }) => {
    const { serializeOpenApi, toOpenApi } = await import("./openapi/to-openapi.js");
    const { writeFileAtomic } = await import("./write-atomic.js");
    const text = serializeOpenApi(toOpenApi(readSpecFile(specPath)));
    if (o.out) writeFileAtomic(o.out, text);
    else process.stdout.write(text);
  });

program
  .command("release")
  .description("publish the runtime and every package changed since a git revision to --registry; without it, a dry run (npm pack --dry-run)")
  .option("--registry <url>", "publish to this npm registry (refused if a version is already there)")
  .option("--dry-run", "only show what would be published (the default without --registry)")
  .option("--since <rev>", "a package is changed if its files differ from this git revision", "HEAD")
  .option("--all", "every package, changed or not")
  .action(async (o: { since: string; all?: boolean; registry?: string; dryRun?: boolean }) => {
    const { releasePlan } = await import("./release/release-plan.js");
    if (o.registry && !/^https?:\/\/[^\s]+$/.test(o.registry)) throw new DocumentError(`--registry ${o.registry}: not an http(s) URL`);
    // each line as it is known: a release packs and publishes package by package
    const plan = releasePlan(root, manifest(), { since: o.since, all: o.all, registry: o.registry, dryRun: o.dryRun, onLine: (line) => console.log(line) });
    process.exitCode = plan.problems ? 1 : 0;
  });

/** Reads a spec file, or fails with a message that names the file (loads ajv only when used). */
function readSpecFile(path: string): Spec {
  return specFiles!.readSpecFile(resolve(path), path);
}

let specFiles: typeof import("./spec-file.js") | undefined;
for (const name of ["check", "mock", "diff", "openapi", "emit"])
  program.commands
    .find((c) => c.name() === name)
    ?.hook("preAction", async () => {
      specFiles ??= await import("./spec-file.js");
    });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof DocumentError) {
    console.error(`doc2sdk: ${e.message}`);
    process.exit(2);
  }
  // not an input problem we know: still one line (the stack with DOC2SDK_DEBUG=1)
  if (process.env.DOC2SDK_DEBUG) console.error(e);
  else console.error(`doc2sdk: internal error: ${(e as Error)?.message?.split("\n")[0] ?? String(e)} (DOC2SDK_DEBUG=1 shows the stack)`);
  process.exit(2);
});
