// Turns each configured server into its staged chain of checks: dns → port → tls → (oauth) → login.
import { isIP } from 'node:net';
import { checkKind } from '../checks/index.js';
import type { MailAuthValues } from '../checks/mail/auth.js';
import { buildEntry, type EntryWhere } from '../config/build-entry.js';
import type { IncomingServer, MailConfig, OutgoingServer } from '../config/mail-config.js';
import { UsageError } from '../core/errors.js';
import { formatHostPort } from '../core/host-port.js';
import { graphKey, oauthKey, stageKey } from '../core/keys.js';
import type { BuildContext } from '../core/kind.js';
import type { Check, FindingInput } from '../core/types.js';
import type { ChainStage, ServerChain } from './chains.js';
import { effectiveEndpoint, type Endpoint } from './endpoints.js';
import { isSecretMissingCheck, orSecretMissing } from './secret-missing.js';

/** Checks, chains and notes about what could not be planned. */
export interface ServerPlan {
  checks: Check[];
  chains: ServerChain[];
  notes: FindingInput[];
}

type Server = IncomingServer | OutgoingServer;

/** A server's login as mail-check entry keys: the user and one auth source (names only, never secrets). */
export function authEntry(server: Server): MailAuthValues {
  return {
    ...(server.user ? { user: server.user } : {}),
    ...(server.oauth && server.auth !== 'password'
      ? { oauth: server.oauth }
      : server.passwordEnv
        ? { passwordEnv: server.passwordEnv }
        : server.passwordFile
          ? { passwordFile: server.passwordFile }
          : {}),
  };
}

/** The config entry a stage's check kind takes (names of secrets' sources only, never values). */
function stageEntry(stage: ChainStage['stage'], server: Server, ep: Endpoint, direction: 'incoming' | 'outgoing'): Record<string, unknown> | undefined {
  const label = formatHostPort(ep.host, ep.port);
  const ca = server.ca ? { ca: server.ca } : {};
  switch (stage) {
    case 'dns':
      return { type: 'dns', hosts: [ep.host] };
    case 'port':
      return { type: 'port', targets: [label] };
    case 'tls':
      return { type: 'tls', targets: [label], starttls: ep.security === 'starttls' ? ep.protocol : 'none', ...ca };
    case 'auth': {
      const auth = authEntry(server);
      const mailbox = direction === 'incoming' && ep.protocol === 'imap' ? { mailbox: (server as IncomingServer).mailbox ?? 'INBOX' } : {};
      return { type: ep.protocol, host: ep.host, port: ep.port, security: ep.security, ...auth, ...mailbox, ...ca };
    }
    default:
      return undefined;
  }
}

function stagesFor(ep: Endpoint): ChainStage['stage'][] {
  if (ep.protocol === 'graph') return ['dns', 'port', 'tls'];
  return [...(isIP(ep.host) ? [] : (['dns'] as const)), 'port', ...(ep.security === 'none' ? [] : (['tls'] as const)), 'auth'];
}

/** The oauth checks of the config; a Graph incoming server adds its mailbox to its oauth entry. */
async function planOAuth(
  config: MailConfig,
  ctx: BuildContext,
  where: EntryWhere,
): Promise<{ checks: Check[]; notes: FindingInput[]; graphKeys: Map<string, string> }> {
  const kind = checkKind('oauth');
  const graphKeys = new Map<string, string>();
  if (config.oauth.length === 0) return { checks: [], notes: [], graphKeys };
  if (!kind)
    return {
      checks: [],
      graphKeys,
      notes: [{ cause: 'verdict.not-checked', detail: 'OAuth token checks are not available in this installation', evidence: {} }],
    };
  const checks: Check[] = [];
  for (const app of config.oauth) {
    const graphServer = config.incoming.find((s) => s.protocol === 'graph' && s.oauth === app.name && s.enabled !== false);
    const graphMailbox = app.graphMailbox ?? (graphServer ? (graphServer.address ?? graphServer.user) : undefined);
    try {
      const built = await orSecretMissing(
        () => buildEntry({ ...app, type: 'oauth', ...(graphMailbox ? { graphMailbox } : {}) }, ctx, where),
        'oauth',
        app.name,
        oauthKey(app.name),
      );
      checks.push(...built);
      if (graphServer && graphMailbox && built.some((c) => c.id === 'graph')) graphKeys.set(graphServer.name, graphKey(String(graphMailbox)));
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`oauth "${app.name}": ${err.message}`);
      throw err;
    }
  }
  return { checks, notes: [], graphKeys };
}

