// `type: service`: the application's systemd unit (`systemctl status flotomate-main`). Not a command of its own:
// `maildoctor quartz` checks the service too.
import { defineKind } from '../../core/kind.js';

const load = () => import('./check.js');

/** The ServiceOps application unit the guide restarts. */
export const DEFAULT_SERVICE = 'flotomate-main';

/** The service status check kind. */
export const SERVICE_KIND = defineKind({
  id: 'service',
  summary: 'systemd status of the helpdesk application service',
  examples: [],
  options: { name: { type: 'string', default: DEFAULT_SERVICE, description: 'systemd unit' } },
  load,
  async build(v) {
    const { serviceCheck } = await load();
    return [serviceCheck(v.name)];
  },
  command: false,
});
