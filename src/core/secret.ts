// A wrapper that keeps credentials out of every string, JSON and console rendering.
import { inspect } from 'node:util';
import { registerSecretText } from './redact.js';

const MASK = '***';

/** Holds a password, token or client secret; only `reveal()` gives the value back. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    registerSecretText(value);
  }

  /** The plain value, for the one place that must send it (a probe). */
  reveal(): string {
    return this.#value;
  }

  /** True when there is no value at all (an empty file or variable). */
  get isEmpty(): boolean {
    return this.#value.length === 0;
  }

  /** Wraps a value derived from this secret (an AUTH payload, a base64 form) and registers it too. */
  derive(fn: (value: string) => string): Secret {
    return new Secret(fn(this.#value));
  }

  toString(): string {
    return MASK;
  }

  toJSON(): string {
    return MASK;
  }

  [inspect.custom](): string {
    return MASK;
  }
}
