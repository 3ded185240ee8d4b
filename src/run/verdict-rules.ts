// The verdict rule table: which typed causes each verdict consumes, and how agreement between checks changes it.
import type { Severity } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { VerdictCauseId } from '../knowledge/verdict-causes.js';
import { mailboxBroken, mailboxOk, notificationsFailing } from './verdict-chains.js';
import type { Draft, VerdictInput } from './verdict-facts.js';
import { DNS_NAME_FAILURES, UNREACHABLE, dnsNotConnectivity, offline } from './verdict-network.js';

/** A strong fault: any of `found` makes the verdict; `agrees` found by another check confirms it. */
export interface FaultRule {
  kind: 'fault';
  id: string;
  verdict: VerdictCauseId;
  found: readonly CauseId[];
  /** The check types whose findings of `found` make the verdict; the same causes elsewhere (a log line) only agree. */
  foundIn: readonly string[];
  agrees: readonly CauseId[];
  /** A broken mailbox chain in this direction also confirms the fault. */
  agreesChain?: 'incoming' | 'outgoing';
  /** Severity with nothing agreeing: the worst found finding's, or no verdict at all (the cause is ambiguous alone). */
  alone: 'as-found' | 'silent';
  /** Severity once another check agrees. */
  agreed: Severity;
}

/** A rule with its own drawing logic (chains, the network), naming the causes it reads. */
export interface DrawRule {
  kind: 'draw';
  id: string;
  verdict: VerdictCauseId;
  consumes: readonly CauseId[];
  draw(input: VerdictInput): Draft[];
}

/** One row of the table. */
export type VerdictRule = FaultRule | DrawRule;

/** The Quartz states and times the guide calls abnormal for the email polling trigger. */
const TRIGGER_ABNORMAL = [
  'quartz.trigger.blocked',
  'quartz.trigger.blocked-by-running-job',
  'quartz.trigger.error',
  'quartz.trigger.paused',
  'quartz.trigger.complete',
  'quartz.trigger.state-unexpected',
  'quartz.trigger.not-scheduled',
  'quartz.trigger.stale',
  'quartz.trigger.never-fired',
] as const satisfies readonly CauseId[];

/** Thread-dump evidence that the email work is held up. */
const THREADS_HELD = [
  'threaddump.deadlock',
  'threaddump.email-blocked',
  'threaddump.quartz-blocked',
  'threaddump.quartz-pool-exhausted',
  'threaddump.stuck-thread',
  'threaddump.mail-socket-read',
] as const satisfies readonly CauseId[];

/** Evidence that the polling job has not been fetching. */
const NOT_POLLING = [
  'log.polling.stopped',
  'quartz.trigger.stale',
  'quartz.trigger.not-scheduled',
  'quartz.trigger.blocked',
  'quartz.trigger.blocked-by-running-job',
  'quartz.trigger.error',
  'quartz.fired.stuck',
] as const satisfies readonly CauseId[];

/** The provider refused to issue a token, or a server refused the token it got. */
const TOKEN_REFUSED = [
  'oauth.grant.password-changed',
  'oauth.grant.inactive',
  'oauth.grant.revoked',
  'oauth.grant.invalid',
  'oauth.consent.missing',
  'oauth.client.secret-invalid',
  'oauth.client.secret-expired',
  'oauth.client.not-found',
  'oauth.client.invalid',
  'oauth.client.unauthorized',
  'oauth.client.assertion-invalid',
  'oauth.tenant.not-found',
  'oauth.user.wrong-tenant',
  'oauth.mfa.required',
  'oauth.conditional-access.blocked',
  'oauth.user.credentials-invalid',
  'oauth.user.not-found',
  'oauth.user.disabled',
  'oauth.user.password-expired',
  'oauth.redirect-uri.mismatch',
  'oauth.scope.invalid',
  'oauth.scope.resource-not-found',
  'oauth.request.malformed',
  'oauth.request.invalid',
  'oauth.aadsts.unknown',
  'oauth.token.expired',
  'mail.auth.oauth-rejected',
  'graph.token-rejected',
] as const satisfies readonly CauseId[];

/** The checks that read thread dumps. */
const DUMP_CHECKS = ['threaddump', 'threaddump-series'];

