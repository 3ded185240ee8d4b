// Benchmark: maildoctor threaddump on generated dumps of thousands of threads versus the guide's grep sequence.
// Usage: node bench/threaddump/run.js [THREADS=5000]   (compiles src into bench/data/build first)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDump } from './generate.js';
import { median } from '../median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = join(root, 'bench', 'data');
const build = join(data, 'build');
const threads = Number(process.argv[2] ?? 5000);
mkdirSync(data, { recursive: true });
const file = join(data, `threaddump-${threads}.txt`);
writeFileSync(file, generateDump(threads));

spawnSync('npx', ['tsc', '-p', join(root, 'tsconfig.json'), '--outDir', build], { cwd: root, stdio: 'ignore' });
const { readDumpText } = await import(join(build, 'logs/threaddump/read.js'));
const { parseThreadDumps } = await import(join(build, 'logs/threaddump/parse.js'));
const { analyseDump } = await import(join(build, 'logs/threaddump/analyse.js'));

function time(fn, runs = 7) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}

const text = await readDumpText(file);
const parse = time(() => parseThreadDumps(text));
const dump = parse.result.dumps[0];
const analyse = time(() => analyseDump(dump));
const cliScript = `import(${JSON.stringify(join(build, 'cli.js'))}).then(async (m) => { process.exitCode = await m.main(['node', 'maildoctor', 'threaddump', ${JSON.stringify(file)}, '--json']); })`;
const cli = time(() => spawnSync(process.execPath, ['-e', cliScript], { maxBuffer: 64 << 20, encoding: 'utf8' }), 5);
let cliOk;
try {
  cliOk = `${JSON.parse(cli.result.stdout).results.length} result(s)`;
} catch {
  cliOk = `failed: ${cli.result.stderr.split('\n').find((l) => l.includes('Error')) ?? cli.result.stderr.slice(0, 200)}`;
}
const tiny = join(root, 'fixtures', 'threaddump', 'quartz-idle.jstack.txt');
const cliTiny = time(() => spawnSync(process.execPath, ['-e', cliScript.replace(JSON.stringify(file), JSON.stringify(tiny))], { encoding: 'utf8' }), 5);
const node = time(() => execFileSync(process.execPath, ['-e', '0']).length, 5);
const grep = time(() => {
  spawnSync('grep', ['-i', 'blocked\\|deadlock', file], { maxBuffer: 256 << 20 });
  spawnSync('grep', ['-i', 'email\\|emailjob', file], { maxBuffer: 256 << 20 });
}, 7);

const causes = analyse.result.findings.map((f) => f.cause);
console.log(`input: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, ${dump.threads.length} threads)`);
console.log(`parse: ${parse.ms.toFixed(1)} ms, analyse: ${analyse.ms.toFixed(1)} ms, parse+analyse: ${(parse.ms + analyse.ms).toFixed(1)} ms`);
console.log(`findings: ${[...new Set(causes)].join(', ')}`);
console.log(
  `maildoctor threaddump --json (whole process, ${cliOk}): ${cli.ms.toFixed(0)} ms; on a 24-thread fixture: ${cliTiny.ms.toFixed(0)} ms (CLI start-up); node alone: ${node.ms.toFixed(0)} ms`,
);
console.log(`guide's two greps: ${grep.ms.toFixed(1)} ms`);
console.log(`ratio parse+analyse / greps: ${((parse.ms + analyse.ms) / grep.ms).toFixed(1)}x; whole process / greps: ${(cli.ms / grep.ms).toFixed(1)}x`);
