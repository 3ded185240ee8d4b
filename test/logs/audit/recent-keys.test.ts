import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../../src/logs/audit/recent-keys.js';

describe('recent keys', () => {
  it('finds a key by its text (not by identity) and forgets the first of five', () => {
    const recent = new RecentKeys<number | null>();
    const fresh = (s: string): string => Buffer.from(s).toString('latin1');
    ['SENT', 'RECEIVED', 'PROCESSED', 'SEND_FAILED'].forEach((k, i) => recent.set(k, i === 3 ? null : i));
    expect(recent.get(fresh('RECEIVED'))).toBe(1);
    expect(recent.get(fresh('SEND_FAILED'))).toBeNull();
    expect(recent.get('PROCESSED FAILED')).toBeUndefined();
    recent.set('PROCESSED FAILED', 9);
    expect(recent.get('PROCESSED FAILED')).toBe(9);
    expect(recent.get('SENT')).toBeUndefined();
    expect(recent.get('RECEIVED')).toBe(1);
  });
});
