// The default classifier (no --address) as `npm run build` wrote it next to this file, with the triggers it was built
// from: every scan thread needs it before its first line, and reading it back costs a few milliseconds where building
// it costs tens (with --address, only the automaton is built again from the cached triggers).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { severityOf } from '../../core/finding.js';
import type { CauseId } from '../../knowledge/index.js';
import type { TextMatcher } from '../../knowledge/types.js';
import type { Classifier, Triggers } from './classifier.js';

/** Where the build writes the cache: beside the compiled classifier. */
export const CLASSIFIER_CACHE = fileURLToPath(new URL('./classifier-cache.bin', import.meta.url));

/** The compiled modules whose code shapes a classifier: a cache from other code is not used. */
const BUILDERS = ['classifier.js', 'literal-set.js', 'trigger-phrase.js', 'required-literals.js', 'regex-texts.js', 'line-candidates.js'];

/** Per-matcher fields kept as plain integers. */
const FLAT = ['always', 'extract', 'implied', 'topOfState', 'proofOfState', 'guardOf', 'vetoed', 'vetoAt', 'addressAt'] as const;
type Flat = (typeof FLAT)[number];
/** Per-state or per-literal lists. */
type Ragged = 'outputs' | 'byState' | 'byLiteral' | 'guardsAt';

interface Header {
  key: string;
  triggers: Triggers;
  literals: string[];
  shift: number;
  /** Per array: its first word in the data and its length; ragged lists add where their values start and how many. */
  flat: Record<Flat, [number, number]>;
  ragged: Record<Ragged, [number, number, number, number]>;
  table: [number, number];
  classes: [number, number];
  /** Words of data in all: a shorter file is damaged. */
  words: number;
}

/**
 * What a classifier is built from: the matchers' wording, examples (which weigh literals) and ranking, and the
 * builder code itself (read from the compiled files beside this one), so that a cache from other rules or other code
 * never matches.
 */
export function classifierKey(usable: readonly TextMatcher<CauseId>[]): string {
  const hash = createHash('sha256');
  for (const m of usable)
    hash.update(JSON.stringify([m.id, m.cause, m.kind, m.pattern.source, m.pattern.flags, m.example, m.specificity, m.accept ? 1 : 0, severityOf(m)]));
  for (const file of BUILDERS) {
    try {
      hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
    } catch {
      hash.update(`no ${file}`);
    }
  }
  return hash.digest('hex');
}

/** Writes `cls` (built without --address from `usable` and its `triggers`) to `path`. */
export function writeClassifierCache(cls: Classifier, triggers: Triggers, usable: readonly TextMatcher<CauseId>[], path = CLASSIFIER_CACHE): void {
  const words: number[] = [];
  const put = (values: ArrayLike<number>): [number, number] => {
    const at = words.length;
    for (let i = 0; i < values.length; i += 1) words.push(values[i] as number);
    return [at, values.length];
  };
  const putRagged = (lists: readonly Int32Array[]): [number, number, number, number] => {
    const offsets = [0];
    for (const list of lists) offsets.push((offsets[offsets.length - 1] as number) + list.length);
    const [oAt, n] = put(offsets);
    const valuesAt = words.length;
    for (const list of lists) put(list);
    return [oAt, n - 1, valuesAt, words.length - valuesAt];
  };
  const header: Omit<Header, 'words'> = {
    key: classifierKey(usable),
    triggers,
    literals: cls.literals.literals,
    shift: cls.literals.shift,
    table: put(cls.literals.table),
    classes: put(cls.literals.classes),
    flat: Object.fromEntries(FLAT.map((name) => [name, put(cls[name])])) as Header['flat'],
    ragged: {
      outputs: putRagged(cls.literals.outputs),
      byState: putRagged(cls.byState),
      byLiteral: putRagged(cls.byLiteral),
      guardsAt: putRagged(cls.guardsAt),
    },
  };
  const json = Buffer.from(JSON.stringify({ ...header, words: words.length }));
  const headLen = Math.ceil((4 + json.length) / 4) * 4;
  const out = Buffer.alloc(headLen + words.length * 4);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(Int32Array.from(words).buffer).copy(out, headLen);
  writeFileSync(path, out);
}

/** The cache file and its header, when it was built for `usable` (from the same matchers and code) and is whole. */
function readCache(usable: readonly TextMatcher<CauseId>[], path: string): { file: Buffer; header: Header; headLen: number } | undefined {
  try {
    const file = readFileSync(path);
    const jsonLen = file.readUInt32LE(0);
    const header = JSON.parse(file.toString('utf8', 4, 4 + jsonLen)) as Header;
    if (header.key !== classifierKey(usable)) return undefined;
    const headLen = Math.ceil((4 + jsonLen) / 4) * 4;
    if (file.length !== headLen + header.words * 4) return undefined;
    return { file, header, headLen };
  } catch {
    return undefined;
  }
}

/** The triggers the cached classifier was built from, when the cache fits `usable` (see readClassifierCache). */
export function readCachedTriggers(usable: readonly TextMatcher<CauseId>[], path = CLASSIFIER_CACHE): Triggers | undefined {
  return readCache(usable, path)?.header.triggers;
}

/**
 * The classifier cached at `path` for `usable` (the usable matchers, in order), or undefined when there is none, it
 * is damaged, or it was built from other matchers or other code. `sizeLists` readies the per-line candidate lists.
 */
export function readClassifierCache(
  usable: TextMatcher<CauseId>[],
  sizeLists: (matchers: number, literals: number) => void,
  path = CLASSIFIER_CACHE,
): Classifier | undefined {
  const cache = readCache(usable, path);
  if (!cache) return undefined;
  const { file, header, headLen } = cache;
  try {
    const words = file.byteOffset + headLen;
    // The tables are read, never written: they view the file's bytes (copied once only when those are not 4-aligned).
    const data = words % 4 === 0 ? new Int32Array(file.buffer, words, header.words) : new Int32Array(file.buffer.slice(words, words + header.words * 4));
    const i32 = ([at, n]: [number, number]): Int32Array => data.subarray(at, at + n);
    const u8 = (range: [number, number]): Uint8Array => Uint8Array.from(i32(range));
    const none = new Int32Array(0);
    const ragged = ([oAt, n, valuesAt]: [number, number, number, number]): Int32Array[] => {
      const lists: Int32Array[] = [];
      for (let k = 0; k < n; k += 1) {
        const from = data[oAt + k] as number;
        const to = data[oAt + k + 1] as number;
        lists.push(from === to ? none : data.subarray(valuesAt + from, valuesAt + to));
      }
      return lists;
    };
    const flat = header.flat;
    sizeLists(usable.length, header.literals.length);
    return {
      matchers: usable,
      literals: {
        table: i32(header.table),
        classes: u8(header.classes),
        shift: header.shift,
        outputs: ragged(header.ragged.outputs),
        literals: header.literals,
      },
      byState: ragged(header.ragged.byState),
      byLiteral: ragged(header.ragged.byLiteral),
      guardsAt: ragged(header.ragged.guardsAt),
      always: i32(flat.always),
      addressId: -1,
      extract: u8(flat.extract),
      specificity: Float64Array.from(usable.map((m) => m.specificity)),
      implied: u8(flat.implied),
      topOfState: i32(flat.topOfState),
      proofOfState: i32(flat.proofOfState),
      guardOf: i32(flat.guardOf),
      vetoed: u8(flat.vetoed),
      vetoAt: u8(flat.vetoAt),
      addressAt: u8(flat.addressAt),
    };
  } catch {
    return undefined;
  }
}
