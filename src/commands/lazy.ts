// A command's plan()/action() code is imported on first call, so `maildoctor X` loads X's checks and no other command's.
import type { CommandSpec } from './types.js';

/** The plan() of a CommandSpec. */
export type PlanFn = NonNullable<CommandSpec['plan']>;

/** The action() of a CommandSpec. */
export type ActionFn = NonNullable<CommandSpec['action']>;

/** A plan() that imports the module holding the real one when it is first called. */
export function lazyPlan(load: () => Promise<{ plan: PlanFn }>): PlanFn {
  return async (args, opts, ctx) => (await load()).plan(args, opts, ctx);
}

/** An action() that imports the module holding the real one when it is first called. */
export function lazyAction(load: () => Promise<{ action: ActionFn }>): ActionFn {
  return async (args, opts, ctx) => (await load()).action(args, opts, ctx);
}
