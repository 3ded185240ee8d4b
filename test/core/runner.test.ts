import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/runner.js';
import type { SharedKey } from '../../src/core/shared.js';
import { sleep } from '../../src/core/timeout.js';
import type { Check, CheckOutcome } from '../../src/core/types.js';

function check(id: string, run: Check['run'], extra: Partial<Check> = {}): Check {
  return { id, title: id, target: 't', key: id, run, ...extra };
}

const pass = async (): Promise<CheckOutcome> => ({ summary: 'ok', findings: [] });

describe('runner', () => {
  it('runs independent checks concurrently: each starts before the other ends', async () => {
    const events: string[] = [];
    const slow = (id: string) =>
      check(id, async (ctx) => {
        events.push(`start ${id}`);
        await sleep(200, ctx.signal);
        events.push(`end ${id}`);
        return { summary: 'slept', findings: [] };
      });
    const results = await runChecks([slow('a'), slow('b')]);
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(events.slice(0, 2).sort()).toEqual(['start a', 'start b']);
  });

  it("counts the time a check spent before the run (an export read up front) in the check's duration", async () => {
    const [prepared, plain] = await runChecks([check('read', pass, { preparedMs: 60_000 }), check('plain', pass)]);
    expect(prepared?.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(plain?.durationMs).toBeLessThan(60_000);
  });

  it('ends a check that ignores its budget within budget + 1 s, as a check.timeout finding rather than an error', async () => {
    const stuck = check('stuck', () => new Promise<CheckOutcome>(() => {}), { timeoutMs: 200 });
    const started = Date.now();
    const [r] = await runChecks([stuck]);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(r?.status).toBe('fail');
    expect(r?.error).toBeUndefined();
    expect(r?.findings.map((f) => f.cause)).toEqual(['check.timeout']);
    expect(r?.findings[0]?.evidence).toMatchObject({ budgetMs: 200 });
  });

  it('gives a check whose probes ran out the budget its own --timeout (one step unless it says more)', async () => {
    const started = Date.now();
    const one = check('one', () => new Promise<CheckOutcome>(() => {}));
    const two = check('two', () => new Promise<CheckOutcome>(() => {}), { steps: 2 });
    const [a, b] = await runChecks([one, two], { timeoutMs: 150 });
    const took = Date.now() - started;
    expect(a?.findings[0]?.evidence).toMatchObject({ budgetMs: 150, timeoutMs: 150 });
    expect(b?.findings[0]?.evidence).toMatchObject({ budgetMs: 300 });
    expect(took).toBeLessThan(6000);
  });

  it('aborts the signal after the budget so that the check can still report its own finding', async () => {
    let sawAbort = false;
    const stuck = check(
      'stuck',
      (ctx) =>
        new Promise<CheckOutcome>((resolve) =>
          ctx.signal.addEventListener('abort', () => {
            sawAbort = true;
            resolve({ summary: 'stopped at the greeting', findings: [{ cause: 'mail.reply-timeout', detail: 'greeting' }] });
          }),
        ),
      { timeoutMs: 100 },
    );
    const [r] = await runChecks([stuck]);
    expect(sawAbort).toBe(true);
    expect(r?.findings.map((f) => f.cause)).toEqual(['mail.reply-timeout']);
  });

  it('turns a check that throws because its budget ran out into the check.timeout finding, not an error', async () => {
    const thrower = check(
      'thrower',
      (ctx) => new Promise<CheckOutcome>((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
      { timeoutMs: 100 },
    );
    const [r] = await runChecks([thrower]);
    expect(r?.status).toBe('fail');
    expect(r?.findings[0]?.cause).toBe('check.timeout');
  });

  it('turns a crash into status error and keeps the message', async () => {
    const [r] = await runChecks([
      check('boom', async () => {
        throw new Error('socket exploded');
      }),
    ]);
    expect(r?.status).toBe('error');
    expect(r?.error?.message).toBe('socket exploded');
  });

  it('skips a dependant whose prerequisite failed, naming it', async () => {
    const failing = check('dns', async () => ({ summary: 'no', findings: [{ cause: 'tcp.name-not-resolved', detail: 'x' }] }));
    const dependant = check('tls', pass, { needs: ['dns'] });
    const [, r] = await runChecks([failing, dependant]);
    expect(r?.status).toBe('skip');
    expect(r?.summary).toContain('needs dns');
    expect(r?.evidence.skippedBecause).toBe('dns');
  });

  it('runs a dependant after its prerequisite passed and lets it read the result and shared values', async () => {
    const TOKEN: SharedKey<string> = { name: 'token' };
    const order: string[] = [];
    const first = check('oauth', async (ctx) => {
      await sleep(50);
      order.push('oauth');
      ctx.shared.set(TOKEN, 'x');
      return { summary: 'ok', findings: [] };
    });
    const second = check(
      'smtp',
      async (ctx) => {
        order.push('smtp');
        return { summary: `${String(ctx.shared.get(TOKEN))} ${ctx.results.get('oauth')?.status}`, findings: [] };
      },
      { needs: ['oauth'] },
    );
    const results = await runChecks([second, first]);
    expect(order).toEqual(['oauth', 'smtp']);
    expect(results[0]?.summary).toBe('x pass');
  });

  it('reports a need that is not in the run instead of hanging', async () => {
    const [r] = await runChecks([check('smtp', pass, { needs: ['oauth missing'] })]);
    expect(r?.status).toBe('skip');
    expect(r?.summary).toContain('oauth missing');
  });

  it('derives status from the worst finding; info leaves it passing', async () => {
    const results = await runChecks([
      check('i', async () => ({ summary: '', findings: [{ cause: 'audit.incoming.received', detail: '' }] })),
      check('w', async () => ({
        summary: '',
        findings: [
          { cause: 'audit.incoming.received', detail: '' },
          { cause: 'tls.expiring-soon', detail: '' },
        ],
      })),
      check('f', async () => ({
        summary: '',
        findings: [
          { cause: 'tls.expiring-soon', detail: '' },
          { cause: 'tcp.refused', detail: '' },
        ],
      })),
      check('s', async () => ({ summary: '', findings: [], skipped: 'not applicable' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['pass', 'warn', 'fail', 'skip']);
    expect(results[2]?.findings[1]?.title).toBe('Connection refused');
  });

  it('refuses two checks with the same key', async () => {
    await expect(runChecks([check('a', pass), check('a', pass)])).rejects.toThrow(/share the key/);
  });
});

describe('runner signal', () => {
  it('lets many checks listen on one run signal without a listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const checks: Check[] = Array.from({ length: 25 }, (_, i) => ({
        id: `c${i}`,
        title: `check ${i}`,
        target: 't',
        run: async (ctx) => {
          await sleep(20, ctx.signal);
          return { summary: 'ok', findings: [] };
        },
      }));
      const results = await runChecks(checks, { signal: controller.signal });
      await new Promise((resolve) => setImmediate(resolve));
      expect(results.map((r) => r.status)).toEqual(Array(25).fill('pass'));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('deadline', () => {
  it('still fires after a garbage collection, and follows its parent', async () => {
    const { deadline } = await import('../../src/core/timeout.js');
    const parent = new AbortController();
    const fired = new Promise<string>((resolve) =>
      deadline(150, parent.signal).addEventListener('abort', (e) => resolve(String((e.target as AbortSignal).reason?.name))),
    );
    (globalThis as { gc?: () => void }).gc?.();
    expect(await fired).toBe('TimeoutError');
    const child = deadline(10_000, parent.signal);
    parent.abort(new Error('interrupted'));
    expect(child.aborted).toBe(true);
    expect((child.reason as Error).message).toBe('interrupted');
  });
});
