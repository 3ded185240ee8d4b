import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/runner.js';
import { addRows, epochTime } from '../../src/scheduler/rows.js';
import type { QuartzData } from '../../src/scheduler/types.js';
import { configBuildContext, fromConfig } from '../helpers/contexts.js';

const FIXTURES = resolve(__dirname, '../../fixtures/quartz');
const ctx = (env: NodeJS.ProcessEnv = {}) => configBuildContext(env, FIXTURES);

describe('config kinds', () => {
  it('builds a quartz check from a config entry with paths relative to the config', async () => {
    const checks = await fromConfig(
      { type: 'quartz', files: ['stale/qrtz_triggers.csv', 'stale/qrtz_simple_triggers.csv'], asOf: '2026-11-22T00:11:04.675Z' },
      ctx(),
    );
    expect(checks.map((c) => c.id)).toEqual(['quartz']);
    const [result] = await runChecks(checks);
    expect(result!.findings.map((f) => f.cause)).toContain('quartz.trigger.stale');
    expect(result!.evidence.tables).toEqual(['qrtz_triggers', 'qrtz_simple_triggers']);
  });

  it('builds a service check with the default unit', async () => {
    const checks = await fromConfig({ type: 'service' }, ctx());
    expect(checks[0]).toMatchObject({ id: 'service', target: 'flotomate-main' });
  });

  it('refuses a quartz entry with nothing to read', async () => {
    await expect(Promise.resolve().then(() => fromConfig({ type: 'quartz' }, ctx()))).rejects.toThrow(/nothing to read/);
  });
});

describe('rows from PostgreSQL', () => {
  it('turns BIGINT strings (how pg returns int8) into numbers and keeps -1 and NULL', () => {
    const data: QuartzData = { triggers: [] };
    addRows(
      data,
      'qrtz_triggers',
      [
        {
          trigger_name: 'T',
          trigger_group: 'G',
          job_name: 'J',
          job_group: 'G',
          trigger_state: 'waiting',
          next_fire_time: '1763733969000',
          prev_fire_time: '-1',
          start_time: '1763700000000',
          end_time: null,
          job_data: Buffer.from([0xac, 0xed]),
        },
      ],
      epochTime,
      'db',
    );
    expect(data.triggers[0]).toMatchObject({ nextFireTime: 1763733969000, prevFireTime: -1, startTime: 1763700000000, endTime: null, triggerState: 'WAITING' });
    addRows(data, 'qrtz_scheduler_state', [{ instance_name: 'n1', last_checkin_time: '1763733969000', checkin_interval: '7500' }], epochTime, 'db');
    expect(data.schedulerState?.[0]).toMatchObject({ lastCheckinTime: 1763733969000, checkinInterval: 7500 });
    expect(() => addRows(data, 'qrtz_simple_triggers', [{ trigger_name: 'T', trigger_group: 'G', repeat_interval: 'sixty' }], epochTime, 'db')).toThrow(
      /"sixty" is not a number/,
    );
  });
});

describe('database settings from a config', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'maildoctor-build-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('reads a password file relative to the config directory', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'pw'), 'x-secret-1\n');
    const checks = await fromConfig({ type: 'quartz', db: 'postgres://u@127.0.0.1:1/d', passwordFile: 'pw' }, configBuildContext({}, dir));
    expect(checks[0]!.target).toBe('u@127.0.0.1:1/d schema master');
  });
});
