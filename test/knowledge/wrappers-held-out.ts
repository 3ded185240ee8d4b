// Wrapper kinds held out from tuning: defined only after the matcher's unwrapping work was finished, measured once.
import type { Wrapper } from './wrappers.js';

/** The held-out wrapper kinds (empty until the tuning is done). */
export const HELD_OUT_WRAPPERS: readonly Wrapper[] = [];
