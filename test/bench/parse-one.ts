/** Parses one document in a fresh process and prints the milliseconds parseDocument took (for the scaling rows of parse.bench.ts). */
import { parseDocument } from "../../generator/src/build-spec.js";

const t0 = performance.now();
parseDocument(process.argv[2]);
console.log((performance.now() - t0).toFixed(1));
