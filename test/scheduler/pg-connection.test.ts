import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { dbErrorCause } from '../../src/scheduler/pg-errors.js';
import { pgSsl, pgTarget } from '../../src/scheduler/pg-target.js';
import { matchPgpass, splitPgpassLine } from '../../src/scheduler/pgpass.js';

describe('pgTarget', () => {
  it('reads a URL, with PG* variables filling the gaps', () => {
    expect(pgTarget('postgres://flotomate@db1:6432/flotomate?sslmode=require', {})).toMatchObject({
      host: 'db1',
      port: 6432,
      user: 'flotomate',
      database: 'flotomate',
      sslmode: 'require',
      label: 'flotomate@db1:6432/flotomate',
    });
    expect(pgTarget(undefined, { PGHOST: '10.0.0.5', PGPORT: '5433', PGUSER: 'u', PGDATABASE: 'd' })).toMatchObject({
      host: '10.0.0.5',
      port: 5433,
      user: 'u',
      database: 'd',
      sslmode: 'prefer',
    });
    expect(pgTarget('postgresql:///flotomate?host=/var/run/postgresql', { USER: 'root' })).toMatchObject({
      host: '/var/run/postgresql',
      user: 'root',
      database: 'flotomate',
    });
    expect(pgTarget('postgres://u@[::1]/d', {}).label).toBe('u@[::1]:5432/d');
  });

  it('refuses a password in the URL without echoing it', () => {
    expect(() => pgTarget('postgres://u:hunter22@h/d', {})).toThrow(UsageError);
    try {
      pgTarget('postgres://u:hunter22@h/d', {});
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter22');
      expect((err as Error).message).toContain('--password-env');
    }
    expect(() => pgTarget('postgres://u@h/d?password=hunter22', {})).toThrow(/do not put the password in the URL/);
  });

  it('refuses other schemes, bad ports and bad sslmodes', () => {
    expect(() => pgTarget('mysql://u@h/d', {})).toThrow(/postgres:\/\//);
    expect(() => pgTarget(undefined, { PGPORT: 'abc', PGHOST: 'h' })).toThrow(/not a port/);
    expect(() => pgTarget('postgres://u@h/d?sslmode=maybe', {})).toThrow(/sslmode/);
    expect(() => pgTarget('not a url', {})).toThrow(/not a URL/);
  });

  it('maps sslmode to node-postgres options', () => {
    expect(pgSsl('prefer')).toBe(false);
    expect(pgSsl('require')).toEqual({ rejectUnauthorized: false });
    expect(pgSsl('verify-full')).toEqual({ rejectUnauthorized: true });
  });
});

describe('.pgpass', () => {
  it('splits escaped colons and backslashes', () => {
    expect(splitPgpassLine('h:5432:d:u:pa\\:ss\\\\x')).toEqual(['h', '5432', 'd', 'u', 'pa:ss\\x']);
  });

  it('takes the first matching line, with wildcards, and matches sockets as localhost', () => {
    const text = '# comment\nother:*:*:*:no\n*:5432:flotomate:flotomate:first\n*:*:*:*:fallback\n';
    expect(matchPgpass(text, { host: 'db1', port: 5432, database: 'flotomate', user: 'flotomate' })).toBe('first');
    expect(matchPgpass(text, { host: 'db1', port: 5433, database: 'flotomate', user: 'flotomate' })).toBe('fallback');
    expect(matchPgpass('localhost:5432:*:u:sock', { host: '/var/run/postgresql', port: 5432, database: 'x', user: 'u' })).toBe('sock');
    expect(matchPgpass('h:1:d:u', { host: 'h', port: 1, database: 'd', user: 'u' })).toBeUndefined();
  });
});

describe('database error causes', () => {
  it('maps SQLSTATE codes and socket errors', () => {
    expect(dbErrorCause({ code: '28P01', message: 'password authentication failed for user "x"' })).toBe('quartz.db.auth-failed');
    expect(dbErrorCause({ code: '28000', message: 'no pg_hba.conf entry for host "10.0.0.7", user "u", database "d", no encryption' })).toBe(
      'quartz.db.not-allowed',
    );
    expect(dbErrorCause({ code: '28000', message: 'role "u" is not permitted to log in' })).toBe('quartz.db.auth-failed');
    expect(dbErrorCause({ code: '3F000' })).toBe('quartz.db.schema-missing');
    expect(dbErrorCause({ code: '42P01' })).toBe('quartz.db.table-missing');
    expect(dbErrorCause({ code: '42501' })).toBe('quartz.db.permission-denied');
    expect(dbErrorCause({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' })).toBe('quartz.db.unreachable');
    expect(dbErrorCause(new Error('Connection terminated due to connection timeout'))).toBe('quartz.db.timeout');
    expect(dbErrorCause(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'))).toBe('quartz.db.password-missing');
    expect(dbErrorCause({ code: 'XX000', message: 'internal' })).toBe('quartz.db.error');
  });
});
