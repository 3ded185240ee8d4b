// schema/config.schema.json is generated from the option schemas (npm run schema), and it agrees with the validator
// that `maildoctor run` uses on real and broken configs.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { INIT_PRESETS, initTemplate } from '../../src/config/init-template.js';
import { parseConfigText } from '../../src/config/load.js';
import { validateEntry } from '../../src/config/build-entry.js';
import { validateFields } from '../../src/config/fields.js';
import { RUN_CONFIG_FIELDS } from '../../src/config/run-fields.js';

const FILE = 'schema/config.schema.json';
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(FILE, 'utf8')) as object);

/** True when the validator `maildoctor run` uses accepts the document's keys and values. */
async function runAccepts(text: string): Promise<boolean> {
  const loaded = await parseConfigText(text, 'x.yaml');
  try {
    const top = validateFields(loaded.data, RUN_CONFIG_FIELDS, [], loaded);
    for (const [i, entry] of ((top.checks as unknown[] | undefined) ?? []).entries()) validateEntry(entry, { ...loaded, path: ['checks', i] });
    return true;
  } catch {
    return false;
  }
}

describe('the config JSON Schema', () => {
  it('is up to date with the option schemas (run npm run schema after changing an option)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(configJsonSchema());
  });

  it('accepts the shipped example, the init templates and the valid fixture', () => {
    const texts = [
      readFileSync('examples/maildoctor.yaml', 'utf8'),
      readFileSync('fixtures/config/valid.yaml', 'utf8'),
      ...INIT_PRESETS.map((p) => initTemplate(p)),
    ];
    for (const text of texts) expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the validator refuses: an unknown key, a wrong type, an unknown check type', () => {
    for (const name of ['unknown-key.yaml', 'wrong-type.yaml', 'unknown-type.json'])
      expect(validate(parse(readFileSync(`fixtures/config/${name}`, 'utf8'))), name).toBe(false);
  });

  it('agrees with the validator, entry by entry, including old key spellings and durations', async () => {
    const docs = [
      'checks:\n  - { type: audit, file: export.csv }',
      'checks:\n  - { type: audit, files: [a.csv, b.csv], since: 2h }',
      'checks:\n  - { type: audit }',
      'logs: { dirs: [/var/log/helpdesk], since: 2h }',
      'logs: { paths: [/var/log/helpdesk], tenant: apolo }',
      'checks:\n  - { type: logs, bucket: 15m, staleAfter: 1h30m }',
      'checks:\n  - { type: logs, bucket: soon }',
      'checks:\n  - { type: threaddump, collect: true, count: 3, interval: 10s }',
      'checks:\n  - { type: threaddump, count: 0 }',
      'checks:\n  - { type: tls, targets: [a:1], starttls: ftp }',
      'checks:\n  - { type: logs, workers: 2 }',
      'outgoing:\n  - { name: a, host: h, port: 70000 }',
      'incoming:\n  - { name: a, protocol: imap, host: h, passwordEnv: P, user: u }',
      'oauth:\n  - { name: m365, provider: microsoft, tenant: t, clientId: c, clientSecretEnv: S }',
      'oauth:\n  - { name: m365, tenant: t }',
    ];
    for (const doc of docs) expect(validate(parse(doc)), doc).toBe(await runAccepts(doc));
  });
});
