// The code layer for what a client says happened to its connection, read by the phase it names: a timeout while
// resolving, connecting or reading is three different faults, and so is a read that found the connection gone. Client
// libraries word these freely ("Socket timed out!", "timeout period expired while waiting to read data", "Server X
// has disconnected"); the phase words beside the verdict carry the reason however the rest is worded.
import type { CauseId } from '../index.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** A timeout stated as a failure: the verb or noun, never a configured value ("timeout=30", "read timeout 10000"). */
const TIMEOUT = String.raw`(?:timed[ -]?out|time[ -]?out(?: period)?(?: (?:expired|exceeded|reached|occurred))?)(?!\s*(?:[:=]\s*)?-?\d)`;

/** One clause: no sentence end, no line break (a dot inside an address or a host name does not end it). */
const CLAUSE = String.raw`(?:[^.;\n]|\.(?=\w))`;

/** Words that put the timeout in the reading phase: the connection was open and the peer stopped sending. */
const READING = String.raw`\b(?:read(?:ing)?|receiv(?:e|ing)|recv|waiting (?:for|to read) (?:\w+ ){0,3}?(?:data|response|reply|answer)|for data from)\b`;

/** Words that put the timeout in the resolving phase: the name server did not answer. */
const RESOLVING = String.raw`\b(?:resolv(?:e|ing|er)|(?:dns|host ?name|name|address) (?:lookup|query|request|operation)|name ?servers?|dns servers?|name resolution)\b`;

/** Words of a connect: a timeout next to them is the connect's, whatever else the clause says. */
const CONNECTING = /\bconnect(?:ing|ion|ed)?\b/i;

interface Phase {
  pattern: RegExp;
  cause: CauseId;
  /** What the words establish and where that is documented or observed. */
  source: string;
  /** Rank among the causes found with it; a phase stated in the message outranks the library's own wording. */
  specificity?: number;
}

