// Which exports are large enough to be read in a thread of their own, and dropping a reader nobody started.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropReader, isLargeExport, prewarmReader } from '../../../src/logs/audit/warm-reader.js';

describe('warm reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'md-warm-reader-'));
  const small = join(dir, 'small.csv');
  const large = join(dir, 'large.csv');
  writeFileSync(small, 'Status,Message\nRECEIVED,Incoming mail received successfully\n');
  writeFileSync(large, '');
  truncateSync(large, 8 << 20);

  it('calls a file of 8 MiB or more large, and neither a smaller file nor an option or a missing path', () => {
    expect(isLargeExport(large)).toBe(true);
    expect(isLargeExport(small)).toBe(false);
    expect(isLargeExport('--since')).toBe(false);
    expect(isLargeExport(join(dir, 'missing.csv'))).toBe(false);
  });

  it('starts no thread for small exports, and dropping when none was started does nothing', () => {
    prewarmReader([small, '--since', '24h']);
    expect(() => dropReader()).not.toThrow();
  });
});
