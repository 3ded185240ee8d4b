// Causes for the Quartz email polling trigger, the scheduler tables around it, and the service that runs it.
import { defineCauses } from './types.js';

const QUARTZ = 'ServiceOps — Email Server Troubleshooting › Email Job Scheduler Check (Quartz)';
const QUARTZ_DOCS = 'Quartz Scheduler 2.x documentation: JDBC JobStore, clustering and trigger states';
const THREADS = 'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis';
const PG_DOCS = 'PostgreSQL 15 documentation: client authentication, error codes (Appendix A)';

const RESTART = {
  text: 'Restart the ServiceOps service, wait a minute, then run this check again.',
  commands: ['sudo systemctl restart <service>'],
};
const ESCALATE = {
  text: 'If the trigger is still abnormal after the restart, contact the Motadata team with this report (--format json) and a thread dump.',
  commands: ['maildoctor threaddump --collect'],
};

/** What the Quartz trigger tables, their database and the service can tell about email polling. */
export const SCHEDULER_CAUSES = defineCauses({
  'quartz.trigger.ok': {
    title: 'Email polling trigger is scheduled and firing',
    severity: 'info',
    explanation:
      'The trigger is WAITING or ACQUIRED, it fired recently and its next fire time is in the near future: the scheduler is polling the mailbox as it should.',
    fixes: [
      {
        text: 'Nothing to fix in the scheduler; if mail is still not fetched, look at the mailbox connection and the Email Audit next.',
        commands: ['maildoctor imap --host HOST --user USER --password-env VAR'],
      },
    ],
    reference: QUARTZ,
  },
  'quartz.trigger.error': {
    title: 'Email polling trigger is in ERROR state',
    severity: 'fail',
    explanation:
      'Quartz puts a trigger in ERROR when its job could not be instantiated or run (a missing class, a broken job data map). An ERROR trigger never fires again on its own, so mail is no longer fetched.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.trigger.blocked': {
    title: 'Email polling trigger is BLOCKED',
    severity: 'fail',
    explanation:
      'A BLOCKED trigger waits for another execution of the same non-concurrent job to finish. When that execution hangs or the node running it died, the trigger stays blocked and polling stops.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.trigger.blocked-by-running-job': {
    title: 'Trigger is BLOCKED because the previous email poll is still running',
    severity: 'warn',
    explanation:
      'The email job does not allow concurrent executions and an earlier execution is still listed in qrtz_fired_triggers. This is normal for a moment; if that execution runs far longer than the polling interval, the job is hung.',
    fixes: [
      {
        text: 'Look at what the running email job is doing: collect a thread dump and search it for email threads that are BLOCKED or stuck in network reads.',
        commands: ['maildoctor threaddump --collect'],
      },
      RESTART,
    ],
    reference: QUARTZ,
  },
  'quartz.trigger.paused': {
    title: 'Email polling trigger is PAUSED',
    severity: 'fail',
    explanation:
      'Someone (or a script) paused the trigger or its group. A paused trigger does not fire, and a restart does not resume it: Quartz keeps the paused state in the database.',
    fixes: [
      { text: 'Resume the email polling schedule in the application (or ask the vendor how to resume it); then check that TRIGGER_STATE returns to WAITING.' },
      ESCALATE,
    ],
    reference: QUARTZ,
  },
  'quartz.trigger.complete': {
    title: 'Email polling trigger is COMPLETE and will not fire again',
    severity: 'fail',
    explanation:
      'The trigger reached its end time or its repeat count, so Quartz will never fire it again. An email poller should repeat forever; the application normally recreates the trigger when it starts.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ_DOCS,
  },
  'quartz.trigger.state-unexpected': {
    title: 'Email polling trigger has an unexpected state',
    severity: 'warn',
    explanation: 'The guide expects WAITING or ACQUIRED. Any other TRIGGER_STATE means the scheduler does not treat this trigger as a normal repeating job.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.trigger.stale': {
    title: 'Email polling job has not fired recently',
    severity: 'fail',
    explanation:
      "PREV_FIRE_TIME is far older than the trigger's own repeat interval: the job is not running any more, even though the trigger still exists. The usual cause is a scheduler thread that died or hangs.",
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.trigger.never-fired': {
    title: 'Email polling trigger has never fired',
    severity: 'warn',
    explanation:
      'PREV_FIRE_TIME is -1: Quartz has not fired this trigger since it was created. That is expected in the first minutes after a start; later it means the scheduler is not picking the trigger up.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.trigger.not-scheduled': {
    title: 'Scheduler is not scheduling the email polling job',
    severity: 'fail',
    explanation:
      'NEXT_FIRE_TIME is empty or already in the past: nothing will fire the email job, or the scheduler missed its turn and did not recover. The scheduler is not scheduling.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.job.not-found': {
    title: 'No email polling trigger found',
    severity: 'fail',
    explanation:
      'None of the rows in qrtz_triggers belongs to an email fetch or poll job. Either the job was never scheduled (the application did not start its email scheduler), or it has another name.',
    fixes: [
      {
        text: 'Look at the job and trigger names listed in the evidence (-v) and pass the right one with --job.',
        commands: ['maildoctor quartz --db --job NAME -v'],
      },
      RESTART,
      ESCALATE,
    ],
    reference: QUARTZ,
  },
  'quartz.scheduler.instance-dead': {
    title: 'A scheduler instance stopped checking in',
    severity: 'warn',
    explanation:
      'In a clustered Quartz every node updates LAST_CHECKIN_TIME in qrtz_scheduler_state every CHECKIN_INTERVAL. A node whose check-in is several intervals old has died or hangs; its jobs are only recovered when another node notices it.',
    fixes: [
      {
        text: 'Check the application service on the node named in the detail; restart it there.',
        commands: ['sudo systemctl status <service>', 'sudo systemctl restart <service>'],
      },
      ESCALATE,
    ],
    reference: QUARTZ_DOCS,
  },
  'quartz.scheduler.no-live-instance': {
    title: 'No scheduler instance is alive',
    severity: 'fail',
    explanation:
      'Every row of qrtz_scheduler_state has an old LAST_CHECKIN_TIME: no running scheduler is attached to these tables, so no job — email polling included — runs.',
    fixes: [RESTART, ESCALATE],
    reference: QUARTZ_DOCS,
  },
  'quartz.fired.stuck': {
    title: 'Email job execution is hung',
    severity: 'fail',
    explanation:
      'qrtz_fired_triggers shows an execution of the email job in EXECUTING state for far longer than its polling interval. The job thread is stuck, typically in a network read or an SSL handshake with the mail server, or on a lock.',
    fixes: [
      {
        text: 'Collect a thread dump now, while the job is stuck, and look for BLOCKED email threads, deadlocks and sun.security.ssl frames.',
        commands: ['maildoctor threaddump --collect'],
      },
      RESTART,
      ESCALATE,
    ],
    reference: THREADS,
  },
  'quartz.log.scheduler-exception': {
    title: 'Quartz reported a scheduler exception',
    severity: 'fail',
    explanation:
      'org.quartz.SchedulerException (or one of its subclasses) means the scheduler could not schedule, store or run a job. Jobs affected by it, possibly email polling, stop firing.',
    fixes: [{ text: 'Check the trigger table for the email job.', commands: ['maildoctor quartz --db'] }, RESTART, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.log.job-store-failure': {
    title: 'Quartz cannot read or write its tables',
    severity: 'fail',
    explanation:
      'The JDBC job store failed (JobPersistenceException, "Couldn\'t acquire next trigger"): the scheduler cannot reach the database or its qrtz_ tables. While this lasts, no trigger fires.',
    fixes: [
      {
        text: 'Check that PostgreSQL is running and reachable from the application, and that the qrtz_ tables exist in the expected schema.',
        commands: ['maildoctor quartz --db'],
      },
      RESTART,
    ],
    reference: QUARTZ_DOCS,
  },
  'quartz.log.misfire': {
    title: 'Triggers missed their fire time',
    severity: 'warn',
    explanation:
      'A misfire means a trigger was due but no scheduler thread fired it in time (the scheduler was down, busy or its threads were all stuck). Occasional misfires after a restart are normal; continuous ones mean the scheduler is starved.',
    fixes: [
      { text: 'If misfires keep coming, collect a thread dump to see what occupies the scheduler threads.', commands: ['maildoctor threaddump --collect'] },
      ESCALATE,
    ],
    reference: QUARTZ_DOCS,
  },
  'quartz.log.cluster-recovery': {
    title: 'Quartz cluster detected a failed or restarted instance',
    severity: 'warn',
    explanation:
      'The ClusterManager of another node noticed that an instance stopped checking in and recovers its jobs. Expected once after a node restart; repeated messages mean a node keeps dying or its clock is wrong.',
    fixes: [
      {
        text: 'Compare the clocks of the nodes and check the service on the instance named in the line.',
        commands: ['timedatectl', 'sudo systemctl status <service>'],
      },
    ],
    reference: QUARTZ_DOCS,
  },
  'quartz.db.auth-failed': {
    title: 'Database rejected the user name or password',
    severity: 'fail',
    explanation:
      'PostgreSQL answered "password authentication failed": the role or its password is wrong, or pg_hba.conf requires another method for this client.',
    fixes: [
      {
        text: 'Use the database user and password from the application configuration; pass the password with --password-env VAR, --password-file PATH or ~/.pgpass.',
      },
    ],
    reference: PG_DOCS,
  },
  'quartz.db.not-allowed': {
    title: 'Database refuses connections from this host, user or encryption',
    severity: 'fail',
    explanation:
      'PostgreSQL found no pg_hba.conf line that allows this combination of client address, user, database and encryption. When the message ends in "no encryption", the server only accepts TLS connections.',
    fixes: [
      { text: 'If the message says "no encryption", add ?sslmode=require to the --db URL (or set PGSSLMODE=require).' },
      {
        text: 'Otherwise ask the database administrator to allow this host and user in pg_hba.conf, or run maildoctor on the application server, which is allowed.',
      },
    ],
    reference: PG_DOCS,
  },
  'quartz.db.password-missing': {
    title: 'Database asked for a password and none was given',
    severity: 'fail',
    explanation:
      'The server requires password authentication for this connection, but no password came from --password-env, --password-file, PGPASSWORD or .pgpass.',
    fixes: [{ text: 'Give the password with --password-env VAR or --password-file PATH (never on the command line), or add a line to ~/.pgpass.' }],
    reference: PG_DOCS,
  },
  'quartz.db.unreachable': {
    title: 'Cannot connect to the database',
    severity: 'fail',
    explanation: 'The PostgreSQL server did not accept a connection: it is not running, listens on another address or port, or a firewall is in the way.',
    fixes: [
      { text: 'Check that PostgreSQL runs and listens where --db points.', commands: ['sudo systemctl status postgresql', 'pg_isready -h <host> -p <port>'] },
    ],
    reference: PG_DOCS,
  },
  'quartz.db.timeout': {
    title: 'Database did not answer in time',
    severity: 'fail',
    explanation: 'The connection or the query took longer than the timeout. The server is overloaded, locked, or the network drops packets.',
    fixes: [
      { text: 'Try again with a longer --timeout; if it stays slow, check the database server load and locks.', commands: ['pg_isready -h <host> -p <port>'] },
    ],
    reference: PG_DOCS,
  },
  'quartz.db.database-missing': {
    title: 'Database does not exist',
    severity: 'fail',
    explanation: 'The server has no database of the name given in --db (or PGDATABASE).',
    fixes: [{ text: 'Use the database name from the application configuration.', commands: ['psql -h <host> -p <port> -l'] }],
    reference: PG_DOCS,
  },
  'quartz.db.schema-missing': {
    title: 'Schema of the Quartz tables does not exist',
    severity: 'fail',
    explanation: 'The schema named by --schema does not exist in this database, so the guide\'s query "select * from master.qrtz_triggers" cannot run here.',
    fixes: [
      { text: 'Pass the schema that holds qrtz_triggers with --schema (the evidence lists the schemas that have one), or connect to the right database.' },
    ],
    reference: QUARTZ,
  },
  'quartz.db.table-missing': {
    title: 'qrtz_triggers table does not exist',
    severity: 'fail',
    explanation: "The schema exists but has no qrtz_triggers table: either this is not the application's database, or the scheduler tables were never created.",
    fixes: [{ text: 'Connect to the database and schema the application uses; the evidence lists the schemas that do have qrtz_triggers.' }, ESCALATE],
    reference: QUARTZ,
  },
  'quartz.db.permission-denied': {
    title: 'Database user may not read the Quartz tables',
    severity: 'fail',
    explanation: 'PostgreSQL answered "permission denied": the role can log in but has no SELECT right on the qrtz_ tables.',
    fixes: [{ text: "Connect as the application's database user, or grant SELECT on the qrtz_ tables to a read-only role." }],
    reference: PG_DOCS,
  },
  'quartz.db.error': {
    title: 'Database query failed',
    severity: 'fail',
    explanation: "The database returned an error this check does not classify further; the detail has the server's message and SQLSTATE code.",
    fixes: [
      {
        text: "Look up the SQLSTATE code in the PostgreSQL documentation, or run the guide's query by hand.",
        commands: ['psql -h <host> -p <port> -c "select * from master.qrtz_triggers"'],
      },
    ],
    reference: PG_DOCS,
  },
  'service.active': {
    title: 'Service is running',
    severity: 'info',
    explanation: 'systemd reports the application service as active (running).',
    fixes: [{ text: 'Nothing to fix here.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis › Method 2: Manual JVM commands (if the script is unavailable)',
  },
  'service.inactive': {
    title: 'Service is not running',
    severity: 'fail',
    explanation: 'systemd reports the application service as inactive or failed: nothing polls mailboxes or sends notifications while it is down.',
    fixes: [
      { text: 'Start the service and read why it stopped.', commands: ['sudo systemctl restart <service>', 'sudo journalctl -u <service> -n 100 --no-pager'] },
      ESCALATE,
    ],
    reference: QUARTZ,
  },
  'service.not-found': {
    title: 'Service unit not found',
    severity: 'warn',
    explanation: 'systemd has no unit of that name on this machine: the application runs under another name, or on another server.',
    fixes: [{ text: 'Find the unit name and pass it with --service.', commands: ['systemctl list-units --type=service | grep -i -e flotomate -e serviceops'] }],
    reference: 'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis › Method 2: Manual JVM commands (if the script is unavailable)',
  },
});
