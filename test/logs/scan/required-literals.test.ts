// The scanner derives each matcher's literals and proof texts from its regex: necessary literals, sound proofs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { events } from '../../../bench/logs/events.js';
import { severityOf } from '../../../src/core/finding.js';
import { usableMatchers } from '../../../src/logs/scan/classifier.js';
import { proofTexts, requiredLiterals, sampleFrequency } from '../../../src/logs/scan/required-literals.js';

/** A line as the automaton reads it: ASCII lower case, a run of whitespace (or no-break spaces) as one space. */
function folded(line: string): string {
  return line.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\t\n\v\f\r \u00a0]+/g, ' ');
}

describe('required literals', () => {
  it('are read from the regex: alternatives, optional parts, small classes and repeats', () => {
    expect(requiredLiterals(/\bRECEIVED[_ ]IGNORED\b/i)).toEqual(['received ignored', 'received_ignored']);
    expect(requiredLiterals(/\be-?mail\s+(?:fetch|poll)(?:ing)?\b/i)).toEqual(['e-mail fetch', 'e-mail poll', 'email fetch', 'email poll']);
    expect(requiredLiterals(/(?:connect|read)\s+timed\s+out|Connection refused/i)).toEqual(['connect timed out', 'connection refused', 'read timed out']);
    expect(requiredLiterals(/AADSTS(?<code>\d{5,7}):\s+.+/)).toEqual(['aadsts']);
    expect(requiredLiterals(/.+/)).toEqual([]);
    expect(requiredLiterals(/\d+ messages?|\w+ failed/)).toEqual(['failed', 'message']);
    expect(requiredLiterals(/\d+|\w+/)).toEqual([]);
    expect(requiredLiterals(/caf\u00e9|Zo\u00eb/i)).toEqual(['caf', 'zo']);
  });

  it('prefer texts the routine examples do not hold, then longer ones', () => {
    const frequency = sampleFrequency([{ text: 'Email job started for support@company.com', weight: 50 }]);
    expect(requiredLiterals(/\bemail\s*job\b.{0,60}\b(?:fired|failed)\b/i, frequency)).toEqual(['failed', 'fired']);
    expect(requiredLiterals(/\bemail\s*job\b.{0,60}\b(?:fired|failed)\b/i)).toEqual(['email job', 'emailjob']);
  });

  it("are necessary: every line a matcher's regex matches holds one of them, on examples, fixtures and generated logs", () => {
    const usable = usableMatchers();
    const frequency = sampleFrequency(usable.map((m) => ({ text: m.example, weight: severityOf(m) === 'info' ? 50 : 1 })));
    const lines = new Set(usable.map((m) => m.example));
    for (const f of ['email.log', 'error.log', 'service.log'])
      for (const l of readFileSync(`fixtures/logs/tenant/apolo/logs/${f}`, 'utf8').split('\n')) lines.add(l);
    for (const kind of ['email', 'error', 'service'] as const) {
      let n = 0;
      for (const ev of events(kind, 3_000_000, 99)) {
        lines.add(ev.message);
        for (const l of ev.thrown ?? []) lines.add(l);
        if ((n += 1) > 20000) break;
      }
    }
    let checked = 0;
    for (const m of usable) {
      const literals = requiredLiterals(m.pattern, frequency);
      for (const line of lines) {
        if (!m.pattern.test(line)) continue;
        checked += 1;
        const text = folded(line);
        expect(literals.length === 0 || literals.some((l) => text.includes(l)), `${m.id} ${JSON.stringify(literals)} on ${line}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('proof texts', () => {
  it('prove their matcher: any case, any run of whitespace, between any other characters', () => {
    const proven = usableMatchers().filter((m) => !m.accept && proofTexts(m.pattern).length > 0);
    expect(proven.map((m) => m.id)).toContain('log.polling.fetch');
    const spaces = [' ', '\t', '  \t ', '\r ', '\u00a0'];
    const around = [
      ['', ''],
      ['xx', 'yy'],
      ['x_9', '9_x'],
      ['é', 'ü'],
      ['-', '.'],
    ];
    for (const m of proven) {
      for (const proof of proofTexts(m.pattern)) {
        expect(proof, m.id).toBe(proof.toLowerCase());
        for (const space of spaces) {
          for (const text of [proof, proof.toUpperCase(), proof.replace(/\b\w/g, (c) => c.toUpperCase())]) {
            for (const [before, after] of around) {
              const line = `${before}${text.replace(/ /g, space)}${after}`;
              expect(m.pattern.test(line), `${m.id}: ${JSON.stringify(line)}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('are only given where a text can prove the regex: case-insensitive, `\\s+` for whitespace, no other assertion', () => {
    expect(proofTexts(/\bfetch(?:ing)?\s+e-?mails?\b/i)).toContain(' fetching e-mails ');
    expect(proofTexts(/\bfetch(?:ing)?\s+e-?mails?\b/)).toEqual([]);
    expect(proofTexts(/RECEIVED[_ ]IGNORED/i)).toEqual([]);
    expect(proofTexts(/a\sb/i)).toEqual([]);
    expect(proofTexts(/^abc$/i)).toEqual([]);
    expect(proofTexts(/(?<!x)abc/i)).toEqual([]);
    expect(proofTexts(/abc\d+/i)).toEqual([]);
  });
});