/** A stage's check as the chain runs it: known by the stage key, after the stage before it (a new check, not an edit). */
function atStage(check: Check, key: string, previous: string | undefined): Check {
  return { ...check, key, needs: [...(check.needs ?? []), ...(previous ? [previous] : [])] };
}

/** Builds every server's chain; each stage needs the one before it, so a failure skips the rest with the reason. */
export async function planServers(config: MailConfig, ctx: BuildContext, file: string): Promise<ServerPlan> {
  const where: EntryWhere = { file, locate: () => undefined, path: [] };
  const checks: Check[] = [];
  const chains: ServerChain[] = [];
  const notes: FindingInput[] = [];
  const seenKeys = new Set<string>();
  const primaryOut = config.outgoing.find((o) => o.primary && o.enabled !== false)?.name;
  const servers: Array<[Server, 'incoming' | 'outgoing']> = [
    ...config.incoming.map((s) => [s, 'incoming'] as [Server, 'incoming']),
    ...config.outgoing.map((s) => [s, 'outgoing'] as [Server, 'outgoing']),
  ];
  const oauth = await planOAuth(config, ctx, where);
  checks.push(...oauth.checks);
  notes.push(...oauth.notes);
  for (const [server, direction] of servers) {
    if (server.enabled === false) continue;
    const ep = effectiveEndpoint(server, direction, config.preset);
    const chain: ServerChain = {
      server: server.name,
      direction,
      protocol: ep.protocol,
      endpoint: formatHostPort(ep.host, ep.port),
      stages: [],
      usesOAuth: Boolean(server.oauth) && server.auth !== 'password',
      ...(direction === 'incoming' ? { notifiesThrough: (server as IncomingServer).outgoing ?? primaryOut } : {}),
    };
    if (chain.usesOAuth && server.oauth) chain.stages.push({ stage: 'oauth', key: oauthKey(server.oauth) });
    const graphKey = ep.protocol === 'graph' ? oauth.graphKeys.get(server.name) : undefined;
    let previous: string | undefined;
    for (const stage of stagesFor(ep)) {
      const entry = stageEntry(stage, server, ep, direction);
      const kind = entry ? checkKind(String(entry.type)) : undefined;
      if (!entry || !kind) {
        notes.push({
          cause: 'verdict.not-checked',
          detail: `${direction} "${server.name}": the ${stage} stage (${String(entry?.type ?? stage)}) is not available in this installation`,
          evidence: { server: server.name, stage },
        });
        continue;
      }
      const key = stageKey(direction, server.name, stage);
      if (seenKeys.has(key)) throw new UsageError(`two ${direction} servers are named "${server.name}"`);
      seenKeys.add(key);
      let built: Check[];
      try {
        built = await orSecretMissing(() => buildEntry(entry, ctx, where), kind.id, formatHostPort(ep.host, ep.port));
      } catch (err) {
        if (err instanceof UsageError) throw new UsageError(`${direction} server "${server.name}" (${stage}): ${err.message}`);
        throw err;
      }
      checks.push(...built.map((check) => atStage(check, key, isSecretMissingCheck(check) ? undefined : previous)));
      chain.stages.push({ stage, key });
      previous = key;
    }
    if (graphKey) chain.stages.push({ stage: 'graph', key: graphKey });
    chains.push(chain);
  }
  return { checks, chains, notes };
}
