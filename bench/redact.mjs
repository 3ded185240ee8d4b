// Micro-benchmark of the redaction step: throughput on log-like text and on inputs built to make a regex backtrack.
// Usage: node bench/redact.mjs [MiB]   (needs `npm run build`; prints MiB/s per input at 1x and 4x the size, and the
// time ratio, best of three runs each: about 4 means linear time, far more would mean a regex that backtracks)
import { redact } from '../dist/core/redact.js';

const mib = Number(process.argv[2] ?? 2);
const b64 = (s) => Buffer.from(s).toString('base64');

/** Inputs of about `bytes` bytes each: ordinary lines, lines with secrets, and adversarial repetitions. */
function inputs(bytes) {
  const fill = (unit) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return {
    'ordinary log lines': fill(
      '2026-11-21 10:15:32,123 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: Connection timed out to smtp.office365.com:587 after 30000 ms\n',
    ),
    'lines with secrets': fill(
      `2026-11-21 10:15:32,123 DEBUG [emailjob-1] password=hunter2 Authorization: Bearer ya29.abc AUTH PLAIN ${b64('\0u\0p4ss')} imaps://u:p@h\n`,
    ),
    'one long line of password=': fill('password='),
    'one long line of "password":"': fill('"password":"'),
    'one long line of a://': fill('a://'),
    'one long base64 run': fill('QUJD'),
    'one long line of Authorization: x=': fill('Authorization: x='),
    'one long line of a1 LOGIN "': fill('a1 LOGIN "'),
    'one long line of <password>': fill('<password>'),
    'one long line of Bearer ': fill('Bearer '),
  };
}

/** Best of three runs, in ms. */
function measure(text) {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const start = process.hrtime.bigint();
    redact(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

const small = inputs(mib * 1024 * 1024);
const large = inputs(4 * mib * 1024 * 1024);
console.log(`redact: ${mib} MiB and ${4 * mib} MiB of each input (linear time: the larger takes about 4x as long)`);
for (const name of Object.keys(small)) {
  const a = measure(small[name]);
  const b = measure(large[name]);
  console.log(
    `${name.padEnd(36)} ${(mib / (a / 1000)).toFixed(1).padStart(7)} MiB/s   ${((4 * mib) / (b / 1000)).toFixed(1).padStart(7)} MiB/s   x${(b / a).toFixed(1)}`,
  );
}
