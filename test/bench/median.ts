/**
 * The median of the benchmarks' timings: the two middle values averaged where there is an even
 * number of them (the upper one alone made the figures with the fewest timings read slow).
 */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
