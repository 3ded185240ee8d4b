import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/knowledge/match.js';
import { SCHEDULER_MATCHERS } from '../../src/knowledge/scheduler-matchers.js';
import type { CauseId } from '../../src/knowledge/index.js';

const cases: Array<[string, CauseId]> = [
  [
    "2026-11-21 14:05:09,123 ERROR [QuartzScheduler_flotomate-NON_CLUSTERED_MisfireHandler] org.quartz.impl.jdbcjobstore.JobStoreTX - MisfireHandler: Error handling misfires: Couldn't acquire next trigger: Connection refused",
    'quartz.log.job-store-failure',
  ],
  [
    "org.quartz.JobPersistenceException: Couldn't retrieve trigger: This connection has been closed. [See nested exception: org.postgresql.util.PSQLException: This connection has been closed.]",
    'quartz.log.job-store-failure',
  ],
  ['org.quartz.SchedulerException: Job threw an unhandled exception. [See nested exception: java.lang.NullPointerException]', 'quartz.log.scheduler-exception'],
  [
    'INFO  [QuartzScheduler_flotomate-node1_MisfireHandler] o.q.impl.jdbcjobstore.JobStoreTX - Handling 4 trigger(s) that missed their scheduled fire-time.',
    'quartz.log.misfire',
  ],
  [
    'INFO  [QuartzScheduler_flotomate-node1_ClusterManager] o.q.impl.jdbcjobstore.JobStoreTX - ClusterManager: detected 1 failed or restarted instances.',
    'quartz.log.cluster-recovery',
  ],
  [
    'INFO  o.q.impl.jdbcjobstore.JobStoreTX - ClusterManager: Scanning for instance "node2-1763700000000"\'s failed in-progress jobs.',
    'quartz.log.cluster-recovery',
  ],
  ['org.postgresql.util.PSQLException: FATAL: password authentication failed for user "flotomate"', 'quartz.db.auth-failed'],
  ['psql: error: connection to server at "127.0.0.1", port 5432 failed: FATAL:  password authentication failed for user "postgres"', 'quartz.db.auth-failed'],
  ['psql: error: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'quartz.db.unreachable'],
  ['psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory', 'quartz.db.unreachable'],
  [
    'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    'quartz.db.unreachable',
  ],
  ['ERROR:  relation "master.qrtz_triggers" does not exist', 'quartz.db.table-missing'],
  ['ERROR:  schema "master" does not exist', 'quartz.db.schema-missing'],
  ['psql: error: connection to server at "db1" (10.0.0.5), port 5432 failed: FATAL:  database "flotomate" does not exist', 'quartz.db.database-missing'],
  ['ERROR:  permission denied for table qrtz_triggers', 'quartz.db.permission-denied'],
  [
    'org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host "10.0.0.7", user "flotomate", database "flotomate", no encryption',
    'quartz.db.not-allowed',
  ],
  ['psql: error: connection to server at "127.0.0.1", port 5432 failed: fe_sendauth: no password supplied', 'quartz.db.password-missing'],
];

describe('scheduler matchers', () => {
  it.each(cases)('%s', (text, cause) => {
    expect(matchText(text).map((m) => m.cause)).toContain(cause);
  });

  it('every matcher recognises its own example', () => {
    for (const m of SCHEDULER_MATCHERS)
      expect(
        matchText(m.example).map((x) => x.cause),
        m.id,
      ).toContain(m.cause);
  });

  it('captures the user and relation as evidence', () => {
    const auth = matchText('FATAL: password authentication failed for user "flotomate"').find((m) => m.cause === 'quartz.db.auth-failed');
    expect(auth?.evidence.user).toBe('flotomate');
    const rel = matchText('ERROR: relation "master.qrtz_triggers" does not exist').find((m) => m.cause === 'quartz.db.table-missing');
    expect(rel?.evidence.relation).toBe('master.qrtz_triggers');
  });

  it('names the default service for the restart fix of Quartz log lines', () => {
    const m = matchText('org.quartz.SchedulerException: Job threw an unhandled exception.').find((x) => x.cause === 'quartz.log.scheduler-exception');
    expect(m?.evidence.service).toBe('flotomate-main');
  });

  it('does not claim unrelated text', () => {
    const causes = matchText('ERROR: relation "public.users" does not exist').map((m) => m.cause);
    expect(causes.filter((c) => c.startsWith('quartz.'))).toEqual([]);
  });
});
