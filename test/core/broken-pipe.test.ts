// A reader that goes away early ends maildoctor quietly with 141 (128 + SIGPIPE), never a Node stack trace.
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN_PIPE } from '../../src/core/broken-pipe.js';
import { runBin } from '../helpers/bin.js';

const LINES = Array.from({ length: 1000 }, (_, i) =>
  i % 2 ? 'Ignoring this Email — Ticket Creation with CC/BCC is disabled' : `535 5.7.8 Error: authentication failed ${i}`,
).join('\n');

describe('a closed pipe', () => {
  it('maildoctor --help into a pipe with no reader', async () => {
    const r = await runBin(['--help'], { closeStdout: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_BROKEN_PIPE);
  });

  it('... | maildoctor explain - into a pipe with no reader', async () => {
    const r = await runBin(['explain', '-'], { stdin: LINES, closeStdout: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_BROKEN_PIPE);
  });

  it('a report command into a pipe with no reader', async () => {
    const r = await runBin(['audit', 'fixtures/audit/full.csv', '--format', 'json'], { closeStdout: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_BROKEN_PIPE);
  });

  it('with a reader, the same commands end normally', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: maildoctor/);
    const explain = await runBin(['explain', '-'], { stdin: LINES });
    expect(explain.stderr).toBe('');
    expect(explain.stdout).toContain('CC/BCC');
  });
});
