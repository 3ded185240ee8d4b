// The leak corpus through every command that reads it x every format x with and without -v, and every file of `run --bundle`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/render/types.js';
import { runCli } from './helpers/cli.js';
import { echoImapServer, echoPop3Server, echoSmtpServer } from './helpers/echo-servers.js';
import { LEAK_SHAPES, PLANTED_USER, forbiddenForms, plantedSecret } from './helpers/leak-corpus.js';
import { writeLeakInputs, type LeakInputs } from './helpers/leak-inputs.js';
import type { TestServer } from './helpers/net-servers.js';

const PASSWORD = 'Echo-Pa55w0rd~Lk91';
const TOKEN = 'ya29.EchoToken-Lk92_abcdefghijklmnop';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Every form of every planted secret: the corpus', and the credentials the mail commands send to the echoing servers. */
function forbidden(): string[] {
  const out = LEAK_SHAPES.flatMap((shape, i) => forbiddenForms(shape, plantedSecret(shape, i), PLANTED_USER));
  for (const s of [PASSWORD, TOKEN]) out.push(s, b64(s), b64(s).replace(/=+$/, ''));
  for (const p of [b64(`\0${PLANTED_USER}\0${PASSWORD}`), b64(`user=${PLANTED_USER}\x01auth=Bearer ${TOKEN}\x01\x01`)]) out.push(p, p.replace(/=+$/, ''));
  return [...new Set(out)];
}

/** What the test saw, for the closing figures. */
const tally = { outputs: 0, checks: 0, found: [] as string[] };

function assertClean(text: string, what: string): void {
  tally.outputs += 1;
  for (const form of forbidden()) {
    tally.checks += 1;
    if (text.includes(form)) tally.found.push(`${what}: ${form}`);
  }
}

/** The corpus markers (`caseN`) an output carries: proof that the planted lines reached it. */
function markers(text: string): number {
  return new Set(text.match(/\bcase\d+\b/g) ?? []).size;
}

/** The inline style and script of an HTML page still hash to what its Content-Security-Policy allows (redaction left them alone). */
function expectPageIntact(page: string, what: string): void {
  const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '').replaceAll('&#39;', "'");
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  expect(style, `${what}: inline style`).toBeDefined();
  expect(script, `${what}: inline script`).toBeDefined();
  expect(policy, `${what}: style hash`).toContain(`style-src ${hash(style!)}`);
  expect(policy, `${what}: script hash`).toContain(`script-src ${hash(script!)}`);
}

let dir: string;
let inputs: LeakInputs;
let imap: TestServer;
let pop3: TestServer;
let smtp: TestServer;
let http: Server;
let httpPort = 0;
const env = { MD_PW: PASSWORD, MD_TOKEN: TOKEN };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'md-leak-corpus-'));
  inputs = writeLeakInputs(dir, join(import.meta.dirname, '..', 'fixtures', 'threaddump', 'email-blocked.jstack.txt'));
  [imap, pop3, smtp] = await Promise.all([echoImapServer(), echoPop3Server(), echoSmtpServer()]);
  // An HTTP server that echoes the Authorization header the client derived from the URL's userinfo.
  http = createServer((req, res) => {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="echo"', 'x-echo': String(req.headers.authorization ?? '') });
    res.end(`you sent ${req.headers.authorization ?? ''}`);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpPort = (http.address() as { port: number }).port;
});

afterAll(async () => {
  await Promise.all([imap?.close(), pop3?.close(), smtp?.close(), new Promise((resolve) => http?.close(resolve))]);
});

const mail = (protocol: string, port: () => number, auth: string[]) => [
  protocol,
  '--host',
  '127.0.0.1',
  '--port',
  String(port()),
  '--security',
  'none',
  '--user',
  PLANTED_USER,
  ...auth,
];

