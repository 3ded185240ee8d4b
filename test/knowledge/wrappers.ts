// Ways real tools wrap an error text before a technician pastes it: log layouts, exception chains, delivery reports,
// escaping, quoting, folding, truncation and case. Each wrapper is modelled on a documented or commonly seen format,
// named in its comment; the same error wrapped any of these ways should keep its cause. These are the kinds the
// matcher was tuned on (the kinds held out from tuning live in wrappers-held-out.ts).

/** One way of wrapping a text; `applies` limits it to the rows whose text such a wrapper really carries. */
export interface Wrapper {
  kind: string;
  wrap(text: string): string;
  applies?(category: string, text: string): boolean;
}

/** A remote server's reply about a delivery (a bounce or an SMTP reply holding a reply code): the only texts an MTA's
 * report or NDR carries (a client library's own exception is never inside one). */
export const isDelivery = (category: string, text: string): boolean =>
  /^(?:smtp|bounce)\./.test(category) && /(?<![\w.])[2-5][0-5]\d[ -]/.test(text) && !/\b[\w$]+(?:Exception|Error)\b/.test(text);

/** An SMTP reply at the start of a text: its code, its enhanced code if any, and the rest. */
export function smtpReply(text: string): { code: string; enhanced?: string; rest: string } | undefined {
  const m = /^([2-5]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3})\s+)?([\s\S]*)$/.exec(text.trim());
  if (!m) return undefined;
  return { code: m[1] ?? '', ...(m[2] ? { enhanced: m[2] } : {}), rest: (m[3] ?? '').replace(/\n[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/g, '\n') };
}

/** Words broken onto lines no longer than `width` (as a mail client or terminal folds them). */
export function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

