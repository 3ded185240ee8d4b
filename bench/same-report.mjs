// Runs the same maildoctor command with two builds and compares their JSON reports, leaving out what differs from
// run to run (times, durations, host); how an optimisation is shown to change nothing a user sees.
// Usage: node bench/same-report.mjs OTHER_CHECKOUT -- logs DIR [options...]
//        (OTHER_CHECKOUT is a built tree, e.g. the start commit unpacked with `git archive` and `npm run build`)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sep = process.argv.indexOf('--');
const other = process.argv[2];
if (!other || sep < 0) {
  process.stderr.write('usage: node bench/same-report.mjs OTHER_CHECKOUT -- COMMAND [ARGS...]\n');
  process.exit(2);
}
const args = [...process.argv.slice(sep + 1), '--format', 'json'];
/** Keys whose values are times or durations of this run (or counted from its clock: minutes since the last fetch). */
const VOLATILE = new Set(['startedAt', 'durationMs', 'scanMs', 'host', 'tool', 'minutesSinceLastFetch']);
/** The same minutes in words: two runs a second apart may straddle a minute. */
const SINCE = /\b(no email fetch for) \d+ min\b/g;

function report(root) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'maildoctor.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${root}: exit ${r.status}: ${r.stderr}`);
  return JSON.stringify(JSON.parse(r.stdout), (k, v) => (VOLATILE.has(k) ? undefined : typeof v === 'string' ? v.replace(SINCE, '$1 N min') : v), 1);
}

const [a, b] = [report(resolve(other)), report(here)];
if (a === b) {
  process.stdout.write(`same report (${a.length} characters) for: maildoctor ${args.join(' ')}\n`);
} else {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && la[i] === lb[i]) i += 1;
  process.stdout.write(
    `reports differ for: maildoctor ${args.join(' ')}\nfirst difference at line ${i + 1}:\n- ${la.slice(i, i + 3).join('\n- ')}\n+ ${lb.slice(i, i + 3).join('\n+ ')}\n`,
  );
  process.exitCode = 1;
}
