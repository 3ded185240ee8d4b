// The report schema keeps its promise: fields may be added within a version, so a report with extra fields still validates.
import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import { renderReport } from '../../src/render/index.js';
import { publishedSchema, publishedSchemaErrors, schemaErrors } from '../helpers/schema.js';

const report = JSON.parse(
  renderReport(
    buildReport({
      command: 'port x:25',
      startedAt: new Date(),
      failOn: 'fail',
      results: [
        {
          id: 'port',
          key: 'port x:25',
          title: 'Port',
          target: 'x:25',
          status: 'fail',
          durationMs: 3,
          summary: 'refused',
          evidence: {},
          findings: [resolveFinding({ cause: 'tcp.refused', detail: 'refused' })],
          transcript: [{ dir: '*', text: 'connect', at: 0 }],
          error: { name: 'Error', message: 'm' },
        },
      ],
    }),
    'json',
    { color: false, verbose: true, quiet: false },
  ),
);

/** The same report as a later 1.x maildoctor might write it: a new field on every object. */
function withAddedFields(r: any): any {
  const copy = structuredClone(r);
  copy.addedLater = true;
  copy.tool.build = 'abc';
  copy.host.arch = 'x64';
  copy.totals.unknown = 0;
  const res = copy.results[0];
  res.attempts = 2;
  res.error.code = 'E1';
  res.transcript[0].bytes = 7;
  res.findings[0].confidence = 0.9;
  res.findings[0].fixes[0].url = 'https://example.invalid/fix';
  return copy;
}

describe('report schema compatibility', () => {
  it('the published schema closes no object', () => {
    expect(JSON.stringify(publishedSchema)).not.toContain('additionalProperties');
  });

  it('a report with a field added on every object still validates against the published schema', () => {
    expect(publishedSchemaErrors(report)).toEqual([]);
    expect(publishedSchemaErrors(withAddedFields(report))).toEqual([]);
  });

  it('the tests’ closed copy still catches a field the schema does not document', () => {
    expect(schemaErrors(report)).toEqual([]);
    expect(schemaErrors(withAddedFields(report)).length).toBeGreaterThanOrEqual(9);
  });

  it('required fields and known values are still enforced', () => {
    const broken = structuredClone(report);
    delete broken.results[0].status;
    broken.failOn = 'sometimes';
    expect(publishedSchemaErrors(broken).join('\n')).toMatch(/status[\s\S]*failOn|failOn[\s\S]*status/);
  });
});
