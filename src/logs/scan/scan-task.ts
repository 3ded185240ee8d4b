// Scans one task (a whole file, a byte range of a large plain file, or a .gz file) into a ScanPart.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { errorMessage } from '../../core/errors.js';
import { gunzipOverrun } from '../../core/gunzip-bound.js';
import { Utf16ToUtf8 } from '../../core/text-decode.js';
import { yearHint } from './canonical-lines.js';
import { buildClassifier, type Classifier } from './classifier.js';
import { ChunkFeeder } from './chunk-feeder.js';
import { createFirstPass, type FirstPass } from './first-pass.js';
import { MAX_LINE, type ScanOptions } from './options.js';
import { regionState, scanRegion } from './scan-region.js';
import { emptyPart, settleRun, type LogKind, type ScanPart } from './stats.js';

/** One unit of work for a scan worker. */
export interface ScanTask {
  /** Position in time order across all tasks (older files first, then byte order). */
  order: number;
  path: string;
  /** The name shown in findings (relative to the scanned folder when possible). */
  label: string;
  kind: LogKind;
  gz: boolean;
  /** UTF-16 text (by its byte-order mark, inside the gzip for a .gz), read whole and transcoded. */
  utf16?: 'le' | 'be';
  start: number;
  /** End of the byte range; the line crossing it is finished by this task. */
  end: number;
  /** When the file was last written: the year of syslog dates that do not name one. */
  mtimeMs: number;
}

/** Most one .gz log is unpacked to (64 GiB): past any rotation, short of scanning forever. */
const MAX_GUNZIP_BYTES = 64 * 2 ** 30;

let cached: { key: string; cls: Classifier } | undefined;
/** First passes (with their line buffers) of finished tasks, reused rather than made afresh (gzip tasks may overlap, so one each). */
const sparePasses: FirstPass[] = [];

function classifierFor(opts: ScanOptions): Classifier {
  const key = opts.address ?? '';
  if (!cached || cached.key !== key) cached = { key, cls: buildClassifier(opts.address) };
  return cached.cls;
}

/** Builds this thread's classifier and first pass for a scan without --address before any task arrives. */
export function prepareScanning(): void {
  const cls = classifierFor({ samples: 0, bucketMs: 1 });
  if (sparePasses.length === 0) sparePasses.push(createFirstPass(cls.literals));
}

/** Scans a task; unreadable files and damaged gzip streams become input findings, not throws. */
export async function runScanTask(task: ScanTask, opts: ScanOptions): Promise<ScanPart> {
  const part = emptyPart(task.order, task.label, task.kind);
  const cls = classifierFor(opts);
  const spare = sparePasses.findIndex((p) => p.suits(cls.literals));
  const pass = spare >= 0 ? (sparePasses.splice(spare, 1)[0] as FirstPass) : createFirstPass(cls.literals);
  const st = regionState(cls, opts, part, pass, yearHint(task.mtimeMs));
  const feeder = new ChunkFeeder((buf, from, to, base) => scanRegion(st, buf, from, to, base), pass.buffer);
  try {
    if (task.gz) await readGzip(task.path, task.utf16, feeder, part);
    else if (task.utf16) await readUtf16(task.path, task.utf16, feeder, part);
    else readRange(task, feeder, part);
  } catch (err) {
    part.input.unreadable = errorMessage(err);
  }
  sparePasses.push(pass);
  part.input.huge += feeder.huge;
  for (const s of Object.values(part.causes)) settleRun(s);
  return part;
}

function readRange(task: ScanTask, feeder: ChunkFeeder, part: ScanPart): void {
  const fd = openSync(task.path, 'r');
  try {
    let pos = task.start;
    if (pos > 0) {
      pos -= 1;
      feeder.skipping = true;
    }
    feeder.base = pos;
    while (pos < task.end) {
      const room = feeder.space();
      const n = readSync(fd, room, 0, Math.min(room.length, task.end - pos), pos);
      if (n <= 0) break;
      pos += n;
      feeder.commit(n);
    }
    finishLine(fd, pos, feeder);
    part.bytes = pos - task.start;
  } finally {
    closeSync(fd);
  }
  feeder.end();
}

/** Reads past the range end up to the newline that ends the last line (at most one line's worth). */
function finishLine(fd: number, pos: number, feeder: ChunkFeeder): void {
  if (feeder.len === 0 || feeder.skipping) return;
  let read = 0;
  while (read < MAX_LINE) {
    const room = feeder.space();
    const n = readSync(fd, room, 0, Math.min(room.length, 64 * 1024), pos);
    if (n <= 0) return;
    const nl = room.indexOf(10);
    if (nl >= 0 && nl < n) {
      feeder.commit(nl + 1);
      return;
    }
    feeder.commit(n);
    pos += n;
    read += n;
  }
}

async function readUtf16(path: string, order: 'le' | 'be', feeder: ChunkFeeder, part: ScanPart): Promise<void> {
  const utf8 = new Utf16ToUtf8(order);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    part.bytes += (chunk as Buffer).length;
    feeder.push(utf8.push(chunk as Buffer));
  }
  feeder.push(utf8.push(new Uint8Array(0), true));
  feeder.end();
}

async function readGzip(path: string, utf16: 'le' | 'be' | undefined, feeder: ChunkFeeder, part: ScanPart): Promise<void> {
  const utf8 = utf16 ? new Utf16ToUtf8(utf16) : undefined;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) {
      part.bytes += (chunk as Buffer).length;
      const overrun = gunzipOverrun(gunzip.bytesWritten, part.bytes, MAX_GUNZIP_BYTES, 1 << 30);
      if (overrun) {
        part.input.badGzip = `${overrun}; scanning stopped there`;
        source.destroy();
        gunzip.destroy();
        break;
      }
      feeder.push(utf8 ? utf8.push(chunk as Buffer) : (chunk as Buffer));
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') throw err;
    part.input.badGzip = errorMessage(err);
  }
  if (utf8) feeder.push(utf8.push(new Uint8Array(0), true));
  feeder.end();
}
