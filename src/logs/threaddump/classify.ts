// What kind of thread this is (email, Quartz, SSL, socket read) and what state it is effectively in.
import type { DumpThread } from './types.js';

const MAIL_NAME = /e-?mail|emailjob|\bmail|mail(?:er|box|job|fetch|send)|imap|smtp|pop3/i;
/** URLs some pools put in thread names (crawlers, HTTP clients); "email" inside a URL does not make a mail thread. */
const URL_IN_NAME = /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi;
const MAIL_FRAME = /^(?:javax\.mail|jakarta\.mail|com\.sun\.mail|org\.eclipse\.angus\.mail)\./;
const QUARTZ_NAME = /QuartzScheduler|_Worker-\d+$|quartz/i;
const QUARTZ_FRAME = /^org\.quartz\./;
const SSL_FRAME = /^(?:sun\.security\.ssl|javax\.net\.ssl)\./;
const SOCKET_READ =
  /(?:SocketInputStream\.socketRead0|SocketInputStream\.read|NioSocketImpl\.(?:read|implRead|tryRead)|SocketDispatcher\.read0|SocketDispatcher\.read)\(/;
const TIMED_READ = /NioSocketImpl\.timedRead\(|Net\.poll\(/;
const HANDSHAKE =
  /^sun\.security\.ssl\.(?:SSLSocketImpl\.startHandshake|SSLSocketImpl\.readHandshakeRecord|SSLSocketImpl\.ensureNegotiated|TransportContext\.kickstart|HandshakeContext\.|SSLEngineImpl\.beginHandshake)/;
const QUARTZ_IDLE_WORKER = /^org\.quartz\.simpl\.SimpleThreadPool\$WorkerThread\.run\(/;

/** True when the thread's name (URLs in it aside) or frames say it handles email (the guide's `grep -i 'email\|emailjob'`, plus mail APIs). */
export function isMailThread(t: DumpThread): boolean {
  return MAIL_NAME.test(t.name.replace(URL_IN_NAME, '')) || t.frames.some((f) => MAIL_FRAME.test(f));
}

/** True when the thread belongs to Quartz by name or by org.quartz frames. */
export function isQuartzThread(t: DumpThread): boolean {
  return QUARTZ_NAME.test(t.name) || t.frames.some((f) => QUARTZ_FRAME.test(f));
}

/** True when any frame is org.quartz code. */
export function hasQuartzFrames(t: DumpThread): boolean {
  return t.frames.some((f) => QUARTZ_FRAME.test(f));
}

/** True when any frame is the JVM's TLS code. */
export function hasSslFrames(t: DumpThread): boolean {
  return t.frames.some((f) => SSL_FRAME.test(f));
}

/** True when the thread is inside a TLS handshake; reads of application data over TLS are not handshakes. */
export function inHandshake(t: DumpThread): boolean {
  return t.frames.some((f) => HANDSHAKE.test(f));
}

/** The state used by the rules: the State line, else what a pre-Java-6 header says. */
export function effectiveState(t: DumpThread): string | undefined {
  if (t.state) return t.state;
  if (/waiting for monitor entry/.test(t.headerStatus)) return 'BLOCKED';
  if (/in Object\.wait\(\)/.test(t.headerStatus)) return 'WAITING';
  return undefined;
}

/** True when the thread is in a blocking socket read near the top of its stack (first 8 frames). */
export function inSocketRead(t: DumpThread): boolean {
  return t.frames.slice(0, 8).some((f) => SOCKET_READ.test(f));
}

/** True when the socket read under this thread has a timeout (NioSocketImpl.timedRead / poll). */
export function hasReadTimeout(t: DumpThread): boolean {
  return t.frames.slice(0, 10).some((f) => TIMED_READ.test(f));
}

/** The Quartz worker pool index when the thread is a pool worker (`..._Worker-3`). */
export function isQuartzWorker(t: DumpThread): boolean {
  return /_Worker-\d+$/.test(t.name) || t.frames.some((f) => QUARTZ_IDLE_WORKER.test(f));
}

/** True for a worker waiting for work: its first non-JDK frame is WorkerThread.run and it is waiting. */
export function isIdleQuartzWorker(t: DumpThread): boolean {
  const state = effectiveState(t);
  if (state !== 'WAITING' && state !== 'TIMED_WAITING') return false;
  const own = t.frames.find((f) => !/^(?:java|jdk|sun)\./.test(f));
  return own !== undefined && QUARTZ_IDLE_WORKER.test(own);
}

/** The first frame that is not JDK or org.quartz code: what a busy thread is actually running. */
export function applicationFrame(t: DumpThread): string | undefined {
  return t.frames.find((f) => !/^(?:java|javax|jdk|sun|com\.sun|org\.quartz)\./.test(f)) ?? t.frames[0];
}

/** One line describing where a thread is: `TIMED_WAITING (sleeping) in fixture.Log.sleepForever(Log.java:20)`. */
export function whereIs(t: DumpThread): string {
  const state = t.state ? `${t.state}${t.stateDetail ? ` (${t.stateDetail})` : ''}` : t.headerStatus || 'state unknown';
  const top = applicationFrame(t);
  const doing = inHandshake(t) ? ', inside a TLS handshake' : inSocketRead(t) ? ', reading a socket' : '';
  return top ? `${state} in ${top}${doing}` : `${state}${doing}`;
}
