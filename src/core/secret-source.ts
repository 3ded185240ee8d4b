// Reads a secret from where the user pointed (env variable, file, terminal prompt), never from argv.
import { InputError, SecretMissingError, UsageError, errorMessage, type MissingVariable } from './errors.js';
import { readInputBytes } from './input-read.js';
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

/** Largest secret file read: a token or a password, never more. */
const MAX_SECRET_FILE = 1024 * 1024;
/** How long a secret given through a pipe (`--password-file <(pass show x)`) may keep us waiting. */
const SECRET_PIPE_IDLE_MS = 10_000;

/** A name an environment variable can have. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A name as environment variables are usually spelt (MS_TOKEN, SMTP_PW): safe to repeat in a message. */
const CONVENTIONAL_ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** The command-line option (without -env/-file) that gives the secret called `label`. */
function optionOf(label: string): string {
  const options: Record<string, string> = {
    'OAuth access token': '--oauth-token',
    'access token': '--access-token',
    'refresh token': '--refresh-token',
    'client secret': '--client-secret',
  };
  return options[label] ?? '--password';
}

/** Reads the secret named `label` (e.g. "password") from its source; undefined when none was given. */
export async function readSecret(label: string, source: SecretSource, io: PromptIO): Promise<Secret | undefined> {
  if (source.env && source.file) throw new UsageError(`give the ${label} either from an environment variable or from a file, not both`);
  if (source.env) {
    const option = `${optionOf(label)}-env`;
    if (!ENV_NAME.test(source.env)) {
      throw new UsageError(
        `${option}: the value given is not an environment variable name (it is not repeated here, in case it is the ${label} itself); pass the NAME of a variable that holds the ${label}, never the ${label}`,
      );
    }
    // A name spelt unlike an environment variable is not repeated, in case it is the secret itself.
    const variable = CONVENTIONAL_ENV_NAME.test(source.env) ? source.env : `named with ${option}`;
    const value = io.env[source.env];
    if (value === undefined || value === '') throw new SecretMissingError([{ variable, label, empty: value === '' }]);
    return new Secret(value);
  }
  if (source.file) {
    const option = `${optionOf(label)}-file`;
    let buf: Buffer;
    try {
      buf = await readInputBytes(source.file, `${label} file`, { maxBytes: MAX_SECRET_FILE, pipeIdleMs: SECRET_PIPE_IDLE_MS });
    } catch (err) {
      // The path is left out: a secret typed where the path belongs must not come back on the screen.
      const why = errorMessage(err).split(source.file).join('(the path given)');
      throw new InputError(`${option}: ${why}; the path is not repeated here, in case the ${label} itself was typed in its place`);
    }
    const value = buf.toString('utf8').replace(/\r?\n$/, '');
    if (value === '') throw new InputError(`the ${label} file given with ${option} is empty`);
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
