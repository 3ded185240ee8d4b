// Issue 20's host: five things at once, against a real Dovecot on 127.0.0.1; every one is named at the top, none buried.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../../helpers/certs.js';
import { runCli } from '../../helpers/cli.js';
import { startDovecot, type DovecotServer } from '../../helpers/dovecot.js';
import { liveAvailable } from '../../helpers/live.js';
import { runScenario, scenarioConfig, verdictOf } from './harness.js';

const live = liveAvailable('dovecot', 'openssl');
const PASSWORD = 'pw-Five-Faults-20';

describe.skipIf(!live)('five faults at once', () => {
  let dovecot: DovecotServer;
  const values: Record<string, string | number> = {};

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { 'alice@example.test': PASSWORD } });
    Object.assign(values, { IMAP_PORT: dovecot.ports.imaps, CA: testCerts().caPath });
  });

  afterAll(async () => {
    await dovecot?.stop();
  });

  it('names all five in its verdicts: polling, trigger, deadlock, the unresolvable mailbox, and the localhost mailbox passing', async () => {
    const r = await runScenario('five-faults', values, { SCENARIO_PASSWORD: PASSWORD });
    expect([...r.rules].sort()).toEqual(['email-trigger', 'mailbox-broken', 'mailbox-ok', 'polling-stopped', 'threads-deadlocked']);
    expect(verdictOf(r, 'mailbox-ok').detail).toMatch(/^incoming "local" \(imap localhost:\d+\): dns → port → tls → auth all passed$/);
    expect(verdictOf(r, 'mailbox-broken')).toMatchObject({ evidence: { server: 'remote', stage: 'dns' } });
    for (const rule of ['polling-stopped', 'email-trigger', 'threads-deadlocked']) {
      expect(verdictOf(r, rule)).toMatchObject({ severity: 'fail' });
      expect(verdictOf(r, rule).detail, rule).toMatch(/; confirmed by /);
    }
    expect(verdictOf(r, 'threads-deadlocked').detail).toMatch(
      /emailjob-1 waits for <0x[0-9a-f]+> \(a [\w.$]+TicketLock\) held by emailjob-2, .* held by emailjob-1 \(a cycle: deadlock\) — found by /,
    );
  });

  it('the text report opens with one line per verdict, worst first, then the checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-five-'));
    writeFileSync(join(dir, 'maildoctor.yaml'), scenarioConfig('five-faults', values));
    const { stdout } = await runCli(['run', '--config', join(dir, 'maildoctor.yaml'), '--no-color'], { env: { SCENARIO_PASSWORD: PASSWORD }, cwd: dir });
    const lines = stdout.split('\n');
    const verdicts = lines.slice(2, 7);
    expect(verdicts.map((l) => /\[(verdict\.[a-z-]+)\]$/.exec(l)?.[1])).toEqual([
      'verdict.polling-stopped',
      'verdict.email-trigger-abnormal',
      'verdict.email-threads-deadlocked',
      'verdict.mailbox-broken',
      'verdict.mailbox-ok',
    ]);
    expect(lines[7]).toBe('');
    expect(lines[8]).toMatch(/^┌/);
  });
});
