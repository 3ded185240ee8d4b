// Bench: `maildoctor tls` and `port` against local servers next to `openssl s_client` and `nc -zv` on the same targets,
// the CLI start cost on its own, and 20 targets with 3 silent ones finishing in about one timeout.
// Usage: node bench/network.mjs [reps=15]   (certificates go to a temp dir; nothing leaves 127.0.0.1)
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer as createTlsServer, createSecureContext, TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reps = Number(process.argv[2] ?? 15);
const work = mkdtempSync(join(tmpdir(), 'maildoctor-netbench-'));
const TIMEOUT_MS = 2000;

function openssl(args) {
  const r = spawnSync('openssl', args, { cwd: work, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
}

/** A CA and a localhost leaf signed by it, made fresh for this run. */
function makeCerts() {
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '365',
    '-subj',
    '/CN=netbench CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=localhost']);
  writeFileSync(join(work, 'ext.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl([
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.crt',
    '-days',
    '365',
    '-extfile',
    'ext.cnf',
  ]);
  return { key: readFileSync(join(work, 'leaf.key')), cert: readFileSync(join(work, 'leaf.crt')), ca: join(work, 'ca.crt') };
}

function listen(server) {
  server.on('connection', (s) => s.on('error', () => {}));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** A plain SMTP server offering STARTTLS, upgraded with the leaf certificate. */
function smtpServer(context) {
  return createServer((socket) => {
    socket.write('220 bench ESMTP\r\n');
    let buf = '';
    const onData = (chunk) => {
      buf += chunk.toString('latin1');
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i).trim().toUpperCase();
        buf = buf.slice(i + 1);
        if (line.startsWith('EHLO')) socket.write('250-bench\r\n250 STARTTLS\r\n');
        else if (line === 'STARTTLS') {
          socket.write('220 go ahead\r\n');
          socket.off('data', onData);
          const secure = new TLSSocket(socket, { isServer: true, secureContext: context });
          secure.on('error', () => {});
          secure.on('data', (d) => secure.write(/^QUIT/i.test(d.toString()) ? '221 bye\r\n' : '250-bench\r\n250 AUTH PLAIN\r\n'));
          return;
        } else socket.write('502 no\r\n');
      }
    };
    socket.on('data', onData);
  });
}

