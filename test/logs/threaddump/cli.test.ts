// `maildoctor threaddump` end to end: JSON evidence per dump, series, exit codes, usage and input errors.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { schemaErrors } from '../../helpers/schema.js';

const fx = (name: string) => fileURLToPath(new URL(`../../../fixtures/threaddump/${name}`, import.meta.url));

describe('maildoctor threaddump FILE', () => {
  it('a deadlock dump: exit 1, evidence with timestamp, JVM line, threads and states; the finding names threads and locks', async () => {
    const { report, code } = await runJson(['threaddump', fx('emailjob-deadlock.jstack.txt')]);
    expect(code).toBe(1);
    const [r] = report.results;
    expect(r.id).toBe('threaddump');
    expect(r.status).toBe('fail');
    expect(r.evidence.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(r.evidence.jvm).toMatch(/^Full thread dump OpenJDK 64-Bit Server VM \(17\./);
    expect(typeof r.evidence.threads).toBe('number');
    expect(r.evidence.states.BLOCKED).toBe(2);
    const f = r.findings[0];
    expect(f.cause).toBe('threaddump.deadlock');
    expect(f.evidence.threads.sort()).toEqual(['emailjob-1', 'emailjob-2']);
    expect(f.evidence.locks).toHaveLength(2);
    expect(f.reference).toBe('ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis › Searching a thread dump for email issues');
  });

  it('reports for every fixture and format validate against the report schema, and markdown/junit render', async () => {
    for (const name of [
      'emailjob-deadlock.jstack.txt',
      'email-blocked.console.log',
      'ssl-hang.console.log',
      'quartz-busy.jstack.txt',
      'sender-lock-deadlock.jstack.txt',
    ]) {
      const { report } = await runJson(['threaddump', fx(name)]);
      expect(schemaErrors(report), name).toEqual([]);
    }
    const md = await runCli(['threaddump', fx('quartz-busy.jstack.txt'), '--format', 'markdown']);
    expect(md.stdout).toContain('threaddump.quartz-pool-exhausted');
    const junit = await runCli(['threaddump', fx('emailjob-deadlock.jstack.txt'), '--format', 'junit']);
    expect(junit.stdout).toMatch(/<testsuite[^>]*failures="1"/);
  });

  it('a healthy idle dump passes with exit 0', async () => {
    const { report, code } = await runJson(['threaddump', fx('quartz-idle.jstack.txt')]);
    expect(code).toBe(0);
    expect(report.results[0].status).toBe('pass');
    expect(report.results[0].findings.map((f: { cause: string }) => f.cause)).toEqual(['threaddump.quartz-idle']);
  });

  it('a console log with three kill -3 dumps: one result per dump and a series naming hung and moving threads', async () => {
    const { report } = await runJson(['threaddump', fx('email-blocked.console.log')]);
    const dumps = report.results.filter((r: { id: string }) => r.id === 'threaddump');
    expect(dumps.map((r: { target: string }) => r.target.replace(/^.*#/, '#'))).toEqual(['#1', '#2', '#3']);
    const series = report.results.find((r: { id: string }) => r.id === 'threaddump-series');
    expect(series.evidence.hung.sort()).toEqual(['email-sender-1', 'emailjob-2', 'emailjob-fetch-1', 'ticket-sync']);
    expect(series.evidence.moving).toEqual(['status-poller']);
    expect(series.evidence.states).toEqual(dumps.map((d: { evidence: { states: unknown } }) => d.evidence.states));
    expect(series.findings.map((f: { cause: string }) => f.cause)).toEqual(['threaddump.stuck-thread']);
    const stuck = series.findings[0].evidence.stuck;
    const holder = stuck.find((h: { thread: string }) => h.thread === 'ticket-sync');
    expect(holder.reason).toBe('holds a lock other threads wait for');
    expect(holder.waiters.sort()).toEqual(['email-sender-1', 'emailjob-fetch-1']);
    expect(stuck.find((h: { thread: string }) => h.thread === 'emailjob-2').reason).toBe('BLOCKED');
    expect(series.findings[0].evidence.threads.sort()).toEqual(series.evidence.hung.sort());
  });

  it('dumps of different JVM runs are not compared with each other', async () => {
    const { report } = await runJson(['threaddump', fx('quartz-idle.jstack.txt'), fx('quartz-busy.jstack.txt')]);
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(['threaddump', 'threaddump']);
  });

  it('text output shows the state counts and the fix', async () => {
    const { stdout, code } = await runCli(['threaddump', fx('ssl-hang.jstack.txt'), '--no-color']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/1 BLOCKED/);
    expect(stdout).toContain('imap-ssl-1');
    expect(stdout).toMatch(/SSL\/TLS handshake hang/);
  });
});

describe('usage and input errors exit 2 with one line', () => {
  it.each([
    [['threaddump'], /give one or more thread dump files/],
    [['threaddump', fx('quartz-idle.jstack.txt'), '--pid', '12'], /--pid needs --collect/],
    [['threaddump', '--collect', '--count', 'x'], /--count x: give a whole number/],
    [['threaddump', '--collect', '--interval', 'soon'], /--interval soon/],
    [['threaddump', '/nonexistent/dump.txt'], /cannot read thread dump \/nonexistent\/dump.txt: no such file/],
    [['threaddump', fx('java/fixture/helpdesk/Log.java')], /no HotSpot thread dump in/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('maildoctor explain knows thread dump wordings', () => {
  it('explains the JVM deadlock header and a BLOCKED state line', async () => {
    const deadlock = await runJson(['explain', 'Found one Java-level deadlock:']);
    expect(deadlock.report.results[0].findings[0].cause).toBe('threaddump.deadlock');
    const blocked = await runJson(['explain', 'java.lang.Thread.State: BLOCKED (on object monitor)']);
    expect(blocked.report.results[0].findings[0].cause).toBe('threaddump.thread-blocked');
  });
});
