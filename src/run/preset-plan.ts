// `run --preset NAME` without a config: the provider's IMAP and SMTP endpoints as chains, without logging in.
import { configContext, type BuildContext } from '../core/kind.js';
import type { MailConfig } from '../config/mail-config.js';
import type { Check, FindingInput } from '../core/types.js';
import type { ServerChain } from './chains.js';
import { planServers } from './plan-servers.js';

/** The checks and chains for a preset's endpoints. */
export async function presetPlan(preset: string, base: BuildContext): Promise<{ checks: Check[]; chains: ServerChain[]; notes: FindingInput[] }> {
  const mail: MailConfig = {
    preset,
    incoming: [{ name: `${preset}-imap`, protocol: 'imap', primary: true }],
    outgoing: [{ name: `${preset}-smtp`, primary: true }],
    oauth: [],
  };
  const plan = await planServers(mail, configContext(base, base.io.cwd), `--preset ${preset}`);
  return {
    ...plan,
    notes: [
      ...plan.notes,
      { cause: 'verdict.not-checked', detail: 'logins were not tried: no config names the mailboxes (maildoctor init writes one)', evidence: { preset } },
    ],
  };
}
