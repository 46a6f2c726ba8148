/**
 * Parses one document in a fresh process and prints the milliseconds parseDocument took (for the
 * scaling rows of parse.bench.ts): the first parse, and with `--repeat N` also the median of the
 * last half of N more parses of the same document in the same process, which no longer carry the
 * JIT's one-off warm-up (a small markdown reference takes some fifteen parses to lose it).
 */
import { parseDocument } from "../../generator/src/build-spec.js";
import { median } from "./median.js";

const time = () => {
  const t0 = performance.now();
  parseDocument(process.argv[2]);
  return performance.now() - t0;
};
const first = time();
const at = process.argv.indexOf("--repeat");
const repeat = at > 0 ? Number(process.argv[at + 1]) : 0;
const warm = Array.from({ length: repeat }, time).slice(Math.floor(repeat / 2));
console.log(repeat > 0 ? `${first.toFixed(1)} ${median(warm).toFixed(1)}` : first.toFixed(1));
