/**
 * Parses one document in a fresh process and prints the milliseconds parseDocument took (for the
 * scaling rows of parse.bench.ts): the first parse, and with `--warm` also a second one, which
 * no longer carries the JIT's one-off warm-up.
 */
import { parseDocument } from "../../generator/src/build-spec.js";

const time = () => {
  const t0 = performance.now();
  parseDocument(process.argv[2]);
  return performance.now() - t0;
};
const first = time();
console.log(process.argv.includes("--warm") ? `${first.toFixed(1)} ${time().toFixed(1)}` : first.toFixed(1));