/** Every verdict `run` can draw, in the order ties are shown. */
export const VERDICT_RULES: readonly VerdictRule[] = [
  { kind: 'draw', id: 'offline', verdict: 'verdict.offline', consumes: ['net.offline', 'net.no-outbound', ...UNREACHABLE], draw: offline },
  {
    kind: 'draw',
    id: 'dns-not-connectivity',
    verdict: 'verdict.dns-not-connectivity',
    consumes: ['net.dns-not-connectivity', ...DNS_NAME_FAILURES],
    draw: dnsNotConnectivity,
  },
  {
    kind: 'fault',
    id: 'service-down',
    verdict: 'verdict.service-down',
    found: ['service.inactive'],
    foundIn: ['service', 'quartz'],
    agrees: [
      'log.polling.stopped',
      'log.polling.not-seen',
      'quartz.trigger.stale',
      'quartz.trigger.not-scheduled',
      'quartz.scheduler.no-live-instance',
      'quartz.scheduler.instance-dead',
    ],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'polling-stopped',
    verdict: 'verdict.polling-stopped',
    found: ['log.polling.stopped'],
    foundIn: ['logs'],
    agrees: [...TRIGGER_ABNORMAL, 'quartz.fired.stuck', 'quartz.scheduler.no-live-instance', ...THREADS_HELD, 'service.inactive'],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'email-trigger',
    verdict: 'verdict.email-trigger-abnormal',
    found: TRIGGER_ABNORMAL,
    foundIn: ['quartz'],
    agrees: ['log.polling.stopped', 'log.polling.not-seen', 'quartz.fired.stuck', ...THREADS_HELD, 'service.inactive'],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'threads-deadlocked',
    verdict: 'verdict.email-threads-deadlocked',
    found: ['threaddump.deadlock'],
    foundIn: DUMP_CHECKS,
    agrees: [...NOT_POLLING, 'threaddump.stuck-thread', 'audit.journey.stuck-at-processing'],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'email-threads-blocked',
    verdict: 'verdict.email-threads-blocked',
    found: ['threaddump.email-blocked'],
    foundIn: DUMP_CHECKS,
    agrees: [...NOT_POLLING, 'threaddump.stuck-thread', 'audit.journey.stuck-at-processing'],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'ssl-handshake-hang',
    verdict: 'verdict.ssl-handshake-hang',
    found: ['threaddump.ssl-handshake-hang'],
    foundIn: DUMP_CHECKS,
    agrees: [
      'log.tls.handshake',
      'log.tls.pkix',
      'log.tls.cert-expired',
      'tls.handshake-timeout',
      'tls.handshake-failed',
      'tls.cert-expired',
      'tls.unknown-issuer',
      'tls.java-pkix',
      'tcp.read-timeout',
      'threaddump.stuck-thread',
      ...NOT_POLLING,
    ],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'email-job-hung',
    verdict: 'verdict.email-job-hung',
    found: ['threaddump.mail-socket-read'],
    foundIn: DUMP_CHECKS,
    agrees: ['log.polling.stopped', 'quartz.trigger.stale', 'quartz.trigger.blocked-by-running-job', 'quartz.fired.stuck', 'threaddump.stuck-thread'],
    alone: 'silent',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'send-failed-spike',
    verdict: 'verdict.send-failed-spike',
    found: ['audit.send-failed.spike'],
    foundIn: ['audit'],
    agrees: ['log.send.failed', 'log.connection.failed', 'log.auth.failed', 'log.oauth.failed'],
    agreesChain: 'outgoing',
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'stuck-at-processing',
    verdict: 'verdict.emails-stuck-processing',
    found: ['audit.journey.stuck-at-processing'],
    foundIn: ['audit'],
    agrees: ['threaddump.deadlock', 'threaddump.email-blocked', 'threaddump.stuck-thread', 'log.mail.exception'],
    alone: 'as-found',
    agreed: 'fail',
  },
  {
    kind: 'fault',
    id: 'oauth-token-refused',
    verdict: 'verdict.oauth-token-problem',
    found: TOKEN_REFUSED,
    foundIn: ['oauth', 'graph', 'smtp', 'imap', 'pop3'],
    agrees: ['log.oauth.failed', 'audit.outgoing.oauth-failed', 'oauth.claims.scope-missing', 'oauth.claims.audience-mismatch'],
    alone: 'as-found',
    agreed: 'fail',
  },
  { kind: 'draw', id: 'mailbox-broken', verdict: 'verdict.mailbox-broken', consumes: [], draw: mailboxBroken },
  { kind: 'draw', id: 'notifications-failing', verdict: 'verdict.notifications-failing', consumes: [], draw: notificationsFailing },
  { kind: 'draw', id: 'mailbox-ok', verdict: 'verdict.mailbox-ok', consumes: [], draw: mailboxOk },
];

/** Every cause id a rule reads. */
export function ruleCauses(rule: VerdictRule): readonly CauseId[] {
  return rule.kind === 'fault' ? [...rule.found, ...rule.agrees] : rule.consumes;
}