/** Ordered from the most to the least precise; the first phase a text names decides. */
const PHASES: readonly Phase[] = [
  // curl names the phase its one timeout error (28, CURLE_OPERATION_TIMEDOUT) fired in: "Resolving timed out after",
  // "Connection timed out after", and otherwise "Operation timed out after N milliseconds with N bytes received",
  // which is a transfer that had connected.
  {
    pattern: /\bOperation timed out after \d+ milliseconds with \d+ (?:out of -?\d+ )?bytes received\b/,
    cause: 'tcp.read-timeout',
    source: 'curl: libcurl error 28 (CURLE_OPERATION_TIMEDOUT), the message of a timeout after the connect',
  },
  {
    pattern: /\bResolving timed out after \d+ milliseconds\b/,
    cause: 'dns.server-unreachable',
    source: 'curl: libcurl error 28 (CURLE_OPERATION_TIMEDOUT), the message of a timeout while resolving',
  },
  // An errno or strerror timeout reported by a read (Go's "read tcp a->b: read: connection timed out", curl's "Recv
  // failure: Connection timed out"): the connection existed, the peer stopped answering.
  {
    pattern: /\b(?:read|recv(?:from)?|Recv failure)\s*:\s*(?:connection timed out|operation timed out|ETIMEDOUT)\b/i,
    cause: 'tcp.read-timeout',
    source: 'POSIX ETIMEDOUT returned by read/recv on an established connection, as Go and curl print it',
  },
  {
    pattern: new RegExp(String.raw`${TIMEOUT}${CLAUSE}{0,40}?${RESOLVING}|${RESOLVING}${CLAUSE}{0,40}?\b${TIMEOUT}`, 'i'),
    cause: 'dns.server-unreachable',
    source: 'timeout words beside resolver words in one clause',
  },
  {
    pattern: new RegExp(String.raw`\b${TIMEOUT}${CLAUSE}{0,40}?${READING}|${READING}${CLAUSE}{0,40}?\b${TIMEOUT}`, 'i'),
    cause: 'tcp.read-timeout',
    source: 'timeout words beside reading words in one clause',
  },
  // A response that never came: "Response timeout" stated as the failure (not a setting: "response timeout for request
  // 1042 set to 4 hours"), "no response from server", a message that is only "no response".
  {
    pattern:
      /\b(?:server )?(?:response|reply) time ?out\b(?=\s*(?:$|[.!,;)\]"']|(?:exceeded|expired|occurred|reached|error)\b))|\bno (?:response|reply|answer) from (?:the )?(?:server|host|remote|peer)\b|(?:^|(?:error|exception)\s*:\s*)no response\b/im,
    cause: 'tcp.read-timeout',
    source: 'a reply the client waited for and did not get',
  },
  // An exception class named for a read or write timeout (Ruby's Net::ReadTimeout and Net::WriteTimeout, requests'
  // ReadTimeout, urllib3's ReadTimeoutError): only the class, so below a phase its message states.
  {
    pattern: /\b(?:Read|Write|SocketRead)Timeout(?:Exception|Error)?\b/,
    cause: 'tcp.read-timeout',
    source: 'an exception class named for a read or write timeout',
    specificity: 20,
  },
  // A socket that timed out, with no connect in the clause: sockets time out on reads ("Socket timed out!",
  // "Error: Socket timeout"); a connect that timed out says so.
  {
    pattern: new RegExp(String.raw`\bsocket\b${CLAUSE}{0,12}?\b${TIMEOUT}`, 'i'),
    cause: 'tcp.read-timeout',
    source: 'a socket named as what timed out',
  },
];

/** The connection is gone: the peer said it left, or a read found the end of the stream. */
const CLOSED: readonly Phase[] = [
  {
    pattern:
      /\b(?:server|host|peer|remote (?:host|server|side|end|party))\b(?:\s+[\w.:[\]-]+)?\s+(?:has |have |had )?(?:unexpectedly |suddenly )?(?:disconnected|hung up)\b/i,
    cause: 'mail.connection-closed',
    source: 'a server, host or peer named as what disconnected or hung up',
  },
  // The closing told in the passive with the far side as its agent: "The connection was closed by the remote server",
  // "Connection terminated by server", "socket closed by peer" (a closing by the client is this side's own).
  {
    pattern:
      /\b(?:connection|socket|session|stream|channel)\b(?:\s+(?:was|has been|got|is))?(?:\s+(?:unexpectedly|abruptly))?\s+(?:closed|terminated|dropped|shut down|disconnected) by (?:the )?(?:remote |foreign |mail |e-?mail |imap |smtp |pop3? )?(?:server|host|peer|side|end|party)\b/i,
    cause: 'mail.connection-closed',
    source: 'a connection, socket or session said to be closed by the far side',
  },
  // The closing told with the phase it interrupted: the client still waited for a reply ("Connection closed before a
  // response was received", "Socket was closed even though a response was expected").
  {
    pattern:
      /\b(?:connection|socket|stream|channel|session)\b(?:\s+(?:was|has been|got|is))?(?:\s+(?:unexpectedly|abruptly))?\s+closed\b[^.\n]{0,12}?\b(?:before|while|even though|although|when)\b[^.\n]{0,40}?\b(?:response|reply|answer|greeting)\b/i,
    cause: 'mail.connection-closed',
    source: 'a connection said to close while the client waited for a reply',
  },
  // The closing as the whole message of an error ("SmtpError ... message: client: Connection closed", "Error: Socket
  // closed"): an error whose only content is that the connection closed. A closing logged without an error (a client's
  // own QUIT, "INFO Connection closed") is routine and is not read.
  {
    pattern:
      /(?:\w*(?:Error|Exception)\b|\berr(?:or)?\b)[^\n]{0,40}?[:"'\]]\s*(?:\w+:\s*)?(?:the )?(?:connection|socket) (?:was |has been |is )?closed\s*(?=["')\]},.]|$)/i,
    cause: 'mail.connection-closed',
    source: 'an error whose message is only that the connection closed',
  },
  {
    pattern: /\b(?:unexpected|premature) end of (?:stream|file|input|data)\b|\bend of (?:stream|file) (?:reached|encountered)\b/i,
    cause: 'mail.connection-closed',
    source: 'a read that met the end of the stream before the reply',
  },
  // Laminas Mail (and Zend_Mail before it) reads a reply with fgets: "Could not read from <host>" when the read
  // returned nothing without timing out, "<host> has timed out" when it timed out.
  {
    pattern: /\b(?:could not|couldn't|cannot|can't|unable to|failed to) read from (?!\S*\s*(?:file|disk|config))\S+/i,
    cause: 'mail.connection-closed',
    source: 'Laminas Mail / Zend_Mail AbstractProtocol::_receive, a read that returned no data',
  },
  {
    pattern: /\b\w*(?:ServerDisconnected|Disconnected(?:Exception|Error))\b/,
    cause: 'mail.connection-closed',
    source: 'an exception class named for a disconnected server (smtplib.SMTPServerDisconnected and its kind)',
    // Only the class: the message it carries ("Connection unexpectedly closed: timed out") says more.
    specificity: 20,
  },
];

/** Windows Sockets' WSAETIMEDOUT (10060) by its number or its words, "did not properly respond after a period of time",
 * also as people translate a localized Windows text back ("hasn't responded after a certain time span"). */
const NO_ANSWER_IN_TIME =
  /\b(?:did not|didn't|has not|hasn't|have not|haven't|failed to) (?:properly |correctly )?(?:respond|react|answer)(?:ed)?\b[^.\n]{0,25}?\bafter (?:a |some )?(?:certain )?(?:period of time|time ?span|amount of time)\b|\b(?:WSAETIMEDOUT|10060)\b/i;

/** A receive call in a stack trace (.NET's Socket.Receive and NetworkStream.Read, Java's SocketInputStream.read): what
 * failed inside it failed while reading, whatever the words of the error (WSAETIMEDOUT's say "connection attempt"). */
const RECEIVE_FRAME = /\b(?:Socket\.Receive(?:Async|From)?|(?:Network|Ssl)Stream\.Read(?:Async)?|SocketInputStream\.(?:read|socketRead0?))\b/;

/** The Laminas Mail read timeout: the host, then "has timed out", as the whole message. */
const HOST_TIMED_OUT = /(?:^|:\s*)[\w.-]+\.[a-z]{2,}(?::\d+)? has timed out\b/im;

function first(phases: readonly Phase[], text: string): Identified[] {
  for (const p of phases) {
    const m = p.pattern.exec(text);
    if (m) return [codeFinding(p.cause, m[0], p.specificity ?? 26, { source: p.source })];
  }
  return [];
}

/** The phase a timeout names, or the closed connection a read found, as code-layer findings. */
export function transportPhaseFindings(text: string): Identified[] {
  const out: Identified[] = [];
  const timeout = first(PHASES, text);
  // A connect named in the clause makes the timeout the connect's (unless the phase is one curl or the errno states).
  const found = timeout[0];
  const connectOnly = found?.cause === 'tcp.read-timeout' && CONNECTING.test(found.matched) && !/\bread/i.test(found.matched);
  if (found && !connectOnly) out.push(found);
  const noAnswer = NO_ANSWER_IN_TIME.exec(text);
  const receive = RECEIVE_FRAME.exec(text);
  // The receive frame states the phase; the error's own words (or number) do not tell a connect from a read.
  if (noAnswer && receive)
    out.push(
      codeFinding('tcp.read-timeout', noAnswer[0], 34, {
        source: 'Windows Sockets WSAETIMEDOUT (10060) raised inside a receive call of the stack trace',
      }),
    );
  const host = HOST_TIMED_OUT.exec(text);
  if (host && out.length === 0)
    out.push(
      codeFinding('tcp.read-timeout', host[0].replace(/^:\s*/, ''), 26, {
        source: 'Laminas Mail / Zend_Mail AbstractProtocol::_receive, a read that timed out',
      }),
    );
  out.push(...first(CLOSED, text));
  return out;
}
