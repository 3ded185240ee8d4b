// Bench: `maildoctor run` over 20 mailboxes, 3 of them on a server that accepts and never speaks, must end within
// --timeout + 1 s. The 17 others talk to a small IMAP server on 127.0.0.1 that greets and refuses the login.
// Usage: node bench/run-timeout.mjs [--timeout 2000] [--reps 3]   (uses the built CLI: npm run build first)
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './cli-option.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const timeout = Number(option('timeout', '2000'));
const reps = Number(option('reps', '3'));

/** A server on 127.0.0.1; `onConnect` gets each socket. */
function serve(onConnect) {
  const sockets = new Set();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
    onConnect(s);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** Greets as an IMAP server, answers CAPABILITY and refuses every login (RFC 9051 tagged NO). */
function imapServer() {
  return serve((s) => {
    s.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] bench ready\r\n');
    let pending = '';
    s.on('data', (d) => {
      pending += d.toString('latin1');
      let nl;
      while ((nl = pending.indexOf('\r\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 2);
        const [tag, command = ''] = line.split(' ');
        if (/^capability$/i.test(command)) s.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`);
        else if (/^logout$/i.test(command)) s.end(`* BYE\r\n${tag} OK bye\r\n`);
        else s.write(`${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n`);
      }
    });
  });
}

const silent = await serve(() => {});
const imap = await imapServer();
const dir = mkdtempSync(join(tmpdir(), 'md-bench-run-'));
const config = join(dir, 'maildoctor.yaml');
const mailbox = (k, port) => [
  `  - name: box${k}`,
  '    protocol: imap',
  '    host: 127.0.0.1',
  `    port: ${port}`,
  '    security: none',
  `    user: box${k}@example.test`,
  '    passwordEnv: BENCH_PW',
];
writeFileSync(config, ['incoming:', ...Array.from({ length: 20 }, (_, k) => mailbox(k, k < 3 ? silent.port : imap.port)).flat(), ''].join('\n'));

const cli = join(root, 'bin', 'maildoctor.js');
const times = [];
const inRun = [];
let checks = 0;
/** Runs the CLI without blocking this process, whose event loop serves the test servers meanwhile. */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { encoding: 'utf8', env: { ...process.env, BENCH_PW: 'not-the-password' }, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? err.code : 0, stdout, stderr }),
    );
  });
}

for (let r = 0; r < reps; r += 1) {
  const t0 = performance.now();
  const out = await run([cli, 'run', '--config', config, '--timeout', String(timeout), '--format', 'json']);
  times.push(performance.now() - t0);
  if (out.code !== 0 && out.code !== 1) throw new Error(`maildoctor run failed (exit ${out.code}): ${out.stderr}`);
  const report = JSON.parse(out.stdout);
  checks = report.results.length;
  inRun.push(report.durationMs);
}
await Promise.all([silent.close(), imap.close()]);
rmSync(dir, { recursive: true, force: true });
const worst = Math.max(...inRun);
console.log(`maildoctor run: 20 mailboxes (3 on a silent server), ${checks} checks, --timeout ${timeout}`);
console.log(
  `  the run (report durationMs): ${inRun.map((t) => (t / 1000).toFixed(2)).join(', ')} s; the whole command with Node's start-up: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s`,
);
console.log(
  `  worst run ${(worst / 1000).toFixed(2)} s against --timeout + 1 s = ${((timeout + 1000) / 1000).toFixed(2)} s: ${worst <= timeout + 1000 ? 'within' : 'OVER'}; load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`,
);
process.exitCode = worst <= timeout + 1000 ? 0 : 1;