/** Each command that reads a planted input, with the fewest corpus markers its JSON must show. */
const COMMANDS: Array<{ name: string; args: () => string[]; stdin?: () => string; minMarkers: number }> = [
  { name: 'logs', args: () => ['logs', inputs.logs, '--samples', '100', '--workers', '1'], minMarkers: LEAK_SHAPES.length },
  { name: 'threaddump', args: () => ['threaddump', inputs.dump], minMarkers: LEAK_SHAPES.length },
  { name: 'audit', args: () => ['audit', inputs.audit], minMarkers: 1 },
  { name: 'eml', args: () => ['eml', inputs.emails], minMarkers: LEAK_SHAPES.length },
  { name: 'explain -', args: () => ['explain', '-'], stdin: () => readFileSync(inputs.explain, 'utf8'), minMarkers: LEAK_SHAPES.length },
  { name: 'config lint', args: () => ['config', 'lint', inputs.props], minMarkers: 0 },
  { name: 'quartz --file', args: () => ['quartz', '--file', inputs.quartz, '--no-service'], minMarkers: 1 },
  { name: 'smtp (echo, password)', args: () => mail('smtp', () => smtp.port, ['--password-env', 'MD_PW']), minMarkers: 0 },
  { name: 'smtp (echo, token)', args: () => mail('smtp', () => smtp.port, ['--oauth-token-env', 'MD_TOKEN']), minMarkers: 0 },
  { name: 'imap (echo, password)', args: () => mail('imap', () => imap.port, ['--password-env', 'MD_PW']), minMarkers: 0 },
  { name: 'imap (echo, token)', args: () => mail('imap', () => imap.port, ['--oauth-token-env', 'MD_TOKEN']), minMarkers: 0 },
  { name: 'pop3 (echo, password)', args: () => mail('pop3', () => pop3.port, ['--password-env', 'MD_PW']), minMarkers: 0 },
  { name: 'pop3 (echo, token)', args: () => mail('pop3', () => pop3.port, ['--oauth-token-env', 'MD_TOKEN']), minMarkers: 0 },
  { name: 'http (userinfo)', args: () => ['http', `http://${encodeURIComponent(PLANTED_USER)}:${PASSWORD}@127.0.0.1:${httpPort}/`], minMarkers: 0 },
];

afterAll(() => {
  console.log(
    `leak corpus: ${LEAK_SHAPES.length} shapes, ${forbidden().length} forbidden forms, ${tally.outputs} outputs, ${tally.checks} form x output checks, ${tally.found.length} found`,
  );
});

