// Types of layouts.js for the tests that render events with it.
import type { LogEvent } from './events.js';

/** Every layout by name: event -> text (complete lines). */
export const LAYOUTS: Record<'classic' | 'log4j2' | 'springboot' | 'json' | 'syslog', (ev: LogEvent) => string>;
/** Layout names in the bench's order. */
export const LAYOUT_NAMES: Array<keyof typeof LAYOUTS>;
/** Logback's `%logger{n}` abbreviation. */
export function abbreviate(name: string, n: number): string;
