// The benches' command-line reading, in one place: `--name value` options and the other build an A/B bench compares.

/** The value after `--name` on the command line, or `fallback` when the option is absent. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** The OTHER_CHECKOUT argument of an A/B bench; prints `usage` and exits 2 when it is missing. */
export function otherCheckout(usage) {
  const other = process.argv[2];
  if (!other || other.startsWith('--')) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return other;
}
