// Reads and analyses an export in one streaming pass; a second pass is made only where the first cannot be exact.
import { AuditAnalyzer, keepRow, type AuditAnalysis, type AuditFilters } from './analyze.js';
import { chronological } from './chronology.js';
import type { ClassifiedRow } from './classified.js';
import { readClassifiedRows } from './classified-rows.js';
import type { ExportSource } from './decode.js';
import { JourneyFollower, type JourneyResult } from './journey.js';
import { readExportRows, type ExportInfo } from './read-export.js';
import { TimeColumn, type DateOrder, type TimeFormat } from './time-format.js';

/** Everything read from one export: how it was written, and the times that could not be read. */
export interface ParsedExport extends ExportInfo {
  timeFormat?: TimeFormat;
  /** Rows whose time does not fit the column's format: how many, and the lines of the first of them. */
  unreadableTimes: { count: number; lines: number[] };
}

/** An export and its analysis, what the findings and the summary are made from. */
export interface AnalysisOf {
  parsed: ParsedExport;
  analysis: AuditAnalysis;
}

/**
 * Reads `source` and analyses its rows. With --since/--until a first pass reads only the time column, as a row's
 * time depends on the day order the whole column decides. Journeys need rows in time order: when the export does
 * not come oldest first, they are followed again over its rows sorted by time.
 */
export async function analyzeExport(source: ExportSource, filters: AuditFilters, dateOrder?: DateOrder, signal?: AbortSignal): Promise<AnalysisOf> {
  let order: DateOrder | undefined;
  if (filters.since !== undefined || filters.until !== undefined) {
    const column = new TimeColumn(dateOrder);
    await readExportRows(source, (row) => column.read(row.rawTime), signal);
    order = column.format()?.order ?? 'dmy';
  }
  const analyzer = new AuditAnalyzer(filters, dateOrder, order);
  const info = await readClassifiedRows(source, (row) => analyzer.add(row), signal);
  const pass = analyzer.finish();
  const analysis = pass.analysis;
  if (!pass.journeysHold) analysis.journeys = await journeysInTimeOrder(source, filters, pass.order, analysis, signal);
  return { parsed: { ...info, ...(pass.timeFormat ? { timeFormat: pass.timeFormat } : {}), unreadableTimes: pass.unreadableTimes }, analysis };
}

/** Journeys over the export's kept rows sorted by time (the rows are held in memory for this). */
async function journeysInTimeOrder(
  source: ExportSource,
  filters: AuditFilters,
  order: DateOrder,
  analysis: AuditAnalysis,
  signal?: AbortSignal,
): Promise<JourneyResult> {
  const column = new TimeColumn(order);
  const rows: ClassifiedRow[] = [];
  await readClassifiedRows(
    source,
    (row) => {
      column.read(row.rawTime);
      const t = order === 'dmy' ? column.dmy : column.mdy;
      if (!keepRow(row, t, filters)) return;
      row.step = row.status ?? (row.statusText ? undefined : row.match?.status);
      if (!Number.isNaN(t)) row.time = t;
      if (row.step) rows.push(row);
    },
    signal,
  );
  const follower = new JourneyFollower();
  for (const r of chronological(rows, analysis.first !== undefined)) follower.add(r);
  return follower.finish(analysis.last, (r) => r.time);
}
