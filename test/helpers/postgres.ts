// A throwaway PostgreSQL for live tests: initdb as `postgres` in a temp dir, a free loopback port, always stopped.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The bin directory of the newest installed PostgreSQL (Debian layout), or undefined. */
export function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** A running test server. TCP needs a password (scram-sha-256); the private socket trusts, for setup. */
export interface PgServer {
  host: '127.0.0.1';
  port: number;
  socketDir: string;
  dir: string;
  database: string;
  /** Runs SQL as the superuser through the socket; returns psql's output (unaligned, tuples only, unless `extra` options say otherwise). */
  psql(sql: string, database?: string, extra?: string[]): Promise<string>;
  /** A password-less URL for TCP: postgres://USER@127.0.0.1:PORT/DB. */
  url(user?: string, database?: string): string;
  /** Creates a login role with a password. */
  createRole(name: string, password: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program as the postgres user (via runuser when we are root). */
function asPostgres(program: string, args: string[]): Promise<{ stdout: string }> {
  return asRoot ? run('runuser', ['-u', 'postgres', '--', program, ...args], { timeout: 60_000 }) : run(program, args, { timeout: 60_000 });
}

function killPostmaster(data: string): void {
  try {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // no pid file: the server is not running
  }
}

/** Starts a private server with database `database`; stop() must be called (afterAll), and runs on exit too. */
export async function startPostgres(database = 'maildoctor'): Promise<PgServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin)');
  const dir = await mkdtemp(join(tmpdir(), 'maildoctor-pg-'));
  const data = join(dir, 'data');
  const socketDir = join(dir, 'sock');
  execFileSync('mkdir', ['-p', socketDir]);
  writeFileSync(join(dir, 'superuser.pw'), `su-${Math.random().toString(36).slice(2)}\n`);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const onExit = () => killPostmaster(data);
  process.once('exit', onExit);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => killPostmaster(data));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await asPostgres(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      `--pwfile=${join(dir, 'superuser.pw')}`,
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    let port = 0;
    for (let attempt = 0; ; attempt += 1) {
      port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', options, 'start']);
        break;
      } catch (err) {
        if (attempt >= 2) throw err;
      }
    }
    const psql = async (sql: string, db = database, extra: string[] = []) =>
      (
        await run(
          join(bin, 'psql'),
          ['-X', '-q', '-A', '-t', ...extra, '-v', 'ON_ERROR_STOP=1', '-h', socketDir, '-p', String(port), '-U', 'postgres', '-d', db, '-c', sql],
          { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 },
        )
      ).stdout;
    await psql(`create database ${database}`, 'postgres');
    return {
      host: '127.0.0.1',
      port,
      socketDir,
      dir,
      database,
      psql,
      url: (user = 'postgres', db = database) => `postgres://${user}@127.0.0.1:${port}/${db}`,
      createRole: async (name, password) => void (await psql(`create role ${name} login password '${password.replace(/'/g, "''")}'`)),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
