// A second core counts as spare when, between two looks at the machine's CPU times, other programs left one and a half
// cores or more on average, idle or used by this process itself.
import { describe, expect, it } from 'vitest';
import { loadLeavesCore, spareBetween, spareCore } from '../../src/core/spare-core.js';

const at = (idle: number, total: number, own = 0, cores = 2) => ({ idle, total, own, cores });

describe('spare core', () => {
  it('is spare when another core sat idle while this process ran on one', () => {
    // 250 ms on two cores: this process busy on one, the other idle.
    expect(spareBetween(at(1000, 5000), at(1250, 5500, 250), 0.4)).toBe(true);
  });

  it("counts this process's own threads as no other program's load", () => {
    // Both cores busy, but nearly all of it this process starting its main thread and its helper.
    expect(spareBetween(at(1000, 5000, 100), at(1020, 5500, 560), 1.2)).toBe(true);
  });

  it('is not spare when other programs kept a core busy', () => {
    expect(spareBetween(at(1000, 5000), at(1020, 5500, 250), 0.4)).toBe(false);
    expect(spareBetween(at(1000, 5000), at(1060, 5500, 250), 0.4)).toBe(false);
    expect(spareBetween(at(1000, 5000), at(1250, 5500), 0.4)).toBe(false);
  });

  it('needs two cores, and falls back on the load average when the look was too short to tell', () => {
    expect(spareBetween(at(1000, 5000, 0, 1), at(1250, 5250, 0, 1), 0)).toBe(false);
    expect(spareBetween(at(1000, 5000), at(1010, 5020), 0.8)).toBe(true);
    expect(spareBetween(at(1000, 5000), at(1010, 5020), 3.5)).toBe(false);
  });

  it('reads the load average the same way before the read (the launcher starting the thread) and during a short look', () => {
    for (const load of [0, 1.2, 1.5, 1.6, 2.5]) expect(loadLeavesCore(load, 2)).toBe(spareBetween(at(1000, 5000), at(1010, 5020), load));
    expect(loadLeavesCore(1.49, 2)).toBe(true);
    expect(loadLeavesCore(1.5, 2)).toBe(false);
    expect(loadLeavesCore(0, 1)).toBe(false);
  });

  it('judges this machine without failing', () => {
    expect(typeof spareCore()).toBe('boolean');
  });
});
