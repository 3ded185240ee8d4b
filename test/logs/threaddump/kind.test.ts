// `type: threaddump` in a run config: files resolved against the config's folder, options validated.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/checks/index.js';
import { UsageError } from '../../../src/core/errors.js';
import { SharedValues } from '../../../src/core/shared.js';
import { configBuildContext, fromConfig } from '../../helpers/contexts.js';

const baseDir = fileURLToPath(new URL('../../../fixtures/threaddump/', import.meta.url));
const ctx = configBuildContext({}, baseDir);

describe('threaddump check kind', () => {
  it('is registered and builds one check per dump plus the series, with paths relative to the config', async () => {
    const kind = checkKind('threaddump')!;
    expect(kind.options.files?.type).toBe('string[]');
    const checks = await fromConfig({ type: 'threaddump', files: ['email-blocked.console.log'] }, ctx);
    expect(checks.map((c) => c.id)).toEqual(['threaddump', 'threaddump', 'threaddump', 'threaddump-series']);
    expect(checks[0]!.target).toBe(`${baseDir}email-blocked.console.log#1`);
    const outcome = await checks[0]!.run({
      signal: AbortSignal.timeout(5000),
      timeoutMs: 1000,
      verbose: false,
      results: new Map(),
      shared: new SharedValues(),
    });
    expect(outcome.findings.map((f) => f.cause)).toEqual(['threaddump.email-blocked']);
  });

  it('rejects a bad interval with a usage error', async () => {
    await expect(fromConfig({ type: 'threaddump', collect: true, interval: 'often' }, ctx)).rejects.toBeInstanceOf(UsageError);
  });
});
