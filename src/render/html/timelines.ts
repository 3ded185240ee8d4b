// "When it happened": log causes per hour, audit statuses per hour with SEND_FAILED spikes, Quartz fire times.
import type { CauseId } from '../../knowledge/index.js';
import { STATUS_STEP } from '../../knowledge/journey-status.js';
import type { AuditStatus } from '../../knowledge/audit-messages.js';
import type { CheckResult, Report } from '../../core/types.js';
import { checkAnchor } from './anchors.js';
import { barRows, type BarRow, type TimeMark } from './bar-rows.js';
import { html, type Html } from './escape.js';
import { formatTick, formatTime, toMs } from './format.js';
import { quartzChart } from './quartz-chart.js';
import { num, readFireTimes, readSeries, readStatusTimeline, type FireTimes } from './read.js';

/** Most log causes drawn per scan; the rest are in the check's details. */
const MAX_LOG_ROWS = 14;
const SPIKE: CauseId = 'audit.send-failed.spike';
const TONE = { reached: 'ok', failed: 'fail', ignored: 'warn' } as const;

function figure(report: Report, r: CheckResult, title: string, caption: string, chart: Html): Html {
  return html`<figure class="timeline"><figcaption><strong>${title}</strong> — <a href="#${checkAnchor(report, r)}">${r.target}</a><br><span class="muted">${caption}</span></figcaption>${chart}</figure>`;
}

function logsFigure(report: Report, r: CheckResult): Html | undefined {
  const rows: BarRow[] = [];
  let firstFail: { ms: number; title: string } | undefined;
  for (const f of r.findings) {
    const series = readSeries(f.evidence.timeline);
    if (!series) continue;
    const first = toMs(f.evidence.first);
    if (f.severity === 'fail' && first !== undefined && (!firstFail || first < firstFail.ms)) firstFail = { ms: first, title: f.title };
    rows.push({ label: f.title, tone: f.severity, series });
  }
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_LOG_ROWS);
  const rest = rows.length - shown.length;
  const caption = `${firstFail ? `First failing line ${formatTime(firstFail.ms)} (${firstFail.title}). ` : ''}Each row is scaled to its own peak; right: total lines · peak per bucket.${rest > 0 ? ` ${rest} more causes in the check's details.` : ''}`;
  return figure(report, r, 'Log causes over time', caption, barRows(`Log lines per cause over time, ${r.target}`, shown));
}

function auditFigure(report: Report, r: CheckResult): Html | undefined {
  const series = readStatusTimeline(r.evidence.statusTimeline);
  if (series.length === 0) return undefined;
  const rows: BarRow[] = series.map((s) => ({
    label: s.status,
    tone: s.status in STATUS_STEP ? TONE[STATUS_STEP[s.status as AuditStatus].outcome] : 'info',
    series: s.series,
  }));
  const marks: TimeMark[] = r.findings
    .filter((f) => f.cause === SPIKE)
    .flatMap((f) => {
      const from = toMs(f.evidence.start);
      const to = toMs(f.evidence.end);
      return from !== undefined && to !== undefined
        ? [{ fromMs: from, toMs: to, label: `SEND_FAILED spike ${formatTick(from, true)}–${formatTick(to, false)}: ${num(f.evidence.failed) ?? '?'} failed` }]
        : [];
    });
  const caption = `${marks.length > 0 ? `${marks.length} SEND_FAILED spike${marks.length > 1 ? 's' : ''} shaded. ` : ''}Green: the step happened; red: it failed; amber: dropped on purpose. Times as the export wrote them.`;
  return figure(report, r, 'Email Audit statuses over time', caption, barRows(`Email Audit entries per status over time, ${r.target}`, rows, marks));
}

function quartzFigure(report: Report, r: CheckResult): Html | undefined {
  const byTrigger = new Map<string, FireTimes>();
  for (const f of r.findings) {
    const t = readFireTimes(f.evidence);
    if (t && !byTrigger.has(t.trigger)) byTrigger.set(t.trigger, t);
  }
  if (byTrigger.size === 0) return undefined;
  return figure(
    report,
    r,
    'Quartz fire times',
    'The email polling trigger: its last fire (PREV_FIRE_TIME), the moment the rows describe, and the next fire (NEXT_FIRE_TIME); red is the time past the stale limit.',
    quartzChart(`Quartz email trigger fire times, ${r.target}`, [...byTrigger.values()]),
  );
}

/** The section, or nothing when no result carries a time series. */
export function timelinesSection(report: Report): Html | undefined {
  const figures = report.results.flatMap((r) => {
    const f = r.id === 'logs' ? logsFigure(report, r) : r.id === 'audit' ? auditFigure(report, r) : r.id === 'quartz' ? quartzFigure(report, r) : undefined;
    return f ? [f] : [];
  });
  if (figures.length === 0) return undefined;
  return html`<section id="timelines"><h2>When it happened</h2>${figures}</section>`;
}
