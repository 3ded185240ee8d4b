// The shapes of a parsed HotSpot thread dump: threads, their frames and the locks they hold or want.

/** A monitor or synchronizer as jstack prints it: `<0x...> (a some.Class)`. */
export interface LockRef {
  address: string;
  className: string;
}

/** One Java or VM thread of a dump. */
export interface DumpThread {
  name: string;
  /** The `#N` thread number, when printed. */
  number?: number;
  daemon: boolean;
  priority?: number;
  tid?: string;
  nid?: string;
  /** The text after nid= in the header: `waiting for monitor entry`, `runnable`, `in Object.wait()`. */
  headerStatus: string;
  /** The java.lang.Thread.State value (BLOCKED, RUNNABLE...), absent for VM threads and pre-Java-6 dumps. */
  state?: string;
  /** The parenthesised part of the state line: `on object monitor`, `parking`, `sleeping`. */
  stateDetail?: string;
  /** Frames, top first, as printed after `at ` (e.g. `java.lang.Thread.sleep(Native Method)`). */
  frames: string[];
  /** Monitors named in `- locked <...>` lines. */
  locked: LockRef[];
  /** `- waiting to lock <...>` (or re-lock after wait): the monitor this BLOCKED thread wants. */
  waitingToLock?: LockRef;
  /** `- waiting on <...>`: the monitor of an Object.wait(), released while waiting. */
  waitingOn?: LockRef;
  /** `- parking to wait for <...>`: the j.u.c. synchronizer a parked thread waits for. */
  parkedOn?: LockRef;
  /** The `Locked ownable synchronizers` section (jstack -l). */
  ownableSynchronizers: LockRef[];
  /** 1-based line of the header in the input. */
  line: number;
}

/** One cycle as the JVM itself reported it in a "Found one Java-level deadlock" section. */
export interface JvmDeadlock {
  links: Array<{ thread: string; waitingFor: string; heldBy: string }>;
}

/** One thread dump found in an input. */
export interface ThreadDump {
  /** 1-based position of this dump in its input. */
  index: number;
  /** The timestamp line printed before the dump (`2026-11-22 00:03:30`), if any. */
  timestamp?: string;
  /** The `Full thread dump ...` line, without the trailing colon. */
  jvm?: string;
  /** 1-based line of the dump's first line in the input. */
  line: number;
  threads: DumpThread[];
  jvmDeadlocks: JvmDeadlock[];
  /** `length=N` of the `Threads class SMR info` list, when printed. */
  smrThreadListLength?: number;
  /** True when the closing `JNI global refs` line is missing. */
  truncated: boolean;
}

/** What one input turned out to be. */
export type ParsedInput = { kind: 'hotspot'; dumps: ThreadDump[] } | { kind: 'unsupported'; format: string; reason: string };