describe(`no planted secret (${LEAK_SHAPES.length} shapes) reaches any output`, () => {
  for (const c of COMMANDS) {
    it(`${c.name}: every format, with and without -v`, async () => {
      const before = tally.found.length;
      for (const format of FORMATS) {
        for (const verbose of [false, true]) {
          const r = await runCli([...c.args(), '--format', format, '--timeout', '3000', ...(verbose ? ['-v'] : [])], {
            env,
            ...(c.stdin ? { stdin: c.stdin() } : {}),
          });
          if (format === 'nagios') expect(r.stdout, `${c.name} nagios`).toMatch(/^MAILDOCTOR (OK|WARNING|CRITICAL|UNKNOWN) - /);
          else expect(r.code, `${c.name} ${format}: ${r.stderr}`).not.toBe(2);
          assertClean(`${r.stdout}\n${r.stderr}`, `${c.name} --format ${format}${verbose ? ' -v' : ''}`);
          if (format === 'html') expectPageIntact(r.stdout, `${c.name} html${verbose ? ' -v' : ''}`);
          if (format === 'json' && verbose) expect(markers(r.stdout), `${c.name}: planted lines in the JSON`).toBeGreaterThanOrEqual(c.minMarkers);
        }
      }
      expect(tally.found.slice(before)).toEqual([]);
    });
  }

  it('reports of the secret-free fixtures (real jstack dumps, audit exports, Quartz exports, emails) mask nothing', async () => {
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    const runs = [
      ['threaddump', join(fixtures, 'threaddump', 'email-blocked.console.log'), join(fixtures, 'threaddump', 'ssl-hang.jstack.txt')],
      ['audit', join(fixtures, 'audit', 'full.csv')],
      ['audit', join(fixtures, 'audit', 'utf16.tsv')],
      ['quartz', '--file', join(fixtures, 'quartz', 'healthy', 'qrtz_triggers.csv'), '--no-service'],
      ['eml', join(fixtures, 'eml', 'folder')],
    ];
    for (const args of runs) {
      const r = await runCli([...args, '--format', 'json', '-v']);
      const report = JSON.parse(r.stdout) as { results: Array<{ evidence: { redacted?: number } }> };
      expect(report.results.length, args.join(' ')).toBeGreaterThan(0);
      for (const result of report.results) expect(result.evidence.redacted, `${args.join(' ')}: ${r.stdout.match(/.{60}\*\*\*.{20}/)?.[0]}`).toBeUndefined();
    }
  });

  it('usage errors: a secret typed as an option value or in place of a path is never echoed', async () => {
    const before = tally.found.length;
    const s = plantedSecret(LEAK_SHAPES[0]!, 0);
    const cases = [
      ['smtp', '--host', '127.0.0.1', `--password=${s}`],
      ['smtp', '--host', '127.0.0.1', '--user', PLANTED_USER, '--password-file', s],
      ['imap', '--host', '127.0.0.1', '--user', PLANTED_USER, '--oauth-token-file', `/tmp/${s}`],
      ['pop3', '--host', '127.0.0.1', '--user', PLANTED_USER, '--password-env', 'Lk00Zq9x0Wv'],
    ];
    for (const args of cases) {
      const r = await runCli(args, { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--password|--oauth-token/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      assertClean(`${r.stdout}\n${r.stderr}`, args.join(' '));
      expect(r.stderr).not.toContain('Lk00Zq9x0Wv');
    }
    expect(tally.found.slice(before)).toEqual([]);
  });

  it('run --bundle: every file of the archive, and the run output in every format', async () => {
    const before = tally.found.length;
    const config = join(dir, 'maildoctor.yaml');
    const line = (o: Record<string, unknown>) => `  - ${JSON.stringify(o)}`;
    writeFileSync(
      config,
      [
        'checks:',
        line({ type: 'logs', paths: [inputs.logs], samples: 100 }),
        line({ type: 'threaddump', files: [inputs.dump] }),
        line({ type: 'audit', file: inputs.audit }),
        line({ type: 'eml', files: [inputs.emails] }),
        line({ type: 'quartz', files: [inputs.quartz] }),
        line({ type: 'config-lint', file: inputs.props }),
        line({ type: 'smtp', host: '127.0.0.1', port: smtp.port, security: 'none', user: PLANTED_USER, passwordEnv: 'MD_PW' }),
        line({ type: 'imap', host: '127.0.0.1', port: imap.port, security: 'none', user: PLANTED_USER, oauthTokenEnv: 'MD_TOKEN' }),
        line({ type: 'pop3', host: '127.0.0.1', port: pop3.port, security: 'none', user: PLANTED_USER, passwordEnv: 'MD_PW' }),
        '',
      ].join('\n'),
    );
    for (const format of FORMATS) {
      const bundle = join(dir, `ticket-${format}.tar.gz`);
      const r = await runCli(['run', '--config', config, '--bundle', bundle, '--format', format, '-v', '--timeout', '3000'], { env });
      if (format !== 'nagios') expect(r.code, r.stderr).not.toBe(2);
      assertClean(`${r.stdout}\n${r.stderr}`, `run --format ${format}`);
      const files = execFileSync('tar', ['-tzf', bundle]).toString().trim().split('\n');
      expect(files.length).toBeGreaterThanOrEqual(5);
      for (const f of files) assertClean(execFileSync('tar', ['-xzOf', bundle, f]).toString(), `bundle ${f}`);
      expectPageIntact(execFileSync('tar', ['-xzOf', bundle, 'maildoctor/report.html']).toString(), 'bundle report.html');
      if (format === 'html') expectPageIntact(r.stdout, 'run --format html');
      if (format === 'json')
        expect(markers(execFileSync('tar', ['-xzOf', bundle, 'maildoctor/report.json']).toString())).toBeGreaterThanOrEqual(LEAK_SHAPES.length);
    }
    expect(tally.found.slice(before)).toEqual([]);
  });
});
