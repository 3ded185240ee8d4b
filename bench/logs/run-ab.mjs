// Compares whole `maildoctor logs DIR --format json` runs of two builds on the bench's layouts, by turns (the other
// build first in odd rounds, this one first in even ones), so that a machine whose speed drifts slows both alike; reports
// each build's median wall and CPU seconds and the median of the per-round ratios (this / other).
// Usage: node bench/logs/run-ab.mjs OTHER_CHECKOUT [--size MB=1024] [--reps 8] [--layouts classic,log4j2,...]
//        (OTHER_CHECKOUT is a built tree; run bench/logs/run.js first, which writes the layouts' data)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUT_NAMES } from './layouts.js';
import { option, otherCheckout } from '../cli-option.mjs';
import { median } from '../median.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const other = resolve(otherCheckout('node bench/logs/run-ab.mjs OTHER_CHECKOUT [--size MB] [--reps N] [--layouts a,b]'));
const size = option('size', '1024');
const reps = Number(option('reps', '8'));
const layouts = option('layouts', LAYOUT_NAMES.join(',')).split(',');

/** Wall and CPU seconds of one run of `root`'s maildoctor on `dir` (exit 0 or 1: findings are not failures). */
function timedRun(root, dir) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S', 'node', join(root, 'bin', 'maildoctor.js'), 'logs', dir, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`maildoctor logs failed in ${root} on ${dir}:\n${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]) };
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install time');
process.stdout.write(`whole runs by turns, ${reps} rounds per layout; median seconds; ratio = this build / ${other}\n`);
for (const layout of layouts) {
  const dir = join(here, 'bench', 'data', `logs-${layout}-${size}`);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run node bench/logs/run.js --size ${size} first`);
  timedRun(here, dir);
  const runs = { other: [], here: [] };
  for (let r = 0; r < reps; r += 1) {
    for (const which of r % 2 === 0 ? ['other', 'here'] : ['here', 'other']) runs[which].push(timedRun(which === 'here' ? here : other, dir));
  }
  const ratio = median(runs.here.map((h, r) => h.wall / runs.other[r].wall));
  const cpuRatio = median(runs.here.map((h, r) => h.cpu / runs.other[r].cpu));
  const fmt = (list) => `${median(list.map((x) => x.wall)).toFixed(2)} s (CPU ${median(list.map((x) => x.cpu)).toFixed(2)} s)`;
  process.stdout.write(`${layout.padEnd(11)} other ${fmt(runs.other)}  this ${fmt(runs.here)}  wall ${ratio.toFixed(3)}  CPU ${cpuRatio.toFixed(3)}\n`);
}
