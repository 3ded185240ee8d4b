// Compares the CPU time two builds spend scanning the same bytes, in one process: each build's scan task runs in turn
// over the same ranges of each layout's files, so that the load other processes put on a shared machine falls on both
// alike (whole runs of `maildoctor logs` a few percent apart cannot be told apart there). Also checks that both
// builds return the same scan parts.
// Usage: node bench/logs/task-ab.mjs OTHER_CHECKOUT [--size MB=256] [--reps 4] [--layouts classic,log4j2,...]
//        (OTHER_CHECKOUT is a built tree, e.g. the start commit unpacked with `git archive` and `npm run build`)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAYOUT_NAMES } from './layouts.js';
import { option, otherCheckout } from '../cli-option.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const other = otherCheckout('node bench/logs/task-ab.mjs OTHER_CHECKOUT [--size MB] [--reps N] [--layouts a,b]');
const size = option('size', '256');
const reps = Number(option('reps', '4'));
const layouts = option('layouts', LAYOUT_NAMES.join(',')).split(',');
const builds = await Promise.all([resolve(other), here].map((root) => import(pathToFileURL(join(root, 'dist', 'logs', 'scan', 'scan-task.js')).href)));
const opts = { samples: 5, bucketMs: 3_600_000 };
/** The bytes of each file scanned: 32 MiB from 16 MiB in, one task's worth, past the start-up of the first task. */
const [start, end] = [16 << 20, 48 << 20];

process.stdout.write(`CPU ms of scan tasks over ${((end - start) >> 20) * 3} MiB per round, ${reps - 1} rounds (the first warms up):\n`);
for (const layout of layouts) {
  const cpu = [0, 0];
  let same = true;
  for (let rep = 0; rep < reps; rep += 1) {
    for (const [order, file] of ['email.log', 'error.log', 'service.log'].entries()) {
      const path = join(here, 'bench', 'data', `logs-${layout}-${size}`, file);
      const task = { order, path, label: file, kind: 'email', gz: false, start, end, mtimeMs: Date.now() };
      const parts = [];
      for (const b of rep % 2 === 0 ? [0, 1] : [1, 0]) {
        const before = process.cpuUsage();
        parts[b] = await builds[b].runScanTask(task, opts);
        const used = process.cpuUsage(before);
        if (rep > 0) cpu[b] += (used.user + used.system) / 1000;
      }
      if (JSON.stringify(parts[0]) !== JSON.stringify(parts[1])) same = false;
    }
  }
  const change = ((cpu[1] / cpu[0] - 1) * 100).toFixed(1);
  process.stdout.write(`${layout.padEnd(11)} other ${cpu[0].toFixed(0)}  this ${cpu[1].toFixed(0)}  (${change}%)  ${same ? 'same parts' : 'PARTS DIFFER'}\n`);
  if (!same) process.exitCode = 1;
}
