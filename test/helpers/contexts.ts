// Build contexts for tests that build checks without going through the command line.
import { PassThrough, Readable } from 'node:stream';
import { cliName } from '../../src/cli-options.js';
import { buildEntry } from '../../src/config/build-entry.js';
import { configContext, type BuildContext, type CommandIO } from '../../src/core/kind.js';
import type { OptionSchema } from '../../src/core/options.js';
import type { Check } from '../../src/core/types.js';

/** Streams that print nowhere and an empty stdin, with the given environment and working directory. */
export function testIO(env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): CommandIO {
  return { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), env, cwd };
}

/** The context a config entry is built in: relative paths from `baseDir`, keys named as written, no prompt. */
export function configBuildContext(env: NodeJS.ProcessEnv = {}, baseDir = process.cwd()): BuildContext {
  const base: BuildContext = {
    io: testIO(env, baseDir),
    interactive: false,
    signal: new AbortController().signal,
    now: Date.now,
    timeoutMs: 10_000,
    name: (k) => k,
  };
  return configContext(base, baseDir);
}

/** The context of a command-line invocation of a command with `schema` (options named as flags, prompts allowed). */
export function cliBuildContext(schema: OptionSchema, env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): BuildContext {
  return { io: testIO(env, cwd), interactive: true, signal: new AbortController().signal, now: Date.now, timeoutMs: 10_000, name: (k) => cliName(schema, k) };
}

/** The checks of one `{ type, ... }` entry, validated and built as `run` does for a config file named test.yaml. */
export function fromConfig(entry: Record<string, unknown>, ctx: BuildContext = configBuildContext()): Promise<Check[]> {
  return buildEntry(entry, ctx, { file: 'test.yaml', locate: () => undefined, path: ['checks', 0] });
}
