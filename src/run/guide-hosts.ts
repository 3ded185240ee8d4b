// The guide's host checks as run entries: the network targets, plus the route of the first SMTP host.
import { GUIDE_HOST_TARGETS, guideNetworkEntries } from '../checks/network/host-defaults.js';

/** Config entries for the host checks `run` does without a config (ServiceOps — Email Server Troubleshooting › Network and Connectivity Checks). */
export function guideHostEntries(): Array<Record<string, unknown>> {
  return [...guideNetworkEntries(), { type: 'route', hosts: [...GUIDE_HOST_TARGETS.route] }];
}
