// Writes a realistic ServiceOps logs folder (email.log, error.log, service.log) in one of five log layouts. The same
// seed gives the same events in every layout: as many as fill SIZE_MB in the classic layout.
// Usage: node bench/logs/generate.js DIR [SIZE_MB=1024] [SEED=42] [LAYOUT=classic]
import { closeSync, mkdirSync, openSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { events, SHARE } from './events.js';
import { LAYOUT_NAMES, LAYOUTS } from './layouts.js';

/**
 * Writes one log of about `bytes` bytes' worth of events (as the classic layout writes them) in `layout`, and dates the
 * file at its last event, as a logger leaves it (syslog dates without a year are read in the year of the file).
 */
function writeLog(path, kind, bytes, seed, layout) {
  const render = LAYOUTS[layout];
  const fd = openSync(path, 'w');
  let classic = 0;
  let written = 0;
  let chunk = [];
  let chunkLen = 0;
  let last = Date.now();
  for (const ev of events(kind, bytes, seed)) {
    classic += Buffer.byteLength(LAYOUTS.classic(ev));
    if (classic > bytes) break;
    last = ev.t;
    const text = render(ev);
    chunk.push(text);
    chunkLen += text.length;
    if (chunkLen > 4 << 20) {
      written += writeSync(fd, chunk.join(''));
      chunk = [];
      chunkLen = 0;
    }
  }
  written += writeSync(fd, chunk.join(''));
  closeSync(fd);
  utimesSync(path, last / 1000, last / 1000);
  return written;
}

/** Generates the folder; returns the files written. */
export function generate(dir, sizeMb = 1024, seed = 42, layout = 'classic') {
  if (!LAYOUTS[layout]) throw new Error(`unknown layout ${layout}: use one of ${LAYOUT_NAMES.join(', ')}`);
  mkdirSync(dir, { recursive: true });
  const total = sizeMb * 1024 * 1024;
  return Object.entries(SHARE).map(([kind, share], i) => {
    const path = join(dir, `${kind}.log`);
    return { path, bytes: writeLog(path, kind, Math.floor(total * share), seed + i, layout) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, size, seed, layout] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write(`usage: node bench/logs/generate.js DIR [SIZE_MB=1024] [SEED=42] [LAYOUT=classic: ${LAYOUT_NAMES.join(', ')}]\n`);
    process.exit(2);
  }
  for (const f of generate(dir, Number(size ?? 1024), Number(seed ?? 42), layout ?? 'classic')) process.stdout.write(`${f.path} ${f.bytes}\n`);
}
