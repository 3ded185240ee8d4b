// The trigger phrase read from a regex must be necessary (every match contains it) and, when it says so, sufficient.
import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../../src/knowledge/index.js';
import { buildLiteralSet, findFirstLiteral } from '../../../src/logs/scan/literal-set.js';
import { guardPhrase, triggerPhrase } from '../../../src/logs/scan/trigger-phrase.js';

function collapsed(text: string): string {
  return text.toLowerCase().replace(/[ \t\r\f\v]+/g, ' ');
}

describe('trigger phrases', () => {
  it('takes the longest run of fixed text, with \\s+ read as a space', () => {
    expect(triggerPhrase(/Incoming\s+mail\s+received\s+successfully/iu)).toEqual({ text: 'incoming mail received successfully', implies: true });
    expect(triggerPhrase(/(?<!Service\s{1,3})Request\s+has\s+been\s+created\s+With\s+Id\s+=\s+(?<id>\w+)/iu)).toEqual({
      text: 'request has been created with id =',
      implies: false,
    });
    expect(triggerPhrase(/Outgoing\s+failed:\s+(?<detail>.+)/i)?.text).toBe('outgoing failed: ');
    expect(triggerPhrase(/Outgoing\s+failed:\s+(?<detail>\S+)/i)?.text).toBe('outgoing failed:');
  });

  it('gives nothing for a top-level alternative or a run shorter than four letters', () => {
    expect(triggerPhrase(/connection refused|timed out/i)).toBeUndefined();
    expect(triggerPhrase(/\b535\b/)).toBeUndefined();
  });

  it('never reads an escape argument or a quantified character as text', () => {
    expect(triggerPhrase(/Do\s+not(?:\u2014|-)\u2014Email\s+To\s+Request/iu)?.text).toBe('email to request');
    expect(triggerPhrase(/abcd\u2014efgh/iu)?.text).toBe('abcd');
    expect(triggerPhrase(/e-?mail\s+polling\s+job/i)?.text).toBe('mail polling job');
    expect(triggerPhrase(/couldn'?t\s+acquire\s+next\s+trigger/i)?.text).toBe('t acquire next trigger');
    expect(triggerPhrase(/fetching\s+emails?\s+now/i)?.text).toBe('fetching email');
  });

  it('claims to imply a match only for a whole, case-insensitive phrase joined by \\s+', () => {
    expect(triggerPhrase(/Email\s+Sent\s+Successfully/)?.implies).toBe(false);
    expect(triggerPhrase(/Email Sent Successfully/i)?.implies).toBe(false);
    expect(triggerPhrase(/\bEmail\s+Sent\s+Successfully/i)?.implies).toBe(false);
    expect(triggerPhrase(/Email\s+Sent\s+Successfully\s+/i)?.implies).toBe(false);
    expect(triggerPhrase(/Email\s+Sent\s+Successfully/i)?.implies).toBe(true);
  });

  it("reads a whole phrase before free text (a template's last placeholder) as proof for a line that ends in text", () => {
    const p = triggerPhrase(/Conversation\s+is\s+created\s+for\s+request:\s+(?<name>.+)/iu);
    expect(p).toEqual({ text: 'conversation is created for request: ', implies: false, impliesBeforeText: true });
    expect(triggerPhrase(/(?<!x)Conversation\s+is\s+(?<name>.+)/iu)?.impliesBeforeText).toBeUndefined();
    expect(triggerPhrase(/Conversation\s+is\s+created:\s+(?<name>\w+)/iu)?.impliesBeforeText).toBeUndefined();
  });

  it('reads a whole phrase before an id or a count as proof when a letter or digit follows it', () => {
    expect(triggerPhrase(/Request\s+has\s+been\s+created\s+With\s+Id\s+=\s+(?<id>[A-Za-z0-9][\w-]*)/iu)).toEqual({
      text: 'request has been created with id = ',
      implies: false,
      impliesBefore: 'abcdefghijklmnopqrstuvwxyz0123456789',
    });
    expect(triggerPhrase(/Retried\s+times:\s+(?<count>\d+)/iu)).toEqual({ text: 'retried times: ', implies: false, impliesBefore: '0123456789' });
    expect(triggerPhrase(/Request\s+created\s+With\s+Id\s+(?<id>[A-Za-z0-9][\w-]*)/u)?.impliesBefore).toBeUndefined();
    expect(triggerPhrase(/Request\s+created\s+(?:With\s+)?Id\s+(?<id>[A-Za-z0-9][\w-]*)/iu)?.impliesBefore).toBeUndefined();
    expect(triggerPhrase(/Request\s+created\s+With\s+Id\s+(?<id>[A-Za-z0-9][\w-]*)-x/iu)?.impliesBefore).toBeUndefined();
  });

  it('reads a leading lookbehind for a word and whitespace as a veto text, and gives no proof for other lookbehinds', () => {
    expect(triggerPhrase(/(?<!Service\s{1,3})Request\s+has\s+been\s+created\s+With\s+Id\s+=\s+(?<id>[A-Za-z0-9][\w-]*)/iu)?.unlessAfter).toBe(
      'service request has been created with id = ',
    );
    expect(triggerPhrase(/(?<!Old\s+)Conversation\s+is\s+created:\s+(?<name>.+)/iu)).toEqual({
      text: 'conversation is created: ',
      implies: false,
      impliesBeforeText: true,
      unlessAfter: 'old conversation is created: ',
    });
    expect(triggerPhrase(/(?<!Old\s*)Conversation\s+is\s+created:\s+(?<name>.+)/iu)?.impliesBeforeText).toBeUndefined();
    expect(triggerPhrase(/(?<!Old)\s*Conversation\s+is\s+created:\s+(?<name>.+)/iu)?.impliesBeforeText).toBeUndefined();
  });

  it('derives proofs that prove their knowledge-base matcher in any case and run of whitespace, unless the veto text occurs', () => {
    let derived = 0;
    for (const m of MATCHERS) {
      const p = triggerPhrase(m.pattern);
      if (!p?.impliesBefore) continue;
      derived += 1;
      for (const c of p.impliesBefore) {
        for (const space of [' ', '\t', ' \u00a0 ']) {
          const phrase = `${p.text}${c}`.replace(/ /g, space);
          for (const text of [phrase, phrase.toUpperCase()]) expect(m.pattern.test(`xx ${text}yy`), `${m.id}: ${text}`).toBe(true);
        }
      }
      if (p.unlessAfter) {
        const [word] = p.unlessAfter.split(' ');
        const veto = `${word}  ${p.text.trimEnd()} x1`;
        expect(m.pattern.test(veto), m.id).toBe(false);
        expect(collapsed(veto)).toContain(p.unlessAfter);
      }
    }
    expect(derived).toBeGreaterThanOrEqual(2);
  });

  it('finds a guard that every top-level alternative holds, and none when they share nothing', () => {
    expect(guardPhrase(/\be-?mail\w*\s*(?:polling|fetch)\b.{0,40}?\bfailed\b|\bunable\s+to\s+(?:fetch|poll)\s+e-?mails?\b/i)).toBe('mail');
    expect(guardPhrase(/connection refused|timed out/i)).toBeUndefined();
    expect(guardPhrase(/a(?:b|c)d|efgh/)).toBeUndefined();
    expect(guardPhrase(/[|]x\|y mail polling|(?:mail|x) mail polling/i)).toBe('mail polling');
  });

  it("is necessary for every knowledge-base matcher, as its guard is: its example's match contains them", () => {
    let phrases = 0;
    let guards = 0;
    for (const m of MATCHERS) {
      const match = m.pattern.exec(m.example);
      const guard = guardPhrase(m.pattern);
      if (guard) {
        guards += 1;
        expect(collapsed(match?.[0] ?? ''), m.id).toContain(guard);
      }
      const p = triggerPhrase(m.pattern);
      if (!p) continue;
      phrases += 1;
      expect(match, m.id).not.toBeNull();
      expect(collapsed(match?.[0] ?? ''), m.id).toContain(p.impliesBeforeText ? p.text.trimEnd() : p.text);
      if (p.implies) expect(m.pattern.test(`xx ${p.text.toUpperCase().replace(/ /g, ' \t ')} yy`), m.id).toBe(true);
      if (p.impliesBeforeText) {
        expect(m.pattern.test(`xx ${p.text.toUpperCase().replace(/ /g, ' \t ')}\u2028 y`), m.id).toBe(true);
        expect(m.pattern.test(`xx ${p.text}`), m.id).toBe(false);
      }
    }
    expect(phrases).toBeGreaterThan(100);
    expect(guards).toBeGreaterThan(phrases);
  });

  it('is found by the automaton across any run of whitespace and any case', () => {
    const set = buildLiteralSet(['mail received successfully']);
    const hit = (text: string): boolean => findFirstLiteral(set, Buffer.from(text), 0, Buffer.byteLength(text)) >= 0;
    expect(hit('Incoming Mail  Received\tSuccessfully')).toBe(true);
    expect(hit('incoming mail \t \r received successfully')).toBe(true);
    expect(hit('incoming mail\u00a0received successfully')).toBe(true);
    expect(hit('incoming mail receivedsuccessfully')).toBe(false);
    expect(hit('incoming mail re ceived successfully')).toBe(false);
  });
});
