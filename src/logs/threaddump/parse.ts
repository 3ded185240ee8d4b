// Finds every HotSpot thread dump in a text (jstack -l output, or kill -3 dumps among log lines) and parses it.
import { DeadlockSectionReader, isDeadlockStart } from './deadlock-section.js';
import { unsupportedFormat } from './formats.js';
import { applyBodyLine, parseHeader } from './thread-lines.js';
import type { DumpThread, ParsedInput, ThreadDump } from './types.js';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})/;
const FULL_DUMP = 'Full thread dump';
/** HotSpot prints this VM thread last; old JVMs end the dump with it instead of a "JNI global references" line. */
const LAST_VM_THREAD = 'VM Periodic Task Thread';

/** Parses all dumps of one input; `{kind: 'hotspot', dumps: []}` means no dump was found. A dump is complete when it reaches the JNI line or the last VM thread. */
export function parseThreadDumps(text: string): ParsedInput {
  const unsupported = unsupportedFormat(text);
  if (unsupported) return { kind: 'unsupported', ...unsupported };
  const lines = text.split(/\r?\n/);
  const dumps: ThreadDump[] = [];
  let dump: ThreadDump | undefined;
  let thread: DumpThread | undefined;
  let inOwnable = false;
  let deadlock: DeadlockSectionReader | undefined;
  let lastNonEmpty = '';
  let expectSmr = false;

  const open = (lineNo: number, jvm?: string): ThreadDump => {
    const stamp = jvm !== undefined ? TIMESTAMP.exec(lastNonEmpty)?.[1] : undefined;
    const d: ThreadDump = {
      index: dumps.length + 1,
      line: lineNo,
      threads: [],
      jvmDeadlocks: [],
      truncated: true,
      ...(stamp ? { timestamp: stamp } : {}),
      ...(jvm ? { jvm } : {}),
    };
    dumps.push(d);
    return d;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    if (line.startsWith(FULL_DUMP)) {
      dump = open(lineNo, line.replace(/:\s*$/, '').trim());
      thread = undefined;
      deadlock = undefined;
    } else if (deadlock && !deadlock.done) {
      deadlock.feed(line);
    } else if (isDeadlockStart(line)) {
      deadlock = new DeadlockSectionReader();
      (dump ?? open(lineNo)).jvmDeadlocks.push(deadlock.deadlock);
      thread = undefined;
    } else if (line.startsWith('"')) {
      const header = parseHeader(line, lineNo);
      if (header) {
        if (!dump || !dump.truncated) dump = open(lineNo);
        dump.threads.push(header);
        thread = header;
        inOwnable = false;
      } else thread = undefined;
    } else if (dump && line.startsWith('JNI global ref')) {
      dump.truncated = false;
      thread = undefined;
    } else if (dump && line.startsWith('Threads class SMR info')) {
      expectSmr = true;
    } else if (expectSmr && dump && /length=(\d+)/.test(line)) {
      dump.smrThreadListLength = Number(/length=(\d+)/.exec(line)?.[1]);
      expectSmr = false;
    } else if (thread && !applyBodyLine(thread, line, inOwnable)) {
      if (line.includes('Locked ownable synchronizers:')) inOwnable = true;
      else if (line.length > 0 && !/^\s/.test(line)) thread = undefined;
    }
    if (line.trim() !== '') lastNonEmpty = line;
  }
  for (const d of dumps) if (d.truncated && d.threads[d.threads.length - 1]?.name === LAST_VM_THREAD) d.truncated = false;
  return { kind: 'hotspot', dumps };
}
