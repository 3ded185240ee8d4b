// The knowledge base as a whole: every cause complete and reachable, every wording recognises its own example.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSES, MATCHERS } from '../../src/knowledge/index.js';
import { runMatcher } from '../../src/knowledge/match.js';
import { registryCauses } from './registry-causes.js';

/** The TypeScript sources under `dir`, leaving out the tables that define causes (`*-causes.ts`). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('-causes.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Last parts of dotted words that are host names or file names, not cause ids (mail.test, service.log). */
const NOT_CAUSES = /\.(com|test|example|google|invalid|local|log|crt|cnf|key|csv|tsv|json|txt|pem)$/;
/** Field names of ECS JSON log lines (the log scanner's tests write them), not cause ids. */
const ECS_FIELDS = new Set(['log.level', 'log.logger', 'log.origin']);

describe('knowledge base integrity', () => {
  it('every cause has a title, an explanation, at least one fix and a reference', () => {
    for (const [id, cause] of Object.entries(CAUSES)) {
      expect(cause.title.length, id).toBeGreaterThan(3);
      expect(cause.explanation.length, id).toBeGreaterThan(20);
      expect(cause.fixes.length, id).toBeGreaterThan(0);
      expect(cause.reference.length, id).toBeGreaterThan(3);
      expect(id, id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
    }
  });

  it('every cause can be reported: a check or a classifier names it, or a text matcher leads to it', () => {
    const code = sources('src').join('\n');
    const matched = new Set<string>([...MATCHERS.map((m) => m.cause), ...registryCauses()]);
    const orphans = Object.keys(CAUSES).filter((id) => !matched.has(id) && !code.includes(`'${id}'`));
    expect(orphans).toEqual([]);
  });

  it('every cause id a test names exists (typed tables fail tsc; this catches ids compared with report JSON)', () => {
    const areas = new Set(Object.keys(CAUSES).map((id) => id.split('.')[0]));
    const known = (id: string) =>
      Object.prototype.hasOwnProperty.call(CAUSES, id) ||
      MATCHERS.some((m) => m.id === id) ||
      Object.keys(CAUSES).some((c) => c.startsWith(`${id}-`) || c.startsWith(`${id}.`));
    const written = sources('test').flatMap((text) => [...text.matchAll(/['`"]([a-z0-9-]+(?:\.[a-z0-9-]+)+)['`"]/g)].map((m) => m[1]!));
    const unknown = written.filter((id) => areas.has(id.split('.')[0]!) && !NOT_CAUSES.test(id) && !ECS_FIELDS.has(id) && !known(id));
    expect(written.filter((id) => Object.prototype.hasOwnProperty.call(CAUSES, id)).length).toBeGreaterThan(500);
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('every matcher points at a known cause, has a unique id, and recognises its own example', () => {
    const ids = new Set<string>();
    const missed: string[] = [];
    for (const m of MATCHERS) {
      expect(Object.prototype.hasOwnProperty.call(CAUSES, m.cause), m.id).toBe(true);
      expect(ids.has(m.id), `duplicate matcher id ${m.id}`).toBe(false);
      ids.add(m.id);
      if (!runMatcher(m, m.example)) missed.push(m.id);
    }
    expect(missed).toEqual([]);
  });
});
