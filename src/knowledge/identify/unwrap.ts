// Peels the layers real tools put around an error before a technician pastes it — a log line's header, a JSON log
// record, a Windows event, a quoted mail reply, an exception chain, a delivery report, a folded or multi-line SMTP
// reply — so the message inside reads as if it had been pasted alone. The identification layers read both the text
// and this message: a cause that a wrapper hides (a reply code no longer at the start) is found in the message.
import { lineMessage } from './log-header.js';
import { joinFoldedLines, mergeMultilineReplies } from './unfold.js';

/** The fields a JSON log record keeps its message and exception in (logstash-logback-encoder, Serilog's compact JSON
 * @m/@x, GELF's short_message/full_message, Docker's json-file "log", .NET and Bunyan/pino "msg"). */
const MESSAGE_FIELDS = [
  'message',
  'msg',
  'Message',
  'RenderedMessage',
  '@m',
  'short_message',
  'full_message',
  'log',
  'exception',
  'Exception',
  '@x',
  'stack_trace',
];

/** The message (and exception) of a one-line JSON log record, or undefined when the text is not one. */
function jsonLogMessage(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  try {
    const record: unknown = JSON.parse(trimmed);
    if (typeof record !== 'object' || record === null) return undefined;
    const fields = MESSAGE_FIELDS.map((k) => (record as Record<string, unknown>)[k]).filter((v): v is string => typeof v === 'string' && v !== '');
    return fields.length > 0 ? fields.join('\n') : undefined;
  } catch {
    return undefined;
  }
}

/** Windows Event Viewer's "Copy details as text": the event's message follows its Description: line. */
function eventDescription(text: string): string {
  const m = /^Log Name:[^\n]*\n(?:[\w ]+:[^\n]*\n)*?Description:\s*\n([\s\S]*)$/.exec(text);
  return m?.[1] ?? text;
}

/** A quoted mail reply (RFC 3676 "> " quoting) without its quote marks and its attribution line. */
function unquoted(text: string): string {
  const lines = text.split('\n');
  const body = /\bwrote:\s*$/.test(lines[0] ?? '') ? lines.slice(1) : lines;
  if (body.length === 0 || !body.every((l) => /^>/.test(l) || l.trim() === '')) return text;
  return body.map((l) => l.replace(/^(?:> ?)+/, '')).join('\n');
}

/** Markup a web page or a ticket's HTML body puts around a pasted text. */
const HTML_TAGS = /<\/?(?:pre|code|p|br|div|span|tt|b|i|em|strong|font|blockquote)\b[^<>]*>/gi;

/** rsyslog's escaping of control characters in a message (#012 a newline, #011 a tab). */
function syslogUnescaped(text: string): string {
  return text.replace(/#012/g, '\n').replace(/#011/g, '\t');
}

/** Where the innermost exception of a chain starts: after the last "Caused by:", .NET's "--->", Spring's "nested
 * exception is", or the JVM's "Exception in thread ...". */
const CHAIN = /Caused by:\s*|\s--->\s*|nested exception is\s*|Exception in thread "[^"\n]*"\s*/g;

/** A stack frame or a chain's bookkeeping line (Java, .NET, Node, Python, a PowerShell error record's position lines),
 * or a Markdown code fence: none says anything about the cause. */
const FRAME =
  /^\s+(?:at\s|File "|\.\.\. \d+ (?:more|common frames omitted))|^\s*--- End of (?:inner exception|stack trace)|^Traceback \(most recent call last\):|^\s{4}\S|^At (?:line:\d+|\S+:\d+) char:\d+|^\+ |^\s*```/;

/** An exception's own name before its message: a class ("javax.mail.MessagingException: "), Node's "Error: ", a
 * PowerShell command's "Verb-Noun : " before its error record. */
const CLASS_PREFIX = /^(?:(?:[\w$]+[.:]{1,2})*[\w$]*(?:Exception|Error|Failure|Fault|Warning)\s?|[A-Z][a-z]+-[A-Z]\w+ ):\s+/;

/** Node's util.inspect of an Error without its stack: "[Error: message] { properties }". */
const NODE_INSPECTED = /^\{?\s*\[(?:\w*Error): ([\s\S]*?)\](?:\s*\{[\s\S]*\}|\s[\s\S]*\})?\s*$/;

/** Python's repr of an SMTP reply in smtplib's exceptions: (550, b'5.1.1 ...'), continuation lines joined by \n. */
const PY_REPLY = /\((\d{3}), b(['"])((?:\\.|(?!\2)[^\\])*)\2\)/g;

function pythonReplies(text: string): string {
  return text.replace(PY_REPLY, (_all, code: string, _q: string, body: string) =>
    `${code} ${body
      .replace(/\\n/g, ' ')
      .replace(/\\r/g, '')
      .replace(/\\t/g, ' ')
      .replace(/\\(['"\\])/g, '$1')}`.trim(),
  );
}

/** The innermost message of an exception chain, without frames and without the exception's class name. */
function innermostMessage(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CHAIN)) start = m.index + m[0].length;
  const lines = text.slice(start).split('\n');
  const kept = lines.filter((l) => !FRAME.test(l));
  let message = kept.join('\n').trim();
  const inspected = NODE_INSPECTED.exec(message);
  if (inspected) message = inspected[1] ?? message;
  for (let m = CLASS_PREFIX.exec(message); m && m[0].length < message.length; m = CLASS_PREFIX.exec(message)) message = message.slice(m[0].length);
  return message;
}

/** What a delivery report or an NDR says the remote server replied: RFC 3464's "Diagnostic-Code: smtp; <reply>",
 * Postfix's "said: <reply> (in reply to ... command)", Exchange's "Remote Server returned '<reply>'". */
function remoteReply(text: string): string {
  const diagnostic = /^Diagnostic-Code:\s*smtp\s*;\s*([\s\S]*?)(?=\n[\w-]+:|$)/im.exec(text);
  if (diagnostic?.[1]) return diagnostic[1];
  const said = /\bsaid:\s+([\s\S]*?)\s*\(in reply to [\w ]+? command\)/.exec(text);
  if (said?.[1]) return said[1];
  const returned = /\bRemote Server returned '([\s\S]*)'/.exec(text);
  return returned?.[1] ?? text;
}

/** The message a wrapped text carries, or the text itself when no wrapper was recognised. */
export function unwrapMessage(text: string): string {
  let t = syslogUnescaped(text.replace(/\r\n?/g, '\n'));
  t = jsonLogMessage(t) ?? t;
  t = eventDescription(unquoted(t.replace(HTML_TAGS, '')));
  t = t
    .split('\n')
    .map((l) => lineMessage(l))
    .join('\n');
  t = remoteReply(innermostMessage(pythonReplies(t)));
  return joinFoldedLines(mergeMultilineReplies(t)).trim();
}
