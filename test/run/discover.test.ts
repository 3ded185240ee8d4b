import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/runner.js';
import { discoverHostPlan } from '../../src/run/discover.js';
import { guideHostEntries } from '../../src/run/guide-hosts.js';
import { configBuildContext } from '../helpers/contexts.js';
import { listen, type TestServer } from '../helpers/net-servers.js';

const io = (env: NodeJS.ProcessEnv = {}) => configBuildContext(env);

describe('run without a config', () => {
  let server: TestServer;
  let root: string;

  beforeAll(async () => {
    server = await listen(createServer((s) => s.end()));
    root = mkdtempSync(join(tmpdir(), 'md-serviceops-'));
    mkdirSync(join(root, 'apolo', 'logs'), { recursive: true });
    writeFileSync(join(root, 'apolo', 'logs', 'email.log'), '2026-11-21 10:15:32,123 ERROR [emailjob-1] Outgoing failed: Mail server connection failed\n');
  });
  afterAll(() => server.close());

  it("uses the guide's targets by default: every host, port and URL the guide names", () => {
    const entries = guideHostEntries();
    const flat = JSON.stringify(entries);
    for (const target of [
      'smtp.office365.com:587',
      'imap.gmail.com:993',
      'https://email-app.serviceops.ai/',
      'outlook.office365.com:443',
      'smtp.gmail.com:465',
    ])
      expect(flat).toContain(target);
    expect(entries.map((e) => e.type)).toEqual(expect.arrayContaining(['dns', 'port', 'tls', 'http', 'triage', 'route']));
  });

  it('on a ServiceOps host scans the tenant logs and says what needs a config', async () => {
    const plan = await discoverHostPlan(io(), { root, hostEntries: [{ type: 'port', targets: [`127.0.0.1:${server.port}`] }] });
    expect(plan.checks.map((c) => c.id)).toEqual(['port', 'logs']);
    expect(plan.notes.map((n) => n.detail).join(' ')).toMatch(/ServiceOps host found/);
    expect(plan.notes.map((n) => n.detail).join(' ')).toMatch(/Quartz trigger check needs the database/);
    const results = await runChecks(plan.checks, { timeoutMs: 2000 });
    expect(results[0]?.status).toBe('pass');
    expect(results[1]?.findings.map((f) => f.cause)).toContain('audit.outgoing.connection-failed');
  });

  it('off a ServiceOps host runs only the host checks, and includes Quartz when PG variables point at a database', async () => {
    const plan = await discoverHostPlan(io({ PGHOST: '127.0.0.1', PGDATABASE: 'x' }), { root: join(root, 'absent'), hostEntries: [] });
    expect(plan.checks.map((c) => c.id)).toEqual(['quartz']);
    expect(plan.notes.map((n) => n.detail).join(' ')).toMatch(/no ServiceOps installation/);
  });
});
