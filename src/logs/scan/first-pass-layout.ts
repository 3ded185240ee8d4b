// The one source of the first pass's record layout and limits: src/logs/candidate-lines.ts and the WebAssembly pass
// (wasm/first-pass.ts, which imports this file) both read these constants. Plain integer constants only, so that the
// file is TypeScript and AssemblyScript alike.

/** Longest line classified in full; longer lines are counted as huge and only their head is read. */
export const MAX_LINE = 1 << 20;
/** Bytes of the line buffer (one block of complete lines at most). */
export const CHUNK = 2 << 20;

/** Words of a candidate record before its automaton states: start, end, state count, message start, two time words. */
export const RECORD_HEAD = 6;
/** Index in a record of its state count. */
export const RECORD_COUNT = 2;
/** Index in a record of where its message starts (after the timestamp and the layout's level, thread and logger). */
export const RECORD_BODY = 3;
/** Index in a record of its hour key (the ms into the hour follow). */
export const RECORD_STAMP = 4;
/** Record time word of a line whose time the first pass did not read. */
export const NO_STAMP = -1;
/** Set in an hour key for an hour of UTC (the line named its zone; the ms word then includes the zone's offset). */
export const UTC_STAMP = 1 << 30;

/** Table value bit of a state where a literal ends. */
export const OUTPUT = 1;
/** Table value bit of a newline (which leads back to the root state). */
export const NEWLINE = 2;
/**
 * Table value bit of a state where a trigger literal ends: one that can decide a line (for the classifier: a candidate
 * without a guard, a guard, a proof, the --address text). A line holding only other literals (candidates whose guard
 * is absent, vetoes) cannot match any rule, and the first pass keeps no record of it.
 */
export const TRIGGER = 4;
/** The table value bits that are flags (a state is the value without them). */
export const FLAGS = 7;

/** Stretches of a block read side by side, each by its own automaton run. */
export const LANES = 4;
/** Blocks smaller than this are read by one automaton run. */
export const LANE_MIN = 64 * 1024;
/** Event words per lane in WebAssembly memory; a lane that needs more is scanned by the JavaScript pass instead. */
export const LANE_CAP = 1 << 17;

/** Where the header sits in WebAssembly memory: above the module's own static data (checked when it loads). */
export const HEADER_AT = 16384;
/** Where the automaton table starts in WebAssembly memory (the block, events and scratch follow it). */
export const TABLE_AT = 65536;
/**
 * Where the byte columns sit in WebAssembly memory (16 bits each), just below the table: fixed, as the table's address
 * is, so that the byte loops read both at constant offsets and keep their registers for the lanes.
 */
export const CLASSES_AT = TABLE_AT - 512;
/** Header words (i32 byte offsets from the header): lanes used, huge lines, overflow flag, per lane its event count. */
export const H_USED = 0;
export const H_HUGE = 4;
export const H_OVERFLOW = 8;
export const H_W = 16;
/** Where in the header the WebAssembly pass keeps the codes of LEVEL_NAMES (8 bytes each, then a zero). */
export const H_LEVELS = 256;
/** Where in the header the WebAssembly pass keeps JSON_KEYS (an index by length, then the names grouped by length). */
export const H_KEYS = 512;
/** Where in the header the WebAssembly pass keeps the fields of the JSON line being rewritten (start and end per slot). */
export const H_SPANS = 1536;
/** Bytes of the header: the words above, the per-lane state from byte 64, the level codes, the JSON keys and fields. */
export const HEADER_BYTES = 2048;

/** Bytes after a timestamp within which a layout's level, thread, logger and separator are looked for. */
export const PREFIX_MAX = 256;
/** Tokens (level, thread, pid, logger...) read after a timestamp before the message is taken to have started. */
export const PREFIX_TOKENS = 8;
/** Longest bracketed thread name read as part of a prefix. */
export const THREAD_MAX = 128;
/** Level names of Log4j, Logback, java.util.logging and syslog that may stand in a prefix (any case, 4-7 letters). */
export const LEVEL_NAMES = 'TRACE DEBUG INFO WARN WARNING ERROR FATAL SEVERE NOTICE FINE FINER FINEST CONFIG';

/** Line kinds the canonical rewrite tells apart: plain, a JSON object, syslog with `Mmm dd hh:mm:ss`, syslog with an ISO time. */
export const CANON_NONE = 0;
export const CANON_JSON = 1;
export const CANON_CLOCK = 2;
export const CANON_TIME = 3;
/** Longest JSON line rewritten (its copy is kept aside while the line is rewritten in place); longer ones stay as they are. */
export const CANON_SCRATCH = 1 << 20;
/**
 * The members of a JSON log line that make its plain form, as `key:slot` (Logstash, ECS and Log4j 2 names): slot 0
 * the time, 1 the level, 2 the thread, 3 the logger, 4 the message, 5 the stack trace. The first member of a slot wins.
 */
export const JSON_KEYS =
  '@timestamp:0 timestamp:0 time:0 level:1 log.level:1 severity:1 loglevel:1 thread_name:2 thread:2 threadName:2 process.thread.name:2 ' +
  'logger_name:3 logger:3 loggerName:3 log.logger:3 message:4 msg:4 @message:4 stack_trace:5 error.stack_trace:5 stackTrace:5 stacktrace:5 exception:5';
/** Slots of JSON_KEYS. */
export const SLOT_TIME = 0;
export const SLOT_LEVEL = 1;
export const SLOT_THREAD = 2;
export const SLOT_LOGGER = 3;
export const SLOT_MESSAGE = 4;
export const SLOT_STACK = 5;
export const SLOTS = 6;
