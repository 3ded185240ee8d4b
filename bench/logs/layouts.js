// Five ways Java applications write the same log event: the layouts the logs bench and the layout tests use.
// Each renders an event of bench/logs/events.js as the text its logging library would write (stack traces included).

/** The server's zone: wall-clock times are written one hour ahead of UTC, with `+01:00` where a layout names it. */
const OFFSET_MS = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

/** Wall-clock parts of epoch ms in the server's zone. */
function wall(t) {
  const d = new Date(t + OFFSET_MS);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

/** `2026-11-14 01:00:00,123` (Log4j's and Logback's default `%d`). */
function log4jDate(t) {
  const w = wall(t);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)},${pad(w.ms, 3)}`;
}

/** `2026-11-14T01:00:00.123+01:00` (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`). */
function isoDate(t) {
  const w = wall(t);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}.${pad(w.ms, 3)}+01:00`;
}

/** `Nov 14 01:00:00` (the traditional syslog file format: no year, day padded with a space). */
function syslogDate(t) {
  const w = wall(t);
  return `${MONTHS[w.mo - 1]} ${String(w.d).padStart(2, ' ')} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;
}

/** Logback's `%logger{n}`: package names cut to their first letter, from the left, until the name fits in n. */
export function abbreviate(name, n) {
  const parts = name.split('.');
  for (let i = 0; i < parts.length - 1 && parts.join('.').length > n; i += 1) parts[i] = parts[i].charAt(0);
  return parts.join('.');
}

/** The old bench's logger style: the three top packages cut to a letter (`c.m.s.email.ImapEmailReader`). */
function shortLogger(name) {
  return name
    .split('.')
    .map((p, i) => (i < 3 ? p.charAt(0) : p))
    .join('.');
}

/** The throwable's lines as `printStackTrace` writes them (frames and `... N more` indented by a tab). */
function traceLines(thrown, frameSuffix = '') {
  return thrown.map((l) => (l.startsWith('at ') ? `\t${l}${frameSuffix}` : l.startsWith('... ') ? `\t${l}` : l));
}

function withTrace(head, event, frameSuffix) {
  return event.thrown ? `${head}\n${traceLines(event.thrown, frameSuffix).join('\n')}\n` : `${head}\n`;
}

/** Every layout by name: event -> text (complete lines). */
export const LAYOUTS = {
  /** The bench's original layout: `%d %-5p [%t] %c - %m%n` with shortened logger names. */
  classic: (ev) => withTrace(`${log4jDate(ev.t)} ${ev.level.padEnd(5)} [${ev.thread}] ${shortLogger(ev.logger)} - ${ev.message}`, ev),
  /** Log4j 2's default PatternLayout `%d [%t] %-5level %logger{36} - %msg%n`, with its extended throwable. */
  log4j2: (ev) => withTrace(`${log4jDate(ev.t)} [${ev.thread}] ${ev.level.padEnd(5)} ${ev.logger} - ${ev.message}`, ev, ' ~[app.jar:?]'),
  /** Spring Boot's Logback default `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p ${PID} --- [%t] %-40.40logger{39} : %m%n%wEx`. */
  springboot: (ev) => {
    const logger = abbreviate(ev.logger, 39).padEnd(40).slice(-40);
    return withTrace(`${isoDate(ev.t)} ${ev.level.padStart(5)} 2345 --- [${ev.thread}] ${logger} : ${ev.message}`, ev);
  },
  /** JSON lines as logstash-logback-encoder's LogstashEncoder writes them (stack trace in one escaped string). */
  json: (ev) => {
    const o = {
      '@timestamp': isoDate(ev.t),
      '@version': '1',
      message: ev.message,
      logger_name: ev.logger,
      thread_name: ev.thread,
      level: ev.level,
      level_value: { DEBUG: 10000, INFO: 20000, WARN: 30000, ERROR: 40000 }[ev.level],
    };
    if (ev.thrown) o.stack_trace = `${traceLines(ev.thrown).join('\n')}\n`;
    return `${JSON.stringify(o)}\n`;
  },
  /** Console output through journald into rsyslog's traditional file format: every line gets the header, tabs become `#011`. */
  syslog: (ev) => {
    const head = `${syslogDate(ev.t)} helpdesk01 java[2345]: `;
    const inner = [`${ev.level.padEnd(5)} [${ev.thread}] ${shortLogger(ev.logger)} - ${ev.message}`, ...traceLines(ev.thrown ?? [])];
    return inner.map((l) => `${head}${l.replace(/\t/g, '#011')}\n`).join('');
  },
};

/** Layout names in the bench's order. */
export const LAYOUT_NAMES = Object.keys(LAYOUTS);
