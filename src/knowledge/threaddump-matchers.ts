// Wordings of JVM thread dumps, jstack and IBM dump agents, so `explain` and the log scanner recognise them.
import type { THREADDUMP_CAUSES } from './threaddump-causes.js';
import type { TextMatcher } from './types.js';

type ThreadDumpCause = keyof typeof THREADDUMP_CAUSES;

/** Thread-dump wordings as the JVM and its tools print them (facts; examples from real JDK 17 output). */
export const THREADDUMP_MATCHERS: readonly TextMatcher<ThreadDumpCause>[] = [
  {
    id: 'threaddump.jvm-deadlock',
    cause: 'threaddump.deadlock',
    kind: 'log',
    pattern: /Found (?:one|a total of (?<count>\d+)) Java-level deadlocks?/,
    specificity: 30,
    example: 'Found one Java-level deadlock:',
  },
  {
    id: 'threaddump.deadlock-count',
    cause: 'threaddump.deadlock',
    kind: 'log',
    pattern: /^\s*Found (?<count>\d+) deadlocks?\.\s*$/,
    specificity: 15,
    example: 'Found 1 deadlock.',
  },
  {
    id: 'threaddump.state-blocked',
    cause: 'threaddump.thread-blocked',
    kind: 'log',
    pattern: /java\.lang\.Thread\.State: BLOCKED \(on object monitor\)/,
    specificity: 35,
    example: '   java.lang.Thread.State: BLOCKED (on object monitor)',
  },
  {
    id: 'threaddump.waiting-to-lock',
    cause: 'threaddump.thread-blocked',
    kind: 'log',
    pattern: /- waiting to lock <(?<lock>0x[0-9a-f]+)> \(a (?<lockClass>[^)]+)\)/,
    specificity: 20,
    example: '\t- waiting to lock <0x000000069e01bd08> (a fixture.helpdesk.SslHang$MailStore)',
  },
  {
    id: 'threaddump.full-thread-dump',
    cause: 'threaddump.dump-in-log',
    kind: 'log',
    pattern: /^Full thread dump (?<jvm>.+?):?\s*$/,
    specificity: 20,
    example: 'Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):',
  },
  {
    id: 'threaddump.ibm-javacore-written',
    cause: 'threaddump.unsupported-format',
    kind: 'log',
    pattern: /JVMDUMP0(?:32|10)I .*?(?<file>\S*javacore\.\d{8}\.\d{6}\.\d+\.\d+\.txt)/,
    severity: 'info',
    specificity: 25,
    example: "JVMDUMP032I JVM requested Java dump using '/opt/app/javacore.20241118.122039.37560.0001.txt' in response to an event",
  },
  {
    id: 'threaddump.jstack-attach-failed',
    cause: 'threaddump.collect.failed',
    kind: 'error',
    pattern: /Unable to open socket file(?:[^:]*): target process (?<pid>\d+) doesn'?t respond within \d+ms or HotSpot VM not loaded/,
    specificity: 40,
    example:
      "com.sun.tools.attach.AttachNotSupportedException: Unable to open socket file /proc/4242/cwd/.attach_pid4242: target process 4242 doesn't respond within 10500ms or HotSpot VM not loaded",
  },
  {
    id: 'threaddump.jstack-not-found',
    cause: 'threaddump.collect.no-jstack',
    kind: 'error',
    pattern: /jstack: (?:command )?not found/,
    specificity: 20,
    example: 'bash: jstack: command not found',
  },
];
