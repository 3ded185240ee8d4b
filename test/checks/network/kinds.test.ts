// The network check kinds as `run` builds them from config entries, including the guide's default targets.
import { describe, expect, it } from 'vitest';
import { GUIDE_HOST_TARGETS, guideNetworkEntries } from '../../../src/checks/network/host-defaults.js';
import { resolveStarttls } from '../../../src/checks/network/tls.js';
import { testCerts } from '../../helpers/certs.js';
import { configBuildContext, fromConfig } from '../../helpers/contexts.js';

const build = (entry: Record<string, unknown>) => fromConfig(entry, configBuildContext({ PATH: process.env.PATH }));

describe('network check kinds', () => {
  it('the guide defaults build checks for every host, port, URL and TLS endpoint the guide names', async () => {
    const checks = (await Promise.all(guideNetworkEntries().map(build))).flat();
    const targets = checks.map((c) => `${c.id} ${c.target}`);
    for (const p of GUIDE_HOST_TARGETS.ports) expect(targets).toContain(`port ${p}`);
    for (const u of GUIDE_HOST_TARGETS.http) expect(targets).toContain(`http ${new URL(u).href}`);
    for (const h of GUIDE_HOST_TARGETS.dns) expect(targets).toContain(`dns ${h}`);
    expect(targets).toContain('tls smtp.office365.com:587');
    expect(targets.filter((t) => t.startsWith('triage '))).toHaveLength(1);
    expect(targets).toContain('http https://email-app.serviceops.ai/');
    expect(checks.find((c) => c.target === 'smtp.office365.com:587' && c.id === 'tls')?.title).toBe('TLS via STARTTLS (smtp)');
  });
  it('route, ca-store and dns options build from config', async () => {
    expect((await build({ type: 'route', hosts: ['a.example', 'b.example'], port: 993, publicIp: true })).map((c) => c.target)).toEqual([
      'a.example',
      'b.example',
    ]);
    expect((await build({ type: 'ca-store', target: 'imap.gmail.com:993', bundle: testCerts().caPath }))[0]?.target).toBe('imap.gmail.com:993');
    expect((await build({ type: 'dns', hosts: ['example.com'], types: ['a', 'MX'], servers: ['127.0.0.1:5353'] })).map((c) => c.target)).toEqual([
      'example.com',
      'example.com MX',
    ]);
    expect((await build({ type: 'port', targets: ['mx.example'], mailPorts: true })).length).toBe(8);
  });
  it('bad config values are usage errors naming the key', async () => {
    await expect(build({ type: 'dns', hosts: ['example.com'], types: ['SRV'] })).rejects.toThrow(/types: "SRV"/);
    await expect(build({ type: 'tls', targets: ['x:1'], starttls: 'ftp' })).rejects.toThrow(/starttls/);
    await expect(build({ type: 'http', urls: ['ftp://x'] })).rejects.toThrow(/only http/);
    await expect(build({ type: 'triage', literals: ['dns.google:53'] })).rejects.toThrow(/IP address/);
    await expect(build({ type: 'tls', targets: ['x:1'], ca: '/nonexistent.pem' })).rejects.toThrow(/no such file/);
  });
  it('--starttls auto picks the protocol by port', () => {
    expect([25, 587, 143, 110, 465, 993, 995, 8443].map((p) => resolveStarttls('auto', p) ?? 'tls')).toEqual([
      'smtp',
      'smtp',
      'imap',
      'pop3',
      'tls',
      'tls',
      'tls',
      'tls',
    ]);
    expect(resolveStarttls('none', 587)).toBeUndefined();
    expect(resolveStarttls('imap', 993)).toBe('imap');
  });
});
