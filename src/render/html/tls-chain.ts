// "TLS certificates": every presented chain, leaf first, with the days each certificate has left drawn as a bar.
import type { CheckResult, Report } from '../../core/types.js';
import { checkAnchor } from './anchors.js';
import { html, type Html } from './escape.js';
import { num, obj, readChain, str, type Cert } from './read.js';

/** The bar's scale in days: from this far past expiry to this far ahead. */
const PAST_DAYS = 90;
const AHEAD_DAYS = 400;
const BAR_W = 200;
const DEFAULT_WARN_DAYS = 30;

function daysBar(c: Cert, warnDays: number): Html {
  const span = PAST_DAYS + AHEAD_DAYS;
  const zero = (PAST_DAYS / span) * BAR_W;
  const value = Math.max(-PAST_DAYS, Math.min(AHEAD_DAYS, c.daysLeft));
  const end = zero + (value / span) * BAR_W;
  const tone = c.daysLeft < 0 ? 'fail' : c.daysLeft < warnDays ? 'warn' : 'ok';
  const x = Math.min(zero, end);
  const warnX = zero + (warnDays / span) * BAR_W;
  return html`<svg class="days" viewBox="0 0 ${BAR_W} 16" role="img" aria-label="${c.daysLeft} days left"><rect class="days-track" x="0" y="4" width="${BAR_W}" height="8"/><line class="days-warn" x1="${warnX.toFixed(1)}" x2="${warnX.toFixed(1)}" y1="1" y2="15"/><rect class="bar ${tone}" x="${x.toFixed(1)}" y="3" width="${Math.max(2, Math.abs(end - zero)).toFixed(1)}" height="10"/><line class="days-zero" x1="${zero.toFixed(1)}" x2="${zero.toFixed(1)}" y1="0" y2="16"/></svg>`;
}

function role(i: number, c: Cert, count: number): string {
  if (i === 0) return 'server';
  return c.selfSigned || i === count - 1 ? 'root / top' : 'intermediate';
}

function daysText(d: number): string {
  if (d < 0) return `expired ${-d} day${d === -1 ? '' : 's'} ago`;
  return `${d} day${d === 1 ? '' : 's'} left`;
}

/** A distinguished name as its common name (bold) over the whole name (small), for a narrow column. */
function nameCell(dn: string): Html {
  const cn = /(?:^|,\s*)CN=([^,]+)/.exec(dn)?.[1];
  return cn ? html`<strong>${cn}</strong><span class="dn">${dn}</span>` : html`${dn}`;
}

function chainFigure(report: Report, r: CheckResult, chain: Cert[]): Html {
  const warnDays = num(r.evidence.warnDays) ?? DEFAULT_WARN_DAYS;
  const verify = obj(r.evidence.verify);
  const verifyText = verify ? `Verify return code: ${String(verify.code)} (${str(verify.name) ?? ''})` : '';
  const proto = [str(r.evidence.protocol), str(obj(r.evidence.cipher)?.name)].filter(Boolean).join(' · ');
  const rows = chain.map((c, i) => {
    const tone = c.daysLeft < 0 ? 'fail' : c.daysLeft < warnDays ? 'warn' : 'ok';
    return html`<tr class="${tone}"><td>${role(i, c, chain.length)}</td><td class="wrap">${nameCell(c.subject)}</td><td class="wrap">${nameCell(c.issuer)}</td><td class="nowrap">${c.notAfter.slice(0, 10)}</td><td class="num">${daysText(c.daysLeft)}</td><td>${daysBar(c, warnDays)}</td></tr>`;
  });
  return html`<figure class="tls"><figcaption><strong>${r.target}</strong> — <a href="#${checkAnchor(report, r)}">${r.status.toUpperCase()}</a> <span class="muted">${proto}${proto && verifyText ? ' · ' : ''}${verifyText}</span></figcaption><table class="chain"><thead><tr><th>Role</th><th>Subject</th><th>Issuer</th><th>Not after</th><th>Days</th><th class="scale">${PAST_DAYS} days past ← expiry → ${AHEAD_DAYS} days ahead; dotted: ${warnDays}-day warning</th></tr></thead><tbody>${rows}</tbody></table></figure>`;
}

/** The section, or nothing when no TLS handshake got as far as a certificate chain. */
export function tlsSection(report: Report): Html | undefined {
  const figures = report.results.flatMap((r) => {
    const chain = r.id === 'tls' ? readChain(r.evidence) : [];
    return chain.length > 0 ? [chainFigure(report, r, chain)] : [];
  });
  return figures.length > 0 ? html`<section id="tls"><h2>TLS certificates</h2>${figures}</section>` : undefined;
}
