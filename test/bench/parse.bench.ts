/**
 * Parse-time benchmark: every Tencent document in the corpus, parsed from disk N times.
 * Run with `npm run bench`. Prints the median and best wall time per full pass.
 */
import { readFileSync } from "node:fs";
import { buildSpec, type ApiEntry } from "../../generator/src/build-spec.js";

const sources = new URL("../../spec/sources/", import.meta.url).pathname;
const apis = (JSON.parse(readFileSync(sources + "manifest.json", "utf8")) as { apis: ApiEntry[] }).apis.filter((a) => a.provider === "tencentcloud");
const runs = Number(process.env.BENCH_RUNS ?? 15);
const times: number[] = [];
for (let i = 0; i < runs + 2; i++) {
  const t0 = performance.now();
  for (const api of apis) buildSpec(api, sources);
  if (i >= 2) times.push(performance.now() - t0); // two warm-up passes
}
times.sort((a, b) => a - b);
console.log(`parse all Tencent documents (${apis.map((a) => a.id).join(", ")}): median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, best ${times[0].toFixed(1)} ms over ${runs} runs`);