/** Characters outside printable ASCII and those HTML-sensitive, as \u00xx: what System.Text.Json's default encoder writes. */
function jsonEscapedAscii(text: string): string {
  return JSON.stringify(text).replace(/[<>&'+`]|[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A Python bytes literal as repr() writes it: single quotes unless the text holds one, \n for newlines. */
function bytesRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return `b${quote}${quote === "'" ? body.replace(/'/g, "\\'") : body}${quote}`;
}

const JAVA_FRAMES = '\n\tat com.acme.itsm.inbound.Poller.poll(Poller.java:118)\n\tat java.base/java.lang.Thread.run(Thread.java:833)';

/** The wrapper kinds the matcher was made invariant to. */
export const TUNED_WRAPPERS: readonly Wrapper[] = [
  // Log4j2 PatternLayout as its documentation's example configuration writes it: %d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n.
  { kind: 'log4j2-pattern', wrap: (t) => `09:14:22.518 [inbound-poller-1] ERROR c.a.itsm.inbound.MailPoller - ${t}` },
  // Spring Boot's default Logback console line (2.x): date, level, pid, "---", thread, logger, ":" then the message.
  {
    kind: 'spring-boot-logback',
    wrap: (t) => `2024-03-07 09:14:22.518 ERROR 4312 --- [   scheduling-1] c.a.itsm.inbound.MailPoller              : ${t}`,
  },
  // An RFC 3164 syslog line as rsyslog stores it: newlines of the message escaped as #012 (its control-character escaping).
  { kind: 'syslog-rsyslog', wrap: (t) => `Mar  7 09:14:22 helpdesk01 java[4312]: ${t.replace(/\n/g, '#012').replace(/\t/g, '#011')}` },
  // A JSON log line as logstash-logback-encoder writes it (@timestamp, level, logger_name, message; JSON string escapes).
  {
    kind: 'json-logstash',
    wrap: (t) =>
      `{"@timestamp":"2024-03-07T09:14:22.518Z","@version":"1","message":${JSON.stringify(t)},"logger_name":"c.a.itsm.inbound.MailPoller","level":"ERROR"}`,
  },
  // A .NET JSON log (System.Text.Json's default encoder escapes non-ASCII and HTML-sensitive characters as \u00xx).
  { kind: 'json-dotnet-escaped', wrap: (t) => `{"Timestamp":"2024-03-07T09:14:22.518Z","Level":"Error","Message":${jsonEscapedAscii(t)}}` },
  // A Java exception chain as Throwable.printStackTrace prints it: the outer exception, its frames, then "Caused by: ".
  {
    kind: 'java-caused-by',
    wrap: (t) =>
      `com.acme.itsm.IntegrationException: inbound poll failed${JAVA_FRAMES}\nCaused by: ${/^[\w$.]+(?:Exception|Error)\b/.test(t) ? t : `com.acme.itsm.RemoteException: ${t}`}\n\t... 2 more`,
  },
  // An uncaught exception as the JVM's default handler prints it: Exception in thread "main" <class>: <message>.
  {
    kind: 'java-main-thread',
    wrap: (t) => `Exception in thread "main" ${/^[\w$.]+(?:Exception|Error)\b/.test(t) ? t : `java.lang.IllegalStateException: ${t}`}${JAVA_FRAMES}`,
  },
  // Node's report of an uncaught Error: "Error: <message>" then V8 stack frames (Error.prototype.stack).
  {
    kind: 'node-stack',
    wrap: (t) =>
      `${/^\w*Error: /.test(t) ? t : `Error: ${t}`}\n    at MailPoller.poll (/srv/helpdesk/dist/poller.js:57:13)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  },
  // Node's util.inspect of an Error without its stack: [Error: <message>] { own properties }.
  { kind: 'node-inspect', wrap: (t) => `[${/^\w*Error: /.test(t) ? t : `Error: ${t}`}] { attempt: 3, mailbox: 'helpdesk' }` },
  // A Python traceback; an SMTP reply is raised as smtplib.SMTPResponseException, whose str() is the (code, bytes) tuple.
  {
    kind: 'python-traceback',
    wrap: (t) => {
      const reply = smtpReply(t);
      const last = reply
        ? `smtplib.SMTPResponseException: (${reply.code}, ${bytesRepr(`${reply.enhanced ? `${reply.enhanced} ` : ''}${reply.rest}`)})`
        : `${/^[\w.]+(?:Error|Exception): /.test(t) ? t : `RuntimeError: ${t}`}`;
      return `Traceback (most recent call last):\n  File "/srv/helpdesk/poll.py", line 42, in <module>\n    poll()\n${last}`;
    },
  },
  // A .NET exception's ToString(): outer message, " ---> " and the inner exception, then its end-of-inner marker and frames.
  {
    kind: 'dotnet-inner',
    wrap: (t) =>
      `System.InvalidOperationException: Mail poll failed. ---> ${/^[\w.]+Exception: /.test(t) ? t : `System.Exception: ${t}`}\n   --- End of inner exception stack trace ---\n   at Helpdesk.Inbound.Poller.RunAsync()`,
  },
  // An RFC 3464 per-recipient block: Final-Recipient, Action, and the remote reply as Diagnostic-Code: smtp; <reply>.
  {
    kind: 'dsn-diagnostic-code',
    applies: isDelivery,
    wrap: (t) => `Final-Recipient: rfc822; support@example.com\nAction: failed\nDiagnostic-Code: smtp; ${t.replace(/\n/g, '\n    ')}`,
  },
  // Postfix's bounce text: host <name>[<addr>] said: <reply> (in reply to <command> command), on one line.
  {
    kind: 'postfix-said',
    applies: isDelivery,
    wrap: (t) => `<support@example.com>: host mx1.example.com[192.0.2.25] said: ${t.replace(/\s*\n\s*/g, ' ')} (in reply to RCPT TO command)`,
  },
  // Exchange's NDR diagnostic line: Remote Server returned '<reply>'.
  { kind: 'exchange-remote-returned', applies: isDelivery, wrap: (t) => `Remote Server returned '${t.replace(/\s*\n\s*/g, ' ')}'` },
  // The text as an HTML page or a ticket's HTML body shows it (& < > " ' escaped as entities).
  {
    kind: 'html-escaped',
    wrap: (t) => `<pre>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</pre>`,
  },
  // A mail reply quoting the error (RFC 3676 quoting: "> " before each line), under an attribution line.
  {
    kind: 'mail-quoted',
    wrap: (t) =>
      `On Thu, 7 Mar 2024 at 09:20, Helpdesk <support@example.com> wrote:\n${t
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}`,
  },
  // Folded at 76 columns on word boundaries, as a mail client or a fixed-width terminal breaks a long line.
  { kind: 'folded-76', wrap: (t) => fold(t, 76).join('\n') },
  // An SMTP reply re-sent as an RFC 5321 multi-line reply: "550-" on every line but the last, the enhanced code repeated.
  {
    kind: 'smtp-multiline',
    applies: isDelivery,
    wrap: (t) => {
      const reply = smtpReply(t);
      if (!reply) return fold(t, 78).join('\n');
      const prefix = (sep: string) => `${reply.code}${sep}${reply.enhanced ? `${reply.enhanced} ` : ''}`;
      const lines = fold(reply.rest.replace(/\s*\n\s*/g, ' '), 66);
      return lines.map((l, i) => `${prefix(i === lines.length - 1 ? ' ' : '-')}${l}`).join('\n');
    },
  },
  // Cut at a display width (a log viewer's or ticket list's column) with an ellipsis: the first 160 characters.
  { kind: 'truncated-160', wrap: (t) => (t.length > 160 ? `${t.slice(0, 160)}…` : t) },
  { kind: 'upper-case', wrap: (t) => t.toUpperCase() },
  { kind: 'lower-case', wrap: (t) => t.toLowerCase() },
  // An ISO 8601 timestamp, a host and a request id pasted in front (as a log aggregator's export lines show them).
  { kind: 'timestamp-host-id', wrap: (t) => `2024-03-07T09:14:22.518Z helpdesk01 [req-7f3a9c21] ${t}` },
  // Windows Event Viewer's "Copy details as text": the event's header fields, then Description: and the message.
  {
    kind: 'windows-event',
    wrap: (t) =>
      `Log Name:      Application\nSource:        HelpdeskMailService\nDate:          07/03/2024 09:14:22\nEvent ID:      1000\nTask Category: None\nLevel:         Error\nKeywords:      Classic\nUser:          N/A\nComputer:      HD01.corp.example.com\nDescription:\n${t}`,
  },
];
