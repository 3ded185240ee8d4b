// The same events written in five layouts (the bench's generators) get the same causes and counts.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, type LogEvent } from '../../../bench/logs/events.js';
import { LAYOUT_NAMES, LAYOUTS } from '../../../bench/logs/layouts.js';
import { scanResult } from '../helpers.js';

/** About 400 KiB of events per log (the failures are 2% of them, so every kind of failure occurs). */
const BYTES = { email: 400_000, error: 160_000, service: 240_000 } as const;

/**
 * Events whose thread, logger or level next to the message would match a rule if they were read with it: the
 * polling-failure rule would see `EmailFetchJob-2] ERROR` where the thread stands before the level (Log4j 2's default).
 */
const TRAPS: LogEvent[] = [
  {
    t: Date.UTC(2026, 10, 20, 9),
    level: 'ERROR',
    thread: 'EmailFetchJob-2',
    logger: 'com.motadata.serviceops.mail.Server',
    message: 'Mail server unable to start',
  },
  {
    t: Date.UTC(2026, 10, 20, 9, 1),
    level: 'WARN',
    thread: 'EmailPollingJob-1',
    logger: 'com.motadata.serviceops.scheduler.Quartz',
    message: 'Trigger misfire handled',
  },
  {
    t: Date.UTC(2026, 10, 20, 9, 2),
    level: 'ERROR',
    thread: 'main',
    logger: 'com.motadata.serviceops.mail.Fetch',
    message: 'emails could not be read: Connection refused',
  },
];

function take(kind: keyof typeof BYTES, seed: number): LogEvent[] {
  const out: LogEvent[] = kind === 'error' ? [...TRAPS] : [];
  let bytes = 0;
  for (const ev of events(kind, BYTES[kind], seed)) {
    bytes += LAYOUTS.classic(ev).length;
    if (bytes > BYTES[kind]) break;
    out.push(ev);
  }
  return out;
}

describe('log layouts', () => {
  it('give the same causes and counts for the same events, whatever the layout (JSON lines and syslog included)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'md-layouts-'));
    const kinds = (['email', 'error', 'service'] as const).map((kind, i) => ({ kind, events: take(kind, 7 + i) }));
    const counts: Record<string, Record<string, number>> = {};
    for (const layout of LAYOUT_NAMES) {
      const dir = join(root, layout);
      mkdirSync(dir);
      for (const { kind, events: list } of kinds) {
        const path = join(dir, `${kind}.log`);
        writeFileSync(path, list.map(LAYOUTS[layout]).join(''));
        const last = (list[list.length - 1] as LogEvent).t / 1000;
        utimesSync(path, last, last);
      }
      const result = await scanResult({ paths: [dir], until: '2030-01-01' });
      counts[layout] = Object.fromEntries(
        result.findings.map((f) => [f.cause, (f.evidence as { count?: number; fetches?: number }).count ?? (f.evidence as { fetches?: number }).fetches ?? -1]),
      );
    }
    const classic = counts.classic as Record<string, number>;
    expect(Object.keys(classic).length).toBeGreaterThan(20);
    expect(classic['log.connection.failed']).toBeGreaterThan(0);
    expect(classic['tls.java-pkix']).toBeGreaterThan(0);
    for (const layout of LAYOUT_NAMES) expect(counts[layout], layout).toEqual(classic);
  });
});
