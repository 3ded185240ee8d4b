// Causes found in JVM thread dumps: the guide's "Thread Dump Collection and Analysis" read like an expert would.
import { defineCauses } from './types.js';

const TD = 'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis';
const TD_SEARCH = 'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis › Searching a thread dump for email issues';
const TD_COLLECT =
  'ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis › Method 2: Manual JVM commands (if the script is unavailable)';

/** Every thread dump finding, each its own cause with our explanation and fixes. */
export const THREADDUMP_CAUSES = defineCauses({
  'threaddump.deadlock': {
    title: 'Java-level deadlock',
    severity: 'fail',
    explanation:
      'Two or more threads each hold a lock the next one needs, in a circle; none of them can ever continue. When the threads are email threads (emailjob, mail fetch or send), email processing has stopped for good until the JVM restarts. The JVM prints such cycles itself ("Found one Java-level deadlock"); maildoctor also computes them from the lock graph, so a dump cut before that section still shows them.',
    fixes: [
      {
        text: 'Restart the ServiceOps service to release the locks; email processing resumes after the restart.',
        commands: ['sudo systemctl restart flotomate-main'],
      },
      { text: 'Attach this dump (the threads and locks named here) to a support ticket: a deadlock is a product bug and comes back under the same load.' },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.email-blocked': {
    title: 'Email threads are BLOCKED on a lock another thread holds',
    severity: 'fail',
    explanation:
      'A BLOCKED email thread is waiting to enter a synchronized block whose monitor another thread holds. Email fetching or sending stays stuck as long as the holder does not let go. The holder chain names who holds the lock and what that thread is doing: often a slow database call, a network read without a timeout, or a thread that itself waits for a further lock.',
    fixes: [
      {
        text: 'Look at what the final holder in the chain is doing. If it is stuck on the network or the database, fix that first (see the other findings); take two more dumps 10 seconds apart to see whether it moves.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s'],
      },
      {
        text: 'If the same chain is there in every dump, restart the service to release the lock and send the dumps to support.',
        commands: ['sudo systemctl restart flotomate-main'],
      },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.ssl-handshake-hang': {
    title: 'SSL/TLS handshake hang',
    severity: 'fail',
    explanation:
      "A thread is stuck inside the JVM's TLS code (sun.security.ssl / javax.net.ssl) during a handshake or the socket read under it, and other threads queue behind it. The guide reads a BLOCKED thread with these frames as an SSL handshake hang, usually a network problem (a firewall or proxy that accepts the connection but never answers) or an expired certificate. Without a read timeout such a thread can wait forever.",
    fixes: [
      {
        text: "Test the mail server's TLS endpoint from this machine: a handshake that times out points at the network, a verify error at the certificate.",
        commands: ['maildoctor tls <mail-server>:993', 'maildoctor tls <mail-server>:587 --starttls smtp'],
      },
      {
        text: 'Check the route and the firewall between this server and the mail server; then restart the service to free the stuck threads.',
        commands: ['maildoctor route <mail-server>', 'sudo systemctl restart flotomate-main'],
      },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.mail-socket-read': {
    title: 'Mail thread waiting in a socket read without a timeout',
    severity: 'warn',
    explanation:
      'A mail thread sits in a blocking socket read (socketRead0 / NioSocketImpl.read) with no timeout frame under it, waiting for the mail server to say something. If the server or a middlebox never answers, the thread waits forever and the email job never finishes. One dump cannot tell slow from stuck; a series of dumps can.',
    fixes: [
      {
        text: 'Take a series of dumps: a thread with the same stack in all of them is stuck.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s'],
      },
      {
        text: 'Check that the mail server answers from this machine, and make sure the mail connection timeouts (mail.imap.timeout, mail.smtp.timeout and the connection timeouts) are set.',
        commands: ['maildoctor imap --host <imap-server>', 'maildoctor smtp --host <smtp-server>'],
      },
    ],
    reference: TD,
  },
  'threaddump.quartz-blocked': {
    title: 'Quartz scheduler threads are BLOCKED (scheduling lock problem)',
    severity: 'fail',
    explanation:
      'Threads with org.quartz frames are BLOCKED on a monitor. The guide reads this as a scheduling lock problem: the scheduler cannot acquire or complete triggers, so scheduled jobs such as the email fetch job stop firing.',
    fixes: [
      {
        text: "See which thread holds the lock (named here) and what it is doing; then check the email job's trigger state.",
        commands: ['maildoctor quartz --db <url> --job email'],
      },
      { text: 'Restart the service if the lock is never released, and send the dump to support.', commands: ['sudo systemctl restart flotomate-main'] },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.quartz-idle': {
    title: 'Quartz threads are WAITING: the scheduler is idle (normal)',
    severity: 'info',
    explanation: 'org.quartz frames in a WAITING or TIMED_WAITING thread are normal: the scheduler or its workers are waiting for the next trigger.',
    fixes: [
      {
        text: "Nothing to do for these threads. If email still does not arrive, check the email job's trigger state.",
        commands: ['maildoctor quartz --db <url> --job email'],
      },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.quartz-pool-exhausted': {
    title: 'Every Quartz worker thread is busy (thread pool exhausted)',
    severity: 'warn',
    explanation:
      'All worker threads of the Quartz pool are running jobs; none is waiting for work. A trigger that comes due now has no thread to run on, so jobs, the email job included, start late or not at all ("misfires"). Usually one job is hanging and holding its worker.',
    fixes: [
      {
        text: 'See what each busy worker is running (named here) and whether it moves between dumps; a job stuck in a network read or a lock is the usual culprit.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s'],
      },
      { text: 'Fix or restart the hung job; raise the Quartz thread count only if the jobs are legitimately long.' },
    ],
    reference: TD,
  },
  'threaddump.stuck-thread': {
    title: 'Thread has the same stack in every dump (hung)',
    severity: 'fail',
    explanation:
      'Across a series of dumps of the same JVM, this thread never moved: same state, same frames. A thread that is BLOCKED, reading from a socket or holding a lock others wait for and that does not move for the length of the series is hung, not slow. Threads that moved between dumps are working.',
    fixes: [
      {
        text: 'Fix what the hung thread waits for (the lock holder, the network peer); restart the service to release it and send the dumps to support.',
        commands: ['sudo systemctl restart flotomate-main'],
      },
    ],
    reference: TD,
  },
  'threaddump.truncated': {
    title: 'Thread dump is cut off',
    severity: 'warn',
    explanation:
      'The dump ends before the JVM\'s closing lines ("JNI global refs"), so the last thread may be incomplete and the JVM\'s own deadlock section is missing. maildoctor still analysed what is there and computed deadlocks from the lock graph.',
    fixes: [{ text: 'Take a complete dump again (or copy the whole of it from the log).', commands: ['maildoctor threaddump --collect'] }],
    reference: TD,
  },
  'threaddump.unsupported-format': {
    title: 'Not a HotSpot thread dump: format not supported',
    severity: 'warn',
    explanation:
      'maildoctor reads HotSpot (OpenJDK, Oracle) thread dumps as written by `jstack -l` and by `kill -3` into a console log. This input is another format (an IBM J9/OpenJ9 javacore, or a java.lang.management ThreadInfo listing), which it does not analyse.',
    fixes: [
      {
        text: "Analyse a javacore with IBM's Thread and Monitor Dump Analyzer, or take a HotSpot dump with jstack on a JDK that has it.",
        commands: ['maildoctor threaddump --collect'],
      },
    ],
    reference: TD,
  },
  'threaddump.collect.no-jvm': {
    title: 'No ServiceOps JVM found to take a dump from',
    severity: 'fail',
    explanation:
      'maildoctor looked for the ServiceOps Java process (`boot-hosted` in the process list) and for the Main PID of the flotomate-main service, and found neither. Either the service is not running on this machine, or it runs under another name.',
    fixes: [
      {
        text: 'Check the service and find the process id by hand, then give it to maildoctor.',
        commands: [
          "sudo systemctl status flotomate-main | grep 'Main PID'",
          'ps aux | grep boot-hosted | grep -v grep',
          'maildoctor threaddump --collect --pid <PID>',
        ],
      },
    ],
    reference: TD_COLLECT,
  },
  'threaddump.collect.no-jstack': {
    title: 'jstack is not installed: use kill -3',
    severity: 'warn',
    explanation:
      "jstack comes with a JDK; this machine has only a runtime (or jstack is not on the PATH). Sending SIGQUIT to the JVM (`kill -3`) makes it print the same thread dump to its standard output, which is the service's console log, and keep running.",
    fixes: [
      {
        text: 'Send SIGQUIT to the JVM and read the dump from its console log (named here when it could be found), then analyse that log.',
        commands: ['sudo kill -3 <PID>', 'maildoctor threaddump <console-log>'],
      },
      { text: "Or install a JDK matching the service's Java version to get jstack." },
    ],
    reference: TD_COLLECT,
  },
  'threaddump.collect.failed': {
    title: 'Taking the thread dump failed',
    severity: 'fail',
    explanation:
      'The dump script or jstack ran but did not produce a dump. jstack must run as the same user as the JVM (use sudo -u <user>), and attaching fails when the JVM was started with -XX:+DisableAttachMechanism or its /tmp/.java_pid socket was deleted.',
    fixes: [
      {
        text: 'Run maildoctor as the user that owns the JVM, or fall back to SIGQUIT.',
        commands: ['sudo -u <service-user> jstack -l <PID>', 'sudo kill -3 <PID>'],
      },
    ],
    reference: TD_COLLECT,
  },
  'threaddump.lock-contention': {
    title: 'Many threads wait for the same lock',
    severity: 'warn',
    explanation:
      'Several threads queue for one monitor or lock. The thread holding it is slow or stuck (named here with what it is doing), and every thread behind it, email jobs included when they share the lock, makes no progress until it lets go. Whether it is slow or stuck shows in a series of dumps.',
    fixes: [
      {
        text: 'Look at what the holder is doing; take a series of dumps to see whether it moves.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s'],
      },
      { text: 'If the holder never moves, restart the service and send the dumps to support.', commands: ['sudo systemctl restart flotomate-main'] },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.thread-blocked': {
    title: 'A thread is BLOCKED waiting for a monitor',
    severity: 'warn',
    explanation:
      'BLOCKED (on object monitor) means the thread wants to enter a synchronized block and another thread holds its lock. The guide says a BLOCKED email thread needs investigation; for other threads it matters when the same thread stays BLOCKED across dumps.',
    fixes: [
      {
        text: 'Analyse the whole dump: maildoctor names the lock holder and tells email, Quartz and deadlock cases apart.',
        commands: ['maildoctor threaddump <dump-file>'],
      },
    ],
    reference: TD_SEARCH,
  },
  'threaddump.dump-in-log': {
    title: 'A JVM thread dump is in this log',
    severity: 'info',
    explanation: 'Someone sent SIGQUIT (kill -3) to the JVM or ran the dump script, and the JVM printed a full thread dump into this log.',
    fixes: [
      { text: 'Analyse the log: maildoctor finds every dump in it, with its timestamp, and compares them.', commands: ['maildoctor threaddump <log-file>'] },
    ],
    reference: TD_COLLECT,
  },
  'threaddump.collected': {
    title: 'Thread dump collected',
    severity: 'info',
    explanation: 'maildoctor took a thread dump of the running JVM and saved it for support; the analysis follows.',
    fixes: [{ text: 'Attach the saved file(s) to a support ticket if the analysis shows a problem.' }],
    reference: TD,
  },
});
