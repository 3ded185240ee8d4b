// The benches' one summary statistic: the middle of a list of measurements, which one slow round cannot move.

/** The median of `values` (the upper middle of an even count), as every bench reports its rounds. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
