// Quartz log lines and PostgreSQL error texts, as Quartz, the JDBC driver, psql and node-postgres write them.
import type { SCHEDULER_CAUSES } from './scheduler-causes.js';
import type { TextMatcher } from './types.js';

type SchedulerCause = keyof typeof SCHEDULER_CAUSES;

/** The unit the guide restarts, so that fixes of log lines name a real command. */
const SERVICE = { service: 'flotomate-main' };

/** Every scheduler and database wording maildoctor recognises in pasted text and logs. */
export const SCHEDULER_MATCHERS: readonly TextMatcher<SchedulerCause>[] = [
  {
    id: 'quartz.scheduler-exception',
    evidence: SERVICE,
    cause: 'quartz.log.scheduler-exception',
    kind: 'log',
    pattern:
      /org\.quartz\.(?<exception>SchedulerException|ObjectAlreadyExistsException|JobExecutionException|SchedulerConfigException|UnableToInterruptJobException)\b:?\s*(?<message>[^\r\n]*)/,
    specificity: 20,
    example: 'org.quartz.SchedulerException: Job threw an unhandled exception.',
  },
  {
    id: 'quartz.job-persistence',
    evidence: SERVICE,
    cause: 'quartz.log.job-store-failure',
    kind: 'log',
    pattern: /(?:org\.quartz\.)?JobPersistenceException\b:?\s*(?<message>[^\r\n]*)/,
    specificity: 30,
    example: "org.quartz.JobPersistenceException: Couldn't acquire next trigger: Connection refused",
  },
  {
    id: 'quartz.acquire-next-trigger',
    evidence: SERVICE,
    cause: 'quartz.log.job-store-failure',
    kind: 'log',
    pattern: /Couldn'?t acquire next trigger:?\s*(?<message>[^\r\n]*)/i,
    specificity: 35,
    example:
      "ERROR [QuartzScheduler_MyScheduler-NON_CLUSTERED_MisfireHandler] o.q.c.ErrorLogger - An error occurred while scanning for the next triggers to fire. org.quartz.JobPersistenceException: Couldn't acquire next trigger: This connection has been closed.",
  },
  {
    id: 'quartz.misfire-handling',
    evidence: SERVICE,
    cause: 'quartz.log.misfire',
    kind: 'log',
    pattern: /Handling (?<count>\d+) trigger\(s\) that missed their scheduled fire-time/,
    specificity: 40,
    example: 'INFO  o.q.impl.jdbcjobstore.JobStoreTX - Handling 3 trigger(s) that missed their scheduled fire-time.',
  },
  {
    id: 'quartz.misfire-generic',
    evidence: SERVICE,
    cause: 'quartz.log.misfire',
    kind: 'log',
    pattern: /\bmisfire(?:d|s|Handler)?\b[^\r\n]*/i,
    specificity: 5,
    example: 'WARN  MisfireHandler: Error handling misfires: Unexpected runtime exception',
  },
  {
    id: 'quartz.cluster-failed-instances',
    evidence: SERVICE,
    cause: 'quartz.log.cluster-recovery',
    kind: 'log',
    pattern: /ClusterManager: detected (?<count>\d+) failed or restarted instances/,
    specificity: 40,
    example: 'INFO  o.q.impl.jdbcjobstore.JobStoreTX - ClusterManager: detected 1 failed or restarted instances.',
  },
  {
    id: 'quartz.cluster-scanning',
    evidence: SERVICE,
    cause: 'quartz.log.cluster-recovery',
    kind: 'log',
    pattern: /ClusterManager: Scanning for instance "(?<instance>[^"]+)"'s failed in-progress jobs/,
    specificity: 40,
    example: 'INFO  o.q.impl.jdbcjobstore.JobStoreTX - ClusterManager: Scanning for instance "node2-1700000000000"\'s failed in-progress jobs.',
  },
  {
    id: 'postgres.password-failed',
    cause: 'quartz.db.auth-failed',
    kind: 'error',
    pattern: /password authentication failed for user "(?<user>[^"]*)"/i,
    specificity: 40,
    example: 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "flotomate"',
  },
  {
    id: 'postgres.no-hba-entry',
    cause: 'quartz.db.not-allowed',
    kind: 'error',
    pattern:
      /(?:no pg_hba\.conf entry|pg_hba\.conf rejects connection) for host "(?<client>[^"]+)", user "(?<user>[^"]*)", database "(?<database>[^"]*)"(?:, (?<encryption>no encryption|SSL encryption|GSS encryption))?/i,
    specificity: 40,
    example: 'FATAL: no pg_hba.conf entry for host "10.0.0.7", user "flotomate", database "flotomate", no encryption',
  },
  {
    id: 'postgres.no-password',
    cause: 'quartz.db.password-missing',
    kind: 'error',
    pattern: /fe_sendauth: no password supplied|The server requested (?:SCRAM-based|password-based) authentication, but no password was provided/i,
    specificity: 40,
    example: 'psql: error: connection to server at "127.0.0.1", port 5432 failed: fe_sendauth: no password supplied',
  },
  {
    id: 'postgres.connection-refused',
    cause: 'quartz.db.unreachable',
    kind: 'error',
    pattern:
      /connection to server (?:at "(?<host>[^"]+)"(?: \([^)]*\))?, port (?<port>\d+)|on socket "(?<socket>[^"]+)") failed: (?:Connection refused|No such file or directory)/i,
    specificity: 35,
    example:
      'psql: error: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
  },
  {
    id: 'postgres.jdbc-connection-refused',
    cause: 'quartz.db.unreachable',
    kind: 'error',
    pattern:
      /Connection to (?<host>[\w.-]+):(?<port>\d+) refused\. Check that the hostname and port are correct and that the postmaster is accepting TCP\/IP connections/i,
    specificity: 40,
    example:
      'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
  },
  {
    id: 'postgres.relation-missing',
    cause: 'quartz.db.table-missing',
    kind: 'error',
    pattern: /relation "(?<relation>(?:[\w$]+\.)?qrtz_\w+)" does not exist/i,
    specificity: 40,
    example: 'ERROR: relation "master.qrtz_triggers" does not exist',
  },
  {
    id: 'postgres.schema-missing',
    cause: 'quartz.db.schema-missing',
    kind: 'error',
    pattern: /schema "(?<schema>[^"]+)" does not exist/i,
    specificity: 30,
    example: 'ERROR:  schema "master" does not exist',
  },
  {
    id: 'postgres.database-missing',
    cause: 'quartz.db.database-missing',
    kind: 'error',
    pattern: /database "(?<database>[^"]+)" does not exist/i,
    specificity: 30,
    example: 'FATAL:  database "flotomate" does not exist',
  },
  {
    id: 'postgres.permission-denied',
    cause: 'quartz.db.permission-denied',
    kind: 'error',
    pattern: /permission denied for (?:table|relation|schema) (?<object>[\w$."]+)/i,
    specificity: 30,
    example: 'ERROR:  permission denied for table qrtz_triggers',
  },
];
