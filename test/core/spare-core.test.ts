// A core counts as spare when, between two looks at the machine's CPU times, half a core or more stayed idle.
import { describe, expect, it } from 'vitest';
import { spareBetween, spareCore } from '../../src/core/spare-core.js';

const at = (idle: number, total: number, cores = 2) => ({ idle, total, cores });

describe('spare core', () => {
  it('is spare when another core sat idle while this process ran on one', () => {
    // 250 ms on two cores: this process busy on one, the other idle.
    expect(spareBetween(at(1000, 5000), at(1250, 5500), 0.4)).toBe(true);
  });

  it('is not spare when other programs kept both cores busy', () => {
    expect(spareBetween(at(1000, 5000), at(1020, 5500), 0.4)).toBe(false);
    expect(spareBetween(at(1000, 5000), at(1060, 5500), 0.4)).toBe(false);
  });

  it('needs two cores, and falls back on the load average when the look was too short to tell', () => {
    expect(spareBetween(at(1000, 5000, 1), at(1250, 5250, 1), 0)).toBe(false);
    expect(spareBetween(at(1000, 5000), at(1010, 5020), 0.8)).toBe(true);
    expect(spareBetween(at(1000, 5000), at(1010, 5020), 3.5)).toBe(false);
  });

  it('judges this machine without failing', () => {
    expect(typeof spareCore()).toBe('boolean');
  });
});
