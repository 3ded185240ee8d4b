import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/core/redact.js';
import { Secret } from '../../src/core/secret.js';
import { Transcript } from '../../src/core/transcript.js';

describe('Secret', () => {
  it('prints *** everywhere but reveal()', () => {
    const s = new Secret('hunter2-pa55');
    expect(String(s)).toBe('***');
    expect(`${s}`).toBe('***');
    expect(JSON.stringify({ password: s })).toBe('{"password":"***"}');
    expect(inspect({ s })).not.toContain('hunter2');
    expect(s.reveal()).toBe('hunter2-pa55');
  });

  it('registers the value and its base64 form for redaction', () => {
    const s = new Secret('correct horse battery');
    expect(redact('pass=correct horse battery!')).not.toContain('correct horse');
    const b64 = Buffer.from('correct horse battery').toString('base64');
    expect(redact(`token ${b64}`)).not.toContain(b64);
    const payload = s.derive((v) => Buffer.from(`\0alice\0${v}`).toString('base64'));
    expect(redact(`AUTH PLAIN ${payload.reveal()}`)).toBe('AUTH PLAIN ***');
  });
});

describe('redact', () => {
  it('hides secret-shaped text even when it was never registered', () => {
    expect(redact('Authorization: Bearer abc.def.ghi')).toBe('Authorization: Bearer ***');
    expect(redact('client_secret=Zx8Q~abc&grant_type=refresh_token')).toBe('client_secret=***&grant_type=refresh_token');
    expect(redact('{"access_token":"ya29.a0Af"}')).toBe('{"access_token":"***"}');
    expect(redact('a1 LOGIN alice "p4ss word"')).toBe('a1 LOGIN alice ***');
    expect(redact('PASS mypop3pass')).toBe('PASS ***');
    expect(redact('token eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sifQ.sig')).toBe('token ***');
  });

  it('keeps JSON that carries a secret-shaped value valid (an escaped quote ends the value)', () => {
    const rendered = JSON.stringify({ text: 'refresh failed access_token=ya29.a0Af"} password=ab\\cd next' });
    const text = (JSON.parse(redact(rendered)) as { text: string }).text;
    expect(text).toMatch(/^refresh failed access_token=\*\*\*"\} password=\*\*\*/);
    expect(text).not.toMatch(/ya29|ab/);
  });

  it('leaves ordinary diagnostics alone', () => {
    const text = '535 5.7.8 Error: authentication failed: Invalid username or password';
    expect(redact(text)).toBe(text);
  });
});

describe('Transcript', () => {
  it('keeps the command word and hides credential lines', () => {
    const t = new Transcript();
    t.add('>', 'AUTH PLAIN AGFsaWNlAHMzY3JldA==', { secret: true });
    t.add('>', 'YWxpY2U=', { secret: true });
    t.add('<', '235 2.7.0 Authentication successful');
    expect(t.lines.map((l) => l.text)).toEqual(['AUTH PLAIN ***', '***', '235 2.7.0 Authentication successful']);
  });
});

describe('redact leaves report furniture alone', () => {
  it('does not mistake table cells and prose for credentials', () => {
    const row = '│ ✔ PASS  │ port       │ 127.0.0.1:25 │';
    expect(redact(row)).toBe(row);
    const prose = 'Plaintext LOGIN disabled by the server: use STARTTLS';
    expect(redact(prose)).toBe(prose);
    expect(redact('> PASS pop-secret')).toBe('> PASS ***');
    expect(redact('C: PASS pop-secret')).toBe('C: PASS ***');
    expect(redact('A001 LOGIN bob "s e c"')).toBe('A001 LOGIN bob ***');
  });
});
