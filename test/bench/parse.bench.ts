/**
 * Generator benchmark: what a user waits for, as whole `doc2sdk` processes (start-up and module
 * loading included), median of BENCH_RUNS (default 5): Node's own start-up (the floor under
 * every row), `--version`, `parse` of each seed document,
 * `parse` of a whole corpus in one process, a no-op and a forced `generate` (with and without
 * type-checking every package); then parse time per MB of a
 * markdown reference and of a PDF-text reference repeated 1×, 4×, 16× and 64×, which must stay
 * flat (linear growth): timed around parseDocument in a fresh process per size, so the fixed
 * start-up does not make small documents look slow per MB. Run with `npm run bench` (or `BENCH_ONLY=scaling tsx test/bench/parse.bench.ts`).
 * BENCH_BASE=<another built checkout> times each process row there too, the runs of the two
 * alternating: this machine's speed drifts by a third within an hour, so only figures taken side
 * by side compare.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./median.js";

const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "bin/doc2sdk.js");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_ONLY;
const scratch = mkdtempSync(join(tmpdir(), "doc2sdk-bench-"));
const base = process.env.BENCH_BASE;

function wall(args: string[], checkout = root): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [checkout === root ? cli : join(checkout, "bin/doc2sdk.js"), ...args], { cwd: checkout, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`doc2sdk ${args.join(" ")} exited ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
  return ms;
}

/** The median wall time here and, with BENCH_BASE, in the base checkout, their runs alternating. */
function timed(args: string[], n = runs): { ms: number; baseMs?: number } {
  const here: number[] = [];
  const there: number[] = [];
  for (let i = 0; i < n; i++) {
    if (base) there.push(wall(args, base));
    here.push(wall(args));
  }
  return { ms: median(here), baseMs: base ? median(there) : undefined };
}

/**
 * Milliseconds parseDocument took on `file` in one fresh process: the first parse, and the median
 * of the last half of `repeat` more in the same process (warm: the JIT's warm-up done).
 */
function parseOnce(file: string, repeat: number): { first: number; warm: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "test/bench/parse-one.ts"), file, "--repeat", String(repeat)], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`parse of ${file} failed: ${r.stderr.trim().split("\n")[0]}`);
  const [first, warm] = r.stdout.trim().split(" ").map(Number);
  return { first, warm };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
const row = (what: string, ms: number, extra = "") => console.log(`${what.padEnd(58)} ${seconds(ms)}${extra ? `  ${extra}` : ""}`);
/** A process row: this checkout's median, and the base's beside it when there is one. */
const timedRow = (what: string, t: { ms: number; baseMs?: number }, extra = "") =>
  row(what, t.ms, [t.baseMs === undefined ? "" : `(base ${seconds(t.baseMs).trim()})`, extra].filter(Boolean).join("  "));

/**
 * Node's own start-up (`node -e 0`), the floor under every row. Where NODE_EXTRA_CA_CERTS is set
 * (this machine sets it), Node reads and parses that CA bundle at every start, before any script
 * runs: the row says what that costs, so a figure is not read as doc2sdk's alone.
 */
function nodeFloor(): void {
  const start = (env: NodeJS.ProcessEnv) => {
    const t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"], { env });
    return performance.now() - t0;
  };
  const times = (env: NodeJS.ProcessEnv) => median(Array.from({ length: Math.max(runs, 5) }, () => start(env)));
  const floor = times(process.env);
  const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = process.env;
  row("node -e 0 (Node's own start-up, under every row)", floor, extraCerts ? `(${seconds(times(withoutCerts)).trim()} without NODE_EXTRA_CA_CERTS)` : "");
}

