// Reads a secret from where the user pointed (env variable, file, terminal prompt), never from argv.
import { readFile } from 'node:fs/promises';
import { InputError, SecretMissingError, UsageError, type MissingVariable } from './errors.js';
import { describeFsError } from './input.js';
import { Secret } from './secret.js';

/** Where a secret comes from: exactly one of these, as named by --X-env / --X-file / prompt. */
export interface SecretSource {
  env?: string;
  file?: string;
  /** Ask on the terminal when neither env nor file is given and stdin is a terminal. */
  prompt?: boolean;
}

/** What the prompt needs: the streams of this invocation. */
export interface PromptIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Reads the secret named `label` (e.g. "password") from its source; undefined when none was given. */
export async function readSecret(label: string, source: SecretSource, io: PromptIO): Promise<Secret | undefined> {
  if (source.env && source.file) throw new UsageError(`give the ${label} either from an environment variable or from a file, not both`);
  if (source.env) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(source.env)) {
      throw new UsageError(`"${source.env.slice(0, 3)}…" is not an environment variable name; pass the NAME of a variable that holds the ${label}, never the ${label} itself`);
    }
    const value = io.env[source.env];
    if (value === undefined || value === '') throw new SecretMissingError([{ variable: source.env, label, empty: value === '' }]);
    return new Secret(value);
  }
  if (source.file) {
    let text: string;
    try {
      text = await readFile(source.file, 'utf8');
    } catch (err) {
      throw new InputError(`cannot read the ${label} file ${source.file}: ${describeFsError(err)}`);
    }
    const value = text.replace(/\r?\n$/, '');
    if (value === '') throw new InputError(`the ${label} file ${source.file} is empty`);
    return new Secret(value);
  }
  if (source.prompt && io.stdin.isTTY && io.stdin.setRawMode) return new Secret(await promptHidden(`${label}: `, io));
  return undefined;
}

/** Reads several secrets and reports every unset variable together, once all have been tried. */
export class SecretReader {
  readonly #missing: MissingVariable[] = [];

  constructor(private readonly io: PromptIO) {}

  /** Like readSecret, but an unset variable is remembered (and gives undefined) instead of thrown at once. */
  async read(label: string, source: SecretSource): Promise<Secret | undefined> {
    try {
      return await readSecret(label, source, this.io);
    } catch (err) {
      if (!(err instanceof SecretMissingError)) throw err;
      this.#missing.push(...err.missing);
      return undefined;
    }
  }

  /** Throws one SecretMissingError naming every variable that was missing. */
  finish(): void {
    if (this.#missing.length > 0) throw new SecretMissingError(this.#missing);
  }
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string, io: PromptIO): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      io.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UsageError('cancelled at the prompt'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
