import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decodeExport, parseExport, readExportFile } from '../../src/scheduler/export-reader.js';
import type { QuartzData } from '../../src/scheduler/types.js';

const HEADER =
  'SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP,JOB_NAME,JOB_GROUP,DESCRIPTION,NEXT_FIRE_TIME,PREV_FIRE_TIME,PRIORITY,TRIGGER_STATE,TRIGGER_TYPE,START_TIME';
const ROW = 'S,EmailFetchTrigger,DEFAULT,EmailFetchJob,DEFAULT,"polls, every minute",1763733969000,1763733909000,5,WAITING,SIMPLE,1763700000000';
const signal = new AbortController().signal;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string, content: string | Buffer, zone = 'UTC'): Promise<QuartzData> {
  const file = join(dir, name);
  await writeFile(file, content);
  const data: QuartzData = { triggers: [] };
  await readExportFile(file, { zone }, data, signal);
  return data;
}

describe('export reader', () => {
  it('reads a CSV export with upper-case columns and a quoted comma', async () => {
    const data = await read('t.csv', `${HEADER}\r\n${ROW}\r\n`);
    expect(data.triggers).toHaveLength(1);
    expect(data.triggers[0]).toMatchObject({
      triggerName: 'EmailFetchTrigger',
      description: 'polls, every minute',
      nextFireTime: 1763733969000,
      prevFireTime: 1763733909000,
      triggerState: 'WAITING',
    });
  });

  it('reads a table pasted from a browser (tabs, title-case headers, UI dates, empty cells)', async () => {
    const tsv =
      'Trigger Name\tTrigger Group\tJob Name\tJob Group\tTrigger State\tNext Fire Time\tPrev Fire Time\n' +
      'EmailFetchTrigger\tDEFAULT\tEmailFetchJob\tDEFAULT\twaiting\t\tNov 21, 2026 02:05:09 PM\n';
    const data = await read('t.tsv', tsv, 'Asia/Kolkata');
    expect(data.triggers[0]).toMatchObject({ triggerState: 'WAITING', nextFireTime: null, prevFireTime: Date.parse('2026-11-21T08:35:09Z') });
  });

  it('honours the "sep=" line Excel writes before a semicolon CSV', async () => {
    const text = `sep=;\n${HEADER.replaceAll(',', ';')}\n${ROW.replace('"polls, every minute"', 'polls').replaceAll(',', ';')}\n`;
    expect((await read('excel.csv', text)).triggers[0]).toMatchObject({ triggerName: 'EmailFetchTrigger', description: 'polls' });
  });

  it('reads psql aligned output pasted from a terminal', async () => {
    const text = [
      ' trigger_name      | trigger_group | job_name      | job_group | trigger_state | next_fire_time | prev_fire_time',
      '-------------------+---------------+---------------+-----------+---------------+----------------+----------------',
      ' EmailFetchTrigger | DEFAULT       | EmailFetchJob | DEFAULT   | BLOCKED       |  1763733969000 |  1763733909000',
      '(1 row)',
      '',
    ].join('\n');
    const data = await read('psql.txt', text);
    expect(data.triggers[0]).toMatchObject({ triggerName: 'EmailFetchTrigger', triggerState: 'BLOCKED', nextFireTime: 1763733969000 });
  });

  it('reads JSON: a list of rows, an object of tables, and columns + rows', async () => {
    const rows = [
      {
        TRIGGER_NAME: 'T',
        trigger_group: 'G',
        Job_Name: 'EmailFetchJob',
        JOB_GROUP: 'G',
        TRIGGER_STATE: 'ERROR',
        NEXT_FIRE_TIME: 1763733969000,
        PREV_FIRE_TIME: '2026-11-21T14:05:09Z',
      },
    ];
    expect((await read('a.json', JSON.stringify(rows))).triggers[0]).toMatchObject({
      jobName: 'EmailFetchJob',
      triggerState: 'ERROR',
      prevFireTime: Date.parse('2026-11-21T14:05:09Z'),
    });
    const both = await read(
      'b.json',
      JSON.stringify({ qrtz_triggers: rows, qrtz_scheduler_state: [{ instance_name: 'n1', last_checkin_time: 1763733969000, checkin_interval: 7500 }] }),
    );
    expect(both.schedulerState).toEqual([{ schedName: '', instanceName: 'n1', lastCheckinTime: 1763733969000, checkinInterval: 7500 }]);
    const table = await read('c.json', JSON.stringify({ columns: ['trigger_name', 'trigger_group', 'repeat_interval'], rows: [['T', 'G', '60000']] }));
    expect(table.simple?.[0]?.repeatInterval).toBe(60000);
  });

  it('reads a join of qrtz_triggers with qrtz_simple_triggers and qrtz_job_details as all three tables', async () => {
    const header = 'trigger_name,trigger_group,job_name,job_group,trigger_state,next_fire_time,prev_fire_time,repeat_interval,times_triggered,job_class_name';
    const data = await read('join.csv', `${header}\nT,G,job-17,G,WAITING,1763733969000,1763733909000,120000,55,com.flotomate.email.MailboxReaderJob\n`);
    expect(data.triggers).toHaveLength(1);
    expect(data.simple?.[0]).toMatchObject({ triggerName: 'T', repeatInterval: 120000 });
    expect(data.jobDetails?.[0]).toMatchObject({ jobName: 'job-17', jobClassName: 'com.flotomate.email.MailboxReaderJob' });
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode text")', async () => {
    const text = `${HEADER}\n${ROW}\n`;
    const data = await read('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(data.triggers[0]?.jobName).toBe('EmailFetchJob');
    expect(decodeExport(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'x')).toBe(text);
  });

  it('refuses UTF-16 without a BOM and binary garbage as binary data', async () => {
    await expect(read('nobom.csv', Buffer.from(`${HEADER}\n${ROW}\n`, 'utf16le'))).rejects.toThrow(/binary data/);
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919 + 13) % 256;
    await expect(read('garbage.csv', garbage)).rejects.toThrow(InputError);
  });

  it('refuses an empty file', async () => {
    await expect(read('empty.csv', '')).rejects.toThrow(/empty/);
    await expect(read('blank.csv', '\n\n  \n')).rejects.toThrow(/empty/);
  });

  it('names the missing column of a recognisable export', async () => {
    const header = HEADER.replace(',NEXT_FIRE_TIME', '');
    const row = ROW.replace(',1763733969000', '');
    await expect(read('missing.csv', `${header}\n${row}\n`)).rejects.toThrow(/looks like a qrtz_triggers export but lacks the column NEXT_FIRE_TIME/);
  });

  it('refuses a truncated row and an unterminated quote', async () => {
    await expect(read('short.csv', `${HEADER}\n${ROW}\n${ROW.slice(0, 40)}`)).rejects.toThrow(/line 3 has 4 fields but the header has 12/);
    await expect(read('quote.csv', `${HEADER}\n${ROW.slice(0, 60)}`)).rejects.toThrow(/line 2: a quoted field is never closed/);
    await expect(read('trunc.json', JSON.stringify([{ trigger_name: 'x' }]).slice(0, 12))).rejects.toThrow(/not valid JSON/);
  });

  it('refuses a file that is no Quartz table, listing its columns', async () => {
    await expect(read('other.csv', 'id,subject,status\n1,hello,SENT\n')).rejects.toThrow(/not a Quartz table export \(columns: id, subject, status\)/);
  });

  it('handles a huge line without hanging', async () => {
    const huge = `${HEADER}\n${ROW.replace('"polls, every minute"', `"${'x'.repeat(2_000_000)}"`)}\n`;
    const data = await read('huge.csv', huge);
    expect(data.triggers[0]?.description).toHaveLength(2_000_000);
    await expect(read('hugeline.csv', 'y'.repeat(3_000_000))).rejects.toThrow(/not a Quartz table export/);
  });

  it('reports a time it cannot read with file, row and column', async () => {
    await expect(read('badtime.csv', `${HEADER}\n${ROW.replace('1763733909000', 'last tuesday')}\n`)).rejects.toThrow(
      /badtime\.csv row 1 PREV_FIRE_TIME: cannot read "last tuesday"/,
    );
  });

  it('splits only the JSON it understands', () => {
    expect(() => parseExport('{"a": 1}', 'x.json')).toThrow(/JSON must be a list of rows/);
    expect(() => parseExport('[1, 2]', 'x.json')).toThrow(/item 1 is not an object/);
  });
});
