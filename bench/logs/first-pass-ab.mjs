// Compares the first pass of two builds (the JSON and syslog rewrite, then the candidate search in WebAssembly) on the
// same 2 MiB blocks of each layout, in one process by turns, and keeps each block's fastest of several runs: on a
// machine shared with other work the minimum holds still where sums of CPU time move by several percent. Also checks
// that both builds rewrite the blocks and find the candidate lines alike.
// Usage: node bench/logs/first-pass-ab.mjs OTHER_CHECKOUT [--size MB=1024] [--runs 12] [--layouts classic,log4j2,...]
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAYOUT_NAMES } from './layouts.js';
import { option, otherCheckout } from '../cli-option.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const other = otherCheckout('node bench/logs/first-pass-ab.mjs OTHER_CHECKOUT [--size MB] [--runs N] [--layouts a,b]');
const size = option('size', '1024');
const runs = Math.max(3, Number(option('runs', '12')));
const layouts = option('layouts', LAYOUT_NAMES.join(',')).split(',');
/** Blocks read from each file, one after another from 16 MiB in (past the start-up lines). */
const BLOCKS = 8;
const BLOCK = 2 << 20;

async function load(root) {
  const at = (file) => import(pathToFileURL(join(root, 'dist', 'logs', 'scan', file)).href);
  const [{ buildClassifier }, { createFirstPass }, { wantsCanonical, yearHint }] = await Promise.all([
    at('classifier.js'),
    at('first-pass.js'),
    at('canonical-lines.js'),
  ]);
  const cls = buildClassifier(undefined);
  return { cls, pass: createFirstPass(cls.literals), wantsCanonical, hint: yearHint(Date.now()) };
}

/** Rewrites and searches one block with build `b`; returns the ns of each step and what it found. */
function run(b, block, first, last) {
  block.copy(b.pass.buffer, 0, 0, last);
  const t0 = process.hrtime.bigint();
  const to = b.wantsCanonical(b.pass.buffer, first, last) ? b.pass.canonicalise(b.pass.buffer, first, last, b.hint) : last;
  const t1 = process.hrtime.bigint();
  b.pass.find(b.cls.literals, b.pass.buffer, new Uint8Array(b.pass.buffer.buffer, b.pass.buffer.byteOffset, to), first, to, false);
  const t2 = process.hrtime.bigint();
  const found = b.pass.lanes.map(({ ev, w }) => Array.from(ev.subarray(0, w)).join(',')).join(';') + b.pass.buffer.toString('latin1', first, to);
  return { canon: Number(t1 - t0), find: Number(t2 - t1), found };
}

const builds = [await load(resolve(other)), await load(here)];
process.stdout.write(`ns per byte of the first pass, fastest of ${runs - 2} runs per 2 MiB block, ${BLOCKS} blocks per file:\n`);
for (const layout of layouts) {
  const total = builds.map(() => ({ canon: 0, find: 0 }));
  let bytes = 0;
  let same = true;
  for (const file of ['email.log', 'error.log', 'service.log']) {
    const fd = openSync(join(here, 'bench', 'data', `logs-${layout}-${size}`, file), 'r');
    for (let k = 0; k < BLOCKS; k += 1) {
      const block = Buffer.alloc(BLOCK);
      const n = readSync(fd, block, 0, BLOCK, (16 << 20) + k * BLOCK);
      const first = block.indexOf(10) + 1;
      const last = block.lastIndexOf(10, n - 1) + 1;
      bytes += last - first;
      const best = builds.map(() => ({ canon: Infinity, find: Infinity }));
      const found = [];
      for (let r = 0; r < runs; r += 1) {
        for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
          const got = run(builds[i], block, first, last);
          if (r < 2) found[i] = got.found;
          else best[i] = { canon: Math.min(best[i].canon, got.canon), find: Math.min(best[i].find, got.find) };
        }
      }
      if (found[0] !== found[1]) same = false;
      best.forEach((b, i) => {
        total[i].canon += b.canon;
        total[i].find += b.find;
      });
    }
    closeSync(fd);
  }
  const [a, b] = total.map((t) => ({ canon: t.canon / bytes, find: t.find / bytes }));
  const change = (((b.canon + b.find) / (a.canon + a.find) - 1) * 100).toFixed(1);
  process.stdout.write(
    `${layout.padEnd(11)} rewrite other ${a.canon.toFixed(3)} this ${b.canon.toFixed(3)}  search other ${a.find.toFixed(3)} this ${b.find.toFixed(3)}  (${change}%)  ${same ? 'same output' : 'OUTPUT DIFFERS'}\n`,
  );
  if (!same) process.exitCode = 1;
}