function processes(): void {
  nodeFloor();
  timedRow("doc2sdk --version", timed(["--version"]));
  const sources = join(root, "spec/sources");
  for (const f of readdirSync(sources).filter((f) => f !== "manifest.json")) {
    timedRow(`parse ${f}`, timed(["parse", join(sources, f), "--out", join(scratch, "seed.json")]));
  }
  // the references copied into test/corpus, or a whole corpus named by BENCH_CORPUS (the
  // 27-document figure in the README came from the development corpus outside the clone)
  const corpus = process.env.BENCH_CORPUS ?? join(root, "test/corpus");
  const docs = readdirSync(corpus, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(en|zh)\.md$/.test(f))
    .map((f) => join(corpus, f));
  const outDir = join(scratch, "corpus");
  mkdirSync(outDir);
  const t = timed(["parse", "--out-dir", outDir, ...docs], Math.min(runs, 3));
  const actions = readdirSync(outDir).reduce((n, f) => n + (JSON.parse(readFileSync(join(outDir, f), "utf8")) as { actions: unknown[] }).actions.length, 0);
  const mb = docs.reduce((n, d) => n + statSync(d).size, 0) / 2 ** 20;
  timedRow(`parse ${docs.length} corpus documents (${mb.toFixed(1)} MB) in one process`, t, `${Math.round(actions / (t.ms / 1000))} actions/s`);
  timedRow("generate (no-op: nothing changed)", timed(["generate"]));
  timedRow("generate --force (four seed APIs)", timed(["generate", "--force"], Math.min(runs, 3)));
  // what a generator or runtime change costs: every package type-checked again
  timedRow("generate --force --typecheck (four seed APIs)", timed(["generate", "--force", "--typecheck"], Math.min(runs, 3)));
}

function scaling(): void {
  const seeds = [
    { name: "markdown reference (CAM, English)", file: join(root, "test/corpus/tencent/cam-2019-01-16/cam.en.md") },
    { name: "PDF-text reference (R-KVStore)", file: join(root, "spec/sources/aliyun-r-kvstore-2015-01-01.pdf.txt") },
  ];
  const sizes = [1, 4, 16, 64];
  for (const seed of seeds) {
    const text = readFileSync(seed.file, "utf8");
    const copies = sizes.map((times) => {
      const file = join(scratch, `x${times}-${seed.file.split("/").pop()}`);
      writeFileSync(file, Array.from({ length: times }, () => text).join("\n"));
      return { times, file, mb: statSync(file).size / 2 ** 20, runs: [] as { first: number; warm: number }[] };
    });
    // the sizes take turns, a process each, three rounds: this machine's speed drifts within
    // minutes, and timed one after another the sizes would meet different spells. The warm
    // figure of every size comes from about the same amount of text (64 copies): a small document
    // is parsed more often, as its first parses in a process are still warming up; and from at
    // least three parses (the median of the last half of six), as one parse of a large text
    // swung by a third
    for (let round = 0; round < Math.min(runs, 3); round++) for (const c of copies) c.runs.push(parseOnce(c.file, Math.max(6, 64 / c.times)));
    const perMb = copies.map((c) => {
      const first = median(c.runs.map((r) => r.first));
      const warm = median(c.runs.map((r) => r.warm));
      row(
        `parse ${seed.name} ×${c.times} (${c.mb.toFixed(1)} MB)`,
        first,
        `${(first / c.mb / 1000).toFixed(2)} s/MB first, ${(warm / c.mb / 1000).toFixed(2)} s/MB warm`,
      );
      return { first: first / c.mb, warm: warm / c.mb };
    });
    // growth, the target (≤ 1.5): the slowest per-MB time of the larger sizes over the 1× one.
    // A larger size faster per MB is no growth (a parse's fixed costs, such as the row patterns
    // built per document, spread over more text), so the spread of the warm figures (largest ÷
    // smallest) is printed apart, for what it is
    const warm = perMb.map((p) => p.warm);
    const first = perMb.map((p) => p.first);
    const growth = (xs: number[]) => (Math.max(...xs.slice(1)) / xs[0]).toFixed(2);
    console.log(
      `  growth (slowest per-MB time of 4×–64× ÷ 1×'s, target ≤ 1.5): ${growth(first)} first parse, ${growth(warm)} warm; ` +
        `64× ÷ 1×: ${(first[3] / first[0]).toFixed(2)} first, ${(warm[3] / warm[0]).toFixed(2)} warm; ` +
        `spread of the warm figures (largest ÷ smallest): ${(Math.max(...warm) / Math.min(...warm)).toFixed(2)}`,
    );
  }
}

try {
  if (only !== "scaling") processes();
  if (only !== "processes") scaling();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