/** A port whose SYNs go unanswered: a Python listener with backlog 0 and its queue filled. */
async function filteredPort() {
  const child = spawn(
    'python3',
    ['-c', "import socket,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(600)"],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  const fillers = Array.from({ length: 4 }, () => new Socket().on('error', () => {}).connect(port, '127.0.0.1'));
  await new Promise((r) => setTimeout(r, 200));
  return { port, stop: () => (fillers.forEach((s) => s.destroy()), child.kill('SIGKILL')) };
}

/** Runs a command without blocking this process's servers; resolves with wall time and output. */
function timed(cmd, args, input = '') {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = execFile(cmd, args, { maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ ms: performance.now() - t0, code: err ? (err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

async function median(label, cmd, args, input) {
  const times = [];
  const outputs = [];
  let last;
  for (let i = 0; i < reps; i += 1) {
    last = await timed(cmd, args, input);
    times.push(last.ms);
    outputs.push(last.stdout);
  }
  const insideMs = args.includes('json') ? insideMedian(outputs) : undefined;
  times.sort((a, b) => a - b);
  return { label, ms: times[Math.floor(times.length / 2)], last, inside: insideMs };
}

/** Median of the check's own duration (results[0].durationMs) over the maildoctor runs of one row. */
function insideMedian(outputs) {
  const ms = outputs.map((o) => JSON.parse(o).results[0].durationMs).sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

const build = join(work, 'dist');
spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--outDir', build], { stdio: 'ignore' });
const launcher = `import(${JSON.stringify(join(build, 'cli.js'))}).then(async (m) => { process.exitCode = await m.main(process.argv); })`;
const maildoctor = (...args) => [process.execPath, ['--input-type=module', '-e', launcher, 'maildoctor', ...args]];

const certs = makeCerts();
const context = createSecureContext({ key: certs.key, cert: certs.cert });
const servers = [];
const keep = async (server) => (servers.push(server), listen(server));
const tlsServer = () =>
  keep(createTlsServer({ key: certs.key, cert: certs.cert }, (s) => (s.on('error', () => {}), s.end('220 bench\r\n'))).on('tlsClientError', () => {}));
const tlsPort = await tlsServer();
const moreTls = await Promise.all(Array.from({ length: 17 }, () => tlsServer()));
const moreTcp = await Promise.all(Array.from({ length: 17 }, () => keep(createServer((s) => s.end()))));
const smtpPort = await keep(smtpServer(context));
const tcpPort = await keep(createServer((s) => s.end()));
const silentPorts = await Promise.all([0, 1, 2].map(() => keep(createServer(() => {}))));
const filtered = await Promise.all([0, 1, 2].map(() => filteredPort()));

try {
  const start = await median('maildoctor --version (CLI start cost)', ...maildoctor('--version'));
  const rows = [
    start,
    await median(
      'maildoctor tls 127.0.0.1:PORT (implicit TLS, --ca)',
      ...maildoctor('tls', `127.0.0.1:${tlsPort}`, '--starttls', 'none', '--ca', certs.ca, '--format', 'json'),
    ),
    await median(
      'openssl s_client -connect (same target, -CAfile)',
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${tlsPort}`, '-CAfile', certs.ca, '-verify_return_error'],
      '',
    ),
    await median('maildoctor tls --starttls smtp', ...maildoctor('tls', `127.0.0.1:${smtpPort}`, '--starttls', 'smtp', '--ca', certs.ca, '--format', 'json')),
    await median(
      'openssl s_client -starttls smtp',
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${smtpPort}`, '-starttls', 'smtp', '-CAfile', certs.ca],
      'QUIT\r\n',
    ),
    await median('maildoctor port 127.0.0.1:PORT', ...maildoctor('port', `127.0.0.1:${tcpPort}`, '--format', 'json')),
    await median('nc -zv 127.0.0.1 PORT', 'nc', ['-zv', '127.0.0.1', String(tcpPort)]),
  ];
  console.log(`runs per command: ${reps} (median wall time, whole command)`);
  for (const r of rows) console.log(`${r.label.padEnd(54)} ${r.ms.toFixed(1).padStart(7)} ms`);
  const ratio = (a, b) => (a.ms / b.ms).toFixed(2);
  console.log(
    `\nwhole-command ratios (maildoctor / tool): tls ${ratio(rows[1], rows[2])}x openssl, starttls ${ratio(rows[3], rows[4])}x openssl, port ${ratio(rows[5], rows[6])}x nc`,
  );
  console.log(`CLI start cost (maildoctor --version, loads every command): ${start.ms.toFixed(0)} ms`);
  console.log(
    `check time inside maildoctor (median durationMs) vs the tool's whole command: tls ${rows[1].inside} ms (${ratio({ ms: rows[1].inside }, rows[2])}x openssl), starttls ${rows[3].inside} ms (${ratio({ ms: rows[3].inside }, rows[4])}x openssl), port ${rows[5].inside} ms (${ratio({ ms: rows[5].inside }, rows[6])}x nc)`,
  );

  const tlsTargets = [...moreTls, ...silentPorts].map((p) => `127.0.0.1:${p}`);
  const many = await timed(...maildoctor('tls', ...tlsTargets, '--starttls', 'none', '--ca', certs.ca, '--timeout', String(TIMEOUT_MS), '--format', 'json'));
  const portTargets = [...moreTcp.map((p) => `127.0.0.1:${p}`), ...filtered.map((f) => `127.0.0.1:${f.port}`)];
  const manyPorts = await timed(...maildoctor('port', ...portTargets, '--timeout', String(TIMEOUT_MS), '--format', 'json'));
  const ncSerial = performance.now();
  for (const t of portTargets) {
    const [h, p] = t.split(':');
    await timed('nc', ['-zv', '-w', String(TIMEOUT_MS / 1000), h, p]);
  }
  const ncMs = performance.now() - ncSerial;
  const silentCauses = (out) =>
    JSON.parse(out)
      .results.filter((r) => r.status !== 'pass')
      .map((r) => `${r.target} ${r.findings[0]?.cause}`);
  console.log(
    `\n${portTargets.length} port targets, 3 filtered, --timeout ${TIMEOUT_MS}: maildoctor ${manyPorts.ms.toFixed(0)} ms = ${(manyPorts.ms / TIMEOUT_MS).toFixed(2)} timeouts incl. start (run itself ${JSON.parse(manyPorts.stdout).durationMs} ms = ${(JSON.parse(manyPorts.stdout).durationMs / TIMEOUT_MS).toFixed(2)} timeouts) [${silentCauses(manyPorts.stdout).join(', ')}]; nc -zv -w 2 one after another ${ncMs.toFixed(0)} ms`,
  );
  console.log(
    `${tlsTargets.length} tls targets, 3 silent, --timeout ${TIMEOUT_MS}: maildoctor ${many.ms.toFixed(0)} ms = ${(many.ms / TIMEOUT_MS).toFixed(2)} timeouts incl. start (run itself ${JSON.parse(many.stdout).durationMs} ms = ${(JSON.parse(many.stdout).durationMs / TIMEOUT_MS).toFixed(2)} timeouts) [${silentCauses(many.stdout).join(', ')}]`,
  );
} finally {
  for (const f of filtered) f.stop();
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
  setTimeout(() => process.exit(0), 100).unref();
}
