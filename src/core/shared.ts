// What the checks of one run hand to each other (CheckContext.shared): values under typed keys, so a check reading a
// key gets the type the writing check put there.
import type { Secret } from './secret.js';

/** A key of the shared values whose value has type T. */
export interface SharedKey<T> {
  readonly name: string;
  /** Carries T for the compiler only. */
  readonly value?: T;
}

/** The values of one run, under typed keys. */
export class SharedValues {
  readonly #values = new Map<string, unknown>();

  /** The value under `key`, if a check of this run left one. */
  get<T>(key: SharedKey<T>): T | undefined {
    return this.#values.get(key.name) as T | undefined;
  }

  /** Leaves `value` under `key` for the checks that need this one. */
  set<T>(key: SharedKey<T>, value: T): void {
    this.#values.set(key.name, value);
  }
}

/** Where the oauth check named NAME leaves its access token for the XOAUTH2 and Graph checks. */
export function oauthTokenKey(name: string): SharedKey<Secret> {
  return { name: `oauth.token.${name}` };
}
