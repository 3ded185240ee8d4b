// Every network command's JSON report validates against the published schema, in every format without a crash or a leak.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../helpers/certs.js';
import { runCli, runJson } from '../helpers/cli.js';
import { listen, type TestServer } from '../helpers/net-servers.js';
import { schemaErrors } from '../helpers/schema.js';
import { starttlsServer } from '../helpers/tls-servers.js';

describe('network reports', () => {
  let smtp: TestServer;
  let open: TestServer;
  beforeAll(async () => {
    smtp = await starttlsServer('smtp');
    open = await listen(createServer((s) => s.end()));
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), open.close()]);
  });

  const commands = () => [
    ['tls', `localhost:${smtp.port}`, '--starttls', 'smtp', '--ca', testCerts().caPath, '-v'],
    ['port', `127.0.0.1:${open.port}`],
    ['dns', 'localhost', '--server', `127.0.0.1:${open.port}`, '--timeout', '300'],
    ['triage', 'localhost', '--literal', `127.0.0.1:${open.port}`],
    ['http', `http://127.0.0.1:${open.port}/`, '--timeout', '500'],
    ['ca-store', '--bundle', testCerts().caPath],
  ];

  it('validate against the report schema', async () => {
    for (const args of commands()) {
      const { report } = await runJson(args);
      expect(schemaErrors(report), args.join(' ')).toEqual([]);
      expect(report.results.length, args.join(' ')).toBeGreaterThan(0);
    }
  });
  it.each(['text', 'markdown', 'junit', 'nagios', 'html'])('render as %s without errors', async (format) => {
    for (const args of commands()) {
      const r = await runCli([...args, '--format', format]);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.stdout.length, args.join(' ')).toBeGreaterThan(0);
    }
  });
});
