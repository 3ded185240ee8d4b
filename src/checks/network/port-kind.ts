// `maildoctor port HOST:PORT...` and `type: port`: TCP reachability of each target, concurrently (the guide's nc -zv).
import { defineKind } from '../../core/kind.js';

const load = () => import('./port.js');

/** The port check kind. */
export const PORT_KIND = defineKind({
  id: 'port',
  summary: 'TCP connect to each HOST:PORT, name the protocol expected there; --mail-ports tries every mail port of a bare HOST',
  examples: [
    'maildoctor port smtp.office365.com:587 outlook.office365.com:993',
    'maildoctor port smtp.gmail.com --mail-ports',
    'maildoctor port [2001:db8::25]:25 --timeout 3000',
  ],
  options: {
    targets: { type: 'string[]', positional: true, required: true, nonEmpty: true, description: 'HOST:PORT values to connect to' },
    mailPorts: { type: 'boolean', description: 'a HOST given without a port is tried on every mail port: 587 465 25 993 143 995 110 443' },
  },
  load,
  async build(v) {
    const { portCheck, portTargets } = await load();
    return v.targets.flatMap((t) => portTargets(t, v.mailPorts === true).map(portCheck));
  },
});
