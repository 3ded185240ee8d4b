// Writes the leak corpus into every kind of input maildoctor reads: logs, a thread dump, an audit export, emails, a Quartz export.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAK_SHAPES, PLANTED_USER, plantedSecret } from './leak-corpus.js';

/** Where each input was written. */
export interface LeakInputs {
  logs: string;
  dump: string;
  audit: string;
  emails: string;
  explain: string;
  props: string;
  quartz: string;
}

const planted = (i: number) => {
  const shape = LEAK_SHAPES[i]!;
  return shape.plant(plantedSecret(shape, i), PLANTED_USER);
};
/** The shape on one line; a shape that only exists as a line of its own is left out of one-line places (a subject, a thread name). */
const flat = (text: string, i?: number) => (i !== undefined && LEAK_SHAPES[i]?.lineOnly ? '' : text.replace(/\n/g, ' ').trim());
const csv = (text: string) => `"${text.replace(/"/g, '""')}"`;
const time = (i: number) => `2026-11-21 10:${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;

function logs(dir: string): string {
  const lines: string[] = [];
  LEAK_SHAPES.forEach((_, i) => {
    const text = planted(i);
    lines.push(`${time(i)},123 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: ${flat(text, i)} case${i}`);
    if (text.includes('\n'))
      lines.push(`${time(i)},124 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: transcript follows case${i}`, ...text.split('\n').filter(Boolean));
  });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  writeFileSync(join(dir, 'logs', 'email.log'), `${lines.join('\n')}\n`);
  return join(dir, 'logs');
}

/** The real jstack fixture with one BLOCKED email thread per shape (the shape in its name) and a shape in the holder's frame. */
function dump(dir: string, fixture: string): string {
  const text = readFileSync(fixture, 'utf8');
  const block = /^"emailjob-2" #15[^\n]*\n(?:[^\n]+\n)*?\n {3}Locked ownable synchronizers:\n\t- None\n/m.exec(text)?.[0];
  if (!block) throw new Error('fixture changed: no emailjob-2 block');
  const copies = LEAK_SHAPES.map((_, i) => `${block.replace('"emailjob-2" #15', `"emailjob-${100 + i} ${flat(planted(i), i)} case${i}" #${200 + i}`)}\n`).join(
    '',
  );
  const url = LEAK_SHAPES.findIndex((s) => s.id === 'stack-frame-url');
  const out = text
    .replace(block, `${block}\n${copies}`)
    .replace('at fixture.helpdesk.Log.sleepForever(Log.java:20)', `at fixture.helpdesk.Log.sleepForever(${flat(planted(url), url)}) case${url}`);
  const file = join(dir, 'planted.jstack.txt');
  writeFileSync(file, out);
  return file;
}

function audit(dir: string): string {
  const rows = ['Event Time,Email Server,From,Subject,Status,Message'];
  LEAK_SHAPES.forEach((_, i) =>
    rows.push(
      [
        time(i),
        'smtp-1',
        'a@example.org',
        csv(`Re: ${flat(planted(i), i)} case${i}`),
        'SEND_FAILED',
        csv(`Outgoing failed: ${flat(planted(i), i)} case${i}`),
      ].join(','),
    ),
  );
  const file = join(dir, 'audit.csv');
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
  return file;
}

function emails(dir: string): string {
  const folder = join(dir, 'emails');
  mkdirSync(folder, { recursive: true });
  LEAK_SHAPES.forEach((_, i) => {
    const text = planted(i);
    const headers = [
      `From: Customer <a${i}@example.org>`,
      'To: support@example.com',
      `Subject: Re: ${flat(text, i)} case${i}`,
      `Message-ID: <leak${i}@example.org>`,
      `X-Mailer: ${flat(text, i)}`,
      `Date: Sat, 21 Nov 2026 10:${String(i % 60).padStart(2, '0')}:00 +0000`,
    ];
    writeFileSync(join(folder, `m${String(i).padStart(2, '0')}.eml`), `${headers.join('\r\n')}\r\n\r\nbody ${text}\r\n`);
  });
  return folder;
}

function quartz(dir: string): string {
  const rows = [
    'SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP,JOB_NAME,JOB_GROUP,DESCRIPTION,NEXT_FIRE_TIME,PREV_FIRE_TIME,PRIORITY,TRIGGER_STATE,TRIGGER_TYPE,START_TIME,END_TIME,CALENDAR_NAME,MISFIRE_INSTR',
  ];
  LEAK_SHAPES.forEach((_, i) =>
    rows.push(
      [
        'FlotomateScheduler',
        csv(`EmailFetchTrigger ${flat(planted(i), i)} case${i}`),
        'DEFAULT',
        csv(`EmailFetchJob${i}`),
        'DEFAULT',
        csv(flat(planted(i), i)),
        '1795306436891',
        '1795306376891',
        '5',
        'ERROR',
        'CRON',
        '1795220006891',
        '0',
        '',
        '0',
      ].join(','),
    ),
  );
  const file = join(dir, 'qrtz_triggers.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

/** Writes every input under `dir`; `jstackFixture` is a real dump to plant thread names into. */
export function writeLeakInputs(dir: string, jstackFixture: string): LeakInputs {
  const explain = join(dir, 'explain.txt');
  writeFileSync(
    explain,
    `${LEAK_SHAPES.map((_, i) => `Outgoing failed: ${flat(planted(i), i)} case${i}${LEAK_SHAPES[i]?.lineOnly ? planted(i).trimEnd() : ''}`).join('\n')}\n`,
  );
  const props = join(dir, 'props.txt');
  writeFileSync(props, `client_id=abc\ntenant=contoso.onmicrosoft.com\n${LEAK_SHAPES.map((_, i) => planted(i)).join('\n')}\n`);
  return { logs: logs(dir), dump: dump(dir, jstackFixture), audit: audit(dir), emails: emails(dir), explain, props, quartz: quartz(dir) };
}
