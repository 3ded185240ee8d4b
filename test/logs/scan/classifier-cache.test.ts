// The build's cached classifier must be the classifier itself, and must never stand in for other rules or other code.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCachedTriggers, readClassifierCache, writeClassifierCache } from '../../../src/logs/scan/classifier-cache.js';
import { assembleClassifier, compileClassifier, deriveTriggers, usableMatchers } from '../../../src/logs/scan/classifier.js';

const noLists = (): void => undefined;

describe('classifier cache', () => {
  it('reads back exactly the classifier it was written from', () => {
    const usable = usableMatchers();
    const triggers = deriveTriggers(usable);
    const built = assembleClassifier(usable, triggers);
    expect(built).toEqual(compileClassifier(usable));
    const path = join(mkdtempSync(join(tmpdir(), 'md-cls-')), 'cache.bin');
    writeClassifierCache(built, triggers, usable, path);
    const read = readClassifierCache(usable, noLists, path);
    expect(read).toBeDefined();
    expect(read).toEqual(built);
    expect(read?.literals.outputs.filter((o) => o.length > 0).length).toBeGreaterThan(300);
  });

  it('gives back the triggers, from which an --address classifier is the one built from scratch', () => {
    const usable = usableMatchers();
    const triggers = deriveTriggers(usable);
    const path = join(mkdtempSync(join(tmpdir(), 'md-cls-')), 'cache.bin');
    writeClassifierCache(assembleClassifier(usable, triggers), triggers, usable, path);
    const read = readCachedTriggers(usable, path);
    expect(read).toEqual(triggers);
    for (const address of ['helpdesk@example.com', 'SEND_FAILED'])
      expect(assembleClassifier(usable, read!, address), address).toEqual(compileClassifier(usable, address));
    expect(readCachedTriggers(usable.slice(1), path)).toBeUndefined();
  });

  it('is not used for other matchers, a damaged file or a missing one', () => {
    const usable = usableMatchers();
    const path = join(mkdtempSync(join(tmpdir(), 'md-cls-')), 'cache.bin');
    const triggers = deriveTriggers(usable);
    writeClassifierCache(assembleClassifier(usable, triggers), triggers, usable, path);
    const other = usable.map((m, i) => (i === 3 ? { ...m, specificity: m.specificity + 1 } : m));
    expect(readClassifierCache(other, noLists, path)).toBeUndefined();
    expect(readClassifierCache(usable.slice(1), noLists, path)).toBeUndefined();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    expect(readClassifierCache(usable, noLists, path)).toBeUndefined();
    writeFileSync(path, Buffer.from('not a cache'));
    expect(readClassifierCache(usable, noLists, path)).toBeUndefined();
    expect(readClassifierCache(usable, noLists, `${path}.missing`)).toBeUndefined();
  });

  it('is written by the build and used by the compiled scanner', async () => {
    const dist = '../../../dist/logs/scan/';
    expect(existsSync(new URL(`${dist}classifier-cache.bin`, import.meta.url))).toBe(true);
    const cache = (await import(`${dist}classifier-cache.js`)) as typeof import('../../../src/logs/scan/classifier-cache.js');
    const cls = (await import(`${dist}classifier.js`)) as typeof import('../../../src/logs/scan/classifier.js');
    const usable = cls.usableMatchers();
    const read = cache.readClassifierCache(usable, noLists);
    expect(read).toBeDefined();
    expect(read).toEqual(cls.compileClassifier(usable));
  });
});
