// resolv.conf and nameserver parsing: options, search, comments, ports, and bad input.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNameServer } from '../../../src/checks/network/name-server.js';
import { candidateNames, parseResolvConf, readResolvConf, resolvConfPath } from '../../../src/checks/network/resolv-conf.js';
import { writeResolvConf } from '../../helpers/dnsmasq.js';

describe('parseResolvConf', () => {
  it('reads nameservers, search and options with the resolver defaults', () => {
    const c = parseResolvConf(
      '# comment\nnameserver 10.0.0.2\nnameserver 127.0.0.1#5353 ; trailing\nsearch corp.local example.test\noptions timeout:1 attempts:3 ndots:2 rotate\n',
    );
    expect(c.nameservers).toEqual(['10.0.0.2', '127.0.0.1#5353']);
    expect(c.search).toEqual(['corp.local', 'example.test']);
    expect([c.timeout, c.attempts, c.ndots]).toEqual([1, 3, 2]);
    expect(parseResolvConf('')).toMatchObject({ nameservers: [], timeout: 5, attempts: 2, ndots: 1 });
  });
  it('keeps at most three nameservers, clamps options and ignores junk', () => {
    const c = parseResolvConf(
      'nameserver 1.1.1.1\nnameserver 8.8.8.8\nnameserver 9.9.9.9\nnameserver 4.4.4.4\nnameserver not-an-ip\noptions timeout:99 attempts:0\nbogus line\n',
    );
    expect(c.nameservers).toHaveLength(3);
    expect([c.timeout, c.attempts]).toEqual([30, 1]);
    expect(c.ignored).toEqual(['nameserver not-an-ip', 'bogus line']);
  });
  it('survives a huge line', () => {
    expect(parseResolvConf(`search ${'a'.repeat(200_000)}\nnameserver 10.0.0.1\n`).nameservers).toEqual(['10.0.0.1']);
  });
  it('applies the search list by ndots', () => {
    expect(candidateNames('mx', { search: ['example.test'], ndots: 1 })).toEqual(['mx.example.test', 'mx']);
    expect(candidateNames('mx.example.test', { search: ['corp'], ndots: 1 })).toEqual(['mx.example.test', 'mx.example.test.corp']);
    expect(candidateNames('abs.example.', { search: ['corp'], ndots: 1 })).toEqual(['abs.example']);
  });
  it('reading: binary and missing files are clear errors; a missing system file means no nameserver', async () => {
    const path = writeResolvConf('');
    writeFileSync(path, Buffer.from([0, 1, 2, 3, 0, 255]));
    await expect(readResolvConf(path, true)).rejects.toThrow(/binary/);
    await expect(readResolvConf('/nonexistent/resolv.conf', true)).rejects.toThrow(/no such file/);
    await expect(readResolvConf('/nonexistent/resolv.conf', false)).resolves.toMatchObject({ nameservers: [] });
    const latin1 = writeResolvConf('');
    writeFileSync(latin1, Buffer.from('# caf\xe9\nnameserver 10.9.8.7\n', 'latin1'));
    await expect(readResolvConf(latin1, true)).resolves.toMatchObject({ nameservers: ['10.9.8.7'] });
  });
  it('the option beats the environment, which beats the system file', () => {
    expect(resolvConfPath('/a', { MAILDOCTOR_RESOLV_CONF: '/b' })).toEqual({ path: '/a', explicit: true });
    expect(resolvConfPath(undefined, { MAILDOCTOR_RESOLV_CONF: '/b' })).toEqual({ path: '/b', explicit: true });
    expect(resolvConfPath(undefined, {})).toEqual({ path: '/etc/resolv.conf', explicit: false });
  });
});

describe('parseNameServer', () => {
  it.each([
    ['8.8.8.8', { host: '8.8.8.8', port: 53 }],
    ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353 }],
    ['127.0.0.1#5353', { host: '127.0.0.1', port: 5353 }],
    ['[::1]:5353', { host: '::1', port: 5353 }],
    ['::1', { host: '::1', port: 53 }],
    ['[2001:db8::1]', { host: '2001:db8::1', port: 53 }],
  ])('%s', (text, expected) => expect(parseNameServer(text, 'test')).toEqual(expected));
  it.each(['dns.google', '', '1.2.3.4:0', '1.2.3.4:70000', '[dns]:53', '1.2.3.4:x'])('rejects %j', (text) => {
    expect(() => parseNameServer(text, 'test')).toThrow();
  });
});
