// Compares the CPU time two builds spend on one scan thread's share of a run, warm-up included: each run is a fresh
// process (as a scan thread starts with nothing compiled) that readies scanning as a scan worker does, then scans
// `--tasks` tasks of 32 MiB; its CPU counts every thread of the process, so the optimising compiler's background work
// is in it. The builds run by turns, so that the load other processes put on a shared machine falls on both alike
// (task-ab.mjs measures warmed-up tasks instead, and cannot compare process-wide settings: both builds share one process).
// Usage: node bench/logs/thread-ab.mjs OTHER_CHECKOUT [--size MB=1024] [--tasks 16] [--reps 6] [--layouts classic,log4j2,...]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAYOUT_NAMES } from './layouts.js';
import { option, otherCheckout } from '../cli-option.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['email.log', 'service.log', 'error.log'];
const CHUNK_MB = 32;

if (process.argv[2] === '--child') {
  const [, , , root, dir, tasks] = process.argv;
  const url = (rel) => pathToFileURL(join(root, 'dist', 'logs', 'scan', rel)).href;
  const scan = await import(url('scan-task.js'));
  // What scan-worker.ts does before its first task, in builds that set the compiler up for scanning.
  if (existsSync(join(root, 'dist', 'logs', 'scan', 'jit-inlining.js'))) (await import(url('jit-inlining.js'))).stopInlining();
  const before = process.cpuUsage();
  scan.prepareScanning();
  for (let k = 0; k < Number(tasks); k += 1) {
    const file = FILES[k % FILES.length];
    const start = (CHUNK_MB * Math.floor(k / FILES.length)) << 20;
    const task = { order: k, path: join(dir, file), label: file, kind: 'email', gz: false, start, end: start + (CHUNK_MB << 20), mtimeMs: Date.now() };
    await scan.runScanTask(task, { samples: 5, bucketMs: 3_600_000 });
  }
  // Background compiles still running finish before the count is taken.
  await new Promise((done) => setTimeout(done, 100));
  const used = process.cpuUsage(before);
  process.stdout.write(`${(used.user + used.system) / 1000}\n`);
} else {
  const other = otherCheckout('node bench/logs/thread-ab.mjs OTHER_CHECKOUT [--size MB] [--tasks N] [--reps N] [--layouts a,b]');
  const size = option('size', '1024');
  const tasks = option('tasks', '16');
  const reps = Number(option('reps', '6'));
  const layouts = option('layouts', LAYOUT_NAMES.join(',')).split(',');
  const roots = [resolve(other), here];
  process.stdout.write(`mean CPU ms of a fresh process scanning ${tasks} tasks of ${CHUNK_MB} MiB, ${reps} runs per build:\n`);
  for (const layout of layouts) {
    const dir = join(here, 'bench', 'data', `logs-${layout}-${size}`);
    const cpu = [0, 0];
    for (let rep = 0; rep < reps; rep += 1) {
      for (const b of rep % 2 === 0 ? [0, 1] : [1, 0]) {
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', roots[b], dir, tasks], { encoding: 'utf8' });
        cpu[b] += Number(out) / reps;
      }
    }
    const change = ((cpu[1] / cpu[0] - 1) * 100).toFixed(1);
    process.stdout.write(`${layout.padEnd(11)} other ${cpu[0].toFixed(0)}  this ${cpu[1].toFixed(0)}  (${change}%)\n`);
  }
}
