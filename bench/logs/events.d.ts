// Types of events.js for the tests that render its events.

/** One logical log event. */
export interface LogEvent {
  t: number;
  level: string;
  thread: string;
  logger: string;
  message: string;
  thrown?: string[];
}
/** Share of the folder's bytes per log. */
export const SHARE: Record<'email' | 'error' | 'service', number>;
/** The events of one log kind from a seed, about `bytes` bytes' worth in the classic layout, in time order. */
export function events(kind: 'email' | 'error' | 'service', bytes: number, seed: number): Generator<LogEvent>;
