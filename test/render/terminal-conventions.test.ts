// Colour and progress follow the conventions: --color/--no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, usable terminal size.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import { colorLevel, forcedLevel, type ColorInputs } from '../../src/render/color-choice.js';
import { progressMode, type ProgressFacts } from '../../src/render/progress-mode.js';
import { LINE_INTERVAL_MS, lineProgress, progressLine } from '../../src/render/progress.js';
import type { CheckResult } from '../../src/core/types.js';

const tty: ColorInputs = { flag: undefined, env: { TERM: 'xterm-256color' }, format: 'text', toFile: false, isTTY: true };

describe('colour', () => {
  it('is on for text on a terminal and off for a pipe, a file or TERM=dumb', () => {
    expect(colorLevel(tty)).toBe(1);
    expect(colorLevel({ ...tty, isTTY: false })).toBe(0);
    expect(colorLevel({ ...tty, toFile: true })).toBe(0);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });

  it('NO_COLOR (non-empty) turns it off; an empty NO_COLOR is ignored', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(1);
  });

  it('FORCE_COLOR follows Node: 1/true/empty 16 colours, 2, 3, anything else off; it beats NO_COLOR and a pipe', () => {
    expect(['1', 'true', '', '2', '3', '0', 'false', 'yes'].map(forcedLevel)).toEqual([1, 1, 1, 2, 3, 0, 0, 0]);
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(0);
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '3', TERM: 'dumb' } })).toBe(3);
  });

  it('the flags beat every variable', () => {
    expect(colorLevel({ ...tty, flag: false, env: { FORCE_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, flag: true, isTTY: false, toFile: true, env: { NO_COLOR: '1', FORCE_COLOR: '0' } })).toBe(1);
  });

  it('machine formats never carry colour, whatever is asked', () => {
    for (const format of ['json', 'junit', 'nagios', 'markdown', 'prometheus'] as const) {
      expect(colorLevel({ ...tty, format, flag: true, env: { FORCE_COLOR: '1' } }), format).toBe(0);
    }
  });
});

const terminal: ProgressFacts = { stderr: { isTTY: true, columns: 120, rows: 40 }, env: { TERM: 'xterm' }, format: 'text', quiet: false };

describe('progress mode', () => {
  it('spins only on a usable terminal for the text format outside CI', () => {
    expect(progressMode(terminal)).toBe('spinner');
    expect(progressMode({ ...terminal, env: { TERM: 'xterm', CI: 'true' } })).toBe('lines');
    expect(progressMode({ ...terminal, format: 'json' })).toBe('lines');
  });

  it('a 0x0 pseudo-terminal or TERM=dumb gets plain lines, never cursor movement', () => {
    expect(progressMode({ ...terminal, stderr: { isTTY: true, columns: 0, rows: 0 } })).toBe('lines');
    expect(progressMode({ ...terminal, stderr: { isTTY: true } })).toBe('lines');
    expect(progressMode({ ...terminal, env: { TERM: 'dumb' } })).toBe('lines');
  });

  it('a pipe, a file or --quiet gets nothing', () => {
    expect(progressMode({ ...terminal, stderr: { isTTY: false, columns: 120, rows: 40 } })).toBe('off');
    expect(progressMode({ ...terminal, quiet: true })).toBe('off');
  });
});

describe('plain progress lines', () => {
  afterEach(() => void vi.useRealTimers());

  it('say nothing for a short run and at most one line per interval for a long one', () => {
    vi.useFakeTimers();
    let now = 0;
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    const p = lineProgress(out, () => now);
    p.start('tls a:993');
    p.start('imap a:993');
    now = LINE_INTERVAL_MS - 1;
    vi.advanceTimersByTime(LINE_INTERVAL_MS - 1);
    p.done({ key: 'imap a:993' } as CheckResult);
    expect(written).toBe('');
    now = LINE_INTERVAL_MS * 3;
    vi.advanceTimersByTime(LINE_INTERVAL_MS * 2 + 1);
    p.stop();
    vi.advanceTimersByTime(LINE_INTERVAL_MS * 5);
    const lines = written.split('\n').filter(Boolean);
    expect(lines.length).toBe(3);
    expect(lines[0]).toBe('maildoctor: 15.0 s, 1 check done; running: tls a:993');
    expect(written).not.toMatch(/\u001b/);
  });

  it('name at most three running checks', () => {
    expect(progressLine(2000, 0, ['a', 'b', 'c', 'd', 'e'])).toBe('maildoctor: 2.0 s, 0 checks done; running: a, b, c +2 more\n');
  });
});

describe('the spinner on a terminal that reports 0 columns', () => {
  it('draws and stops instead of clearing an endless number of lines', async () => {
    const { createProgress } = await import('../../src/render/progress.js');
    let moves = 0;
    const moveCursor = () => {
      moves += 1;
      if (moves > 1000) throw new Error('the spinner is clearing lines without end');
      return true;
    };
    const fake = Object.assign(new PassThrough(), { isTTY: true, columns: 0, rows: 0, cursorTo: () => true, moveCursor, clearLine: () => true });
    let bytes = 0;
    fake.on('data', (c: Buffer) => (bytes += c.length));
    const p = await createProgress('spinner', fake, false);
    p.start('tls a:993');
    p.start('imap a:993');
    p.done({ key: 'tls a:993', status: 'pass', durationMs: 5, summary: 'ok' } as CheckResult);
    p.stop();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(10_000);
  });
});
