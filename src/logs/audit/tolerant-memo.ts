// Remembers the tolerant reading of audit messages that differ only in their digits (a request id in a message
// written differently from its documented row), where the digits provably cannot change that reading.
//
// The tolerant layer compares a message's words with each template's words by sameWord. With digit-free template
// words, a word's digits only ever fail to match, whichever digits they are, and every step that makes the words
// (case, spelling variants, fillers, plural endings) treats all digits alike. So two messages equal once every
// digit is made a 0 give the same row, unless a row with a detail test (which may look at digits, such as SMTP codes)
// could align: it is left out when some template word of every such row matches no word of the message.
import { AUDIT_MESSAGES } from '../../knowledge/audit-messages.js';
import { SLOT, auditTokens, sameWord } from '../../knowledge/identify/audit-tokens.js';

const DIGIT = /\d/;
const EACH_DIGIT = /\d/g;
/** Most message shapes remembered. */
const LIMIT = 10_000;

const TEMPLATE_WORDS = AUDIT_MESSAGES.map((row) => ({ row, words: auditTokens(row.template, true).filter((w) => w !== SLOT) }));
/** Digits in a template's own words would let a message's digits matter. */
const DIGIT_FREE = TEMPLATE_WORDS.every(({ words }) => words.every((w) => !DIGIT.test(w)));
const DETAIL_ROWS = TEMPLATE_WORDS.filter(({ row }) => row.detailTest).map(({ words }) => words);

/** A reading of messages by `read`, remembered per message with its digits made 0 where that is exact. */
export class TolerantMemo<R> {
  private readonly memo = new Map<string, R>();

  constructor(private readonly read: (message: string) => R) {}

  /** The reading of `message`. */
  get(message: string): R {
    if (!DIGIT_FREE || !DIGIT.test(message)) return this.read(message);
    const key = message.replace(EACH_DIGIT, '0');
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const result = this.read(message);
    if (this.memo.size < LIMIT && noDetailRowAligns(auditTokens(message))) this.memo.set(key, result);
    return result;
  }
}

/** True when every row with a detail test has a template word that matches none of the message's words. */
function noDetailRowAligns(words: readonly string[]): boolean {
  return DETAIL_ROWS.every((tokens) => tokens.some((t) => !words.some((w) => sameWord(t, w))));
}
