// The header a log layout writes before a message, and the one-line record formats that carry a message in a field.
// A header is recognised by how it starts (a timestamp, or a severity marker in a layout's own shape); the fields a
// layout puts after that are skipped one by one until the message begins.

/** How a log header starts: an ISO 8601 / RFC 3339 date with or without a time (Log4j2's and Logback's %d, Spring
 * Boot, the CRI container log, Go's log package with "/" separators), a bare time of day, the RFC 3164 syslog stamp,
 * Ruby Logger's "E, [time #pid]", or Python logging's default "LEVEL:name:". */
const START =
  /^(?:\[?\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?\]?|\[?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\]?|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|[DIWEFAU], \[[^\]\n]{0,60}\]|(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.]*:)[ \t]*/;

/** Fields between a header's start and the message, one at a time: a bracketed field (thread, request id), a level,
 * Spring Boot's "<pid> ---", a syslog "host tag[pid]:", the CRI stream and tag, Ruby's "-- progname:", a host before a
 * bracketed field, a logger name ending in " - " (Log4j2) or " : " (Logback), a "|" separator (NLog's default). */
const FIELDS: readonly RegExp[] = [
  /^\[[^\]\n]{0,80}\]\s*/,
  /^(?:TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|CRIT(?:ICAL)?|FATAL|SEVERE|ALERT|EMERG)\b:?\s+/i,
  /^\d{1,7} ---\s+/,
  /^[\w.-]+ [\w./-]+\[\d+\]:\s+/,
  /^(?:stdout|stderr) [PF] /,
  /^-- [\w.-]*:\s+/,
  /^[\w.-]+(?=\s+\[)\s+/,
  /^[\w$]+(?:\.[\w$]+)*\s+-\s+/,
  /^[\w$]+(?:\.[\w$]+)+\s*:\s+/,
  /^\|\s*/,
];

/** A line without its log header; the line itself when it does not start like one. */
export function withoutLogHeader(line: string): string {
  const start = START.exec(line);
  if (!start) return line;
  let rest = line.slice(start[0].length);
  for (let progressed = true; progressed;) {
    progressed = false;
    for (const field of FIELDS) {
      const m = field.exec(rest);
      if (m && m[0].length < rest.length) {
        rest = rest.slice(m[0].length);
        progressed = true;
      }
    }
  }
  return rest;
}

/** A logfmt line (key=value pairs, as Go's logrus and Heroku write them): its msg/message/error value, unescaped. */
function logfmtMessage(line: string): string | undefined {
  if (!/^(?:[\w.@-]+=(?:"(?:\\.|[^"\\])*"|\S*)\s*){2,}$/.test(line.trim())) return undefined;
  const m = /(?:^|\s)(?:msg|message|error|err)=(?:"((?:\\.|[^"\\])*)"|(\S+))/.exec(line);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1') : m[2];
}

/** An RFC 4180 record with every field quoted (a table exported as CSV): its longest field, quotes undoubled. */
function csvMessage(line: string): string | undefined {
  const fields = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")+$/.test(line.trim()) ? line.trim().slice(1, -1).split(/","/) : undefined;
  if (!fields) return undefined;
  return fields.reduce((a, b) => (b.length > a.length ? b : a), '').replace(/""/g, '"');
}

/** A one-line record's message field (logfmt, CSV), or the line without its log header. */
export function lineMessage(line: string): string {
  return logfmtMessage(line) ?? csvMessage(line) ?? withoutLogHeader(line);
}
