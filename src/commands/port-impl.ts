// What `maildoctor port` does: one port check per target (or per mail port of a bare host).
import { portCheck, portTargets } from '../checks/network/port.js';
import type { PlanFn } from './lazy.js';

/** Builds the port checks. */
export const plan: PlanFn = async (args, opts) => {
  return { checks: args.flatMap((a) => portTargets(a, opts.mailPorts === true).map(portCheck)) };
};
