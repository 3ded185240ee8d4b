// The first SIGINT or SIGTERM aborts the run with a reason naming it; a second ends the process with 128 + its number.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { InterruptedError, SIGNAL_EXIT, watchTermination, type SignalProcess } from '../../src/core/termination.js';

function fakeProcess(): SignalProcess & EventEmitter & { exits: number[] } {
  const emitter = new EventEmitter() as EventEmitter & { exits: number[]; exit(code: number): never };
  emitter.exits = [];
  emitter.exit = ((code: number) => {
    emitter.exits.push(code);
  }) as (code: number) => never;
  return emitter;
}

describe('watchTermination', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s aborts once, then exits %i on the second', (name, code) => {
    const proc = fakeProcess();
    const said: string[] = [];
    const t = watchTermination((l) => said.push(l), proc);
    expect(t.signal.aborted).toBe(false);
    proc.emit(name);
    expect(t.signal.aborted).toBe(true);
    expect(t.signal.reason).toBeInstanceOf(InterruptedError);
    expect((t.signal.reason as Error).message).toBe(`stopped by ${name} before it finished`);
    expect(t.caught()).toBe(name);
    expect(said).toEqual([`maildoctor: ${name}: stopping the checks still running (again to quit at once)\n`]);
    expect(proc.exits).toEqual([]);
    proc.emit(name);
    expect(proc.exits).toEqual([code]);
    expect(SIGNAL_EXIT[name]).toBe(code);
  });

  it('dispose removes both handlers', () => {
    const proc = fakeProcess();
    watchTermination(() => {}, proc).dispose();
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM')).toBe(0);
  });
});
