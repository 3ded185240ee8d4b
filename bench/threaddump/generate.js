// Writes a deterministic JDK 17 style `jstack -l` dump of N threads (pools, email threads, a BLOCKED chain, a deadlock, Quartz).
// Usage: node bench/threaddump/generate.js FILE [THREADS=5000]
import { writeFileSync } from 'node:fs';

const J = 'java.base@17.0.15';
let tid = 0x7f0000001000;
let addr = 0x69e000000;

function header(name, n, daemon, status, state) {
  tid += 0x1000;
  return [
    `"${name}" #${n}${daemon ? ' daemon' : ''} prio=5 os_prio=0 cpu=${(n % 97) + 0.25}ms elapsed=${1000 + n}.00s tid=0x${tid.toString(16)} nid=0x${(0x3000 + n).toString(16)} ${status}  [0x00007f5135bfd000]`,
    `   java.lang.Thread.State: ${state}`,
  ];
}

function lock() {
  addr += 0x40;
  return `0x0000000${addr.toString(16)}`;
}

const ownable = (list = []) => [
  '',
  '   Locked ownable synchronizers:',
  ...(list.length ? list.map((l) => `\t- <${l}> (a java.util.concurrent.locks.ReentrantLock$NonfairSync)`) : ['\t- None']),
  '',
];

function pooled(name, n) {
  return [
    ...header(name, n, true, 'waiting on condition', 'WAITING (parking)'),
    `\tat jdk.internal.misc.Unsafe.park(${J}/Native Method)`,
    `\t- parking to wait for  <${lock()}> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)`,
    `\tat java.util.concurrent.locks.LockSupport.park(${J}/LockSupport.java:341)`,
    `\tat java.util.concurrent.LinkedBlockingQueue.take(${J}/LinkedBlockingQueue.java:435)`,
    `\tat org.apache.tomcat.util.threads.TaskQueue.take(TaskQueue.java:146)`,
    `\tat org.apache.tomcat.util.threads.ThreadPoolExecutor.getTask(ThreadPoolExecutor.java:1114)`,
    `\tat org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1176)`,
    `\tat java.lang.Thread.run(${J}/Thread.java:840)`,
    ...ownable(),
  ];
}

function blocked(name, n, wanted, cls) {
  return [
    ...header(name, n, false, 'waiting for monitor entry', 'BLOCKED (on object monitor)'),
    `\tat com.example.helpdesk.email.EmailJob.saveTicket(EmailJob.java:${100 + (n % 50)})`,
    `\t- waiting to lock <${wanted}> (a ${cls})`,
    `\tat com.example.helpdesk.email.EmailJob.execute(EmailJob.java:42)`,
    `\tat java.lang.Thread.run(${J}/Thread.java:840)`,
    ...ownable(),
  ];
}

function holder(name, n, held, cls) {
  return [
    ...header(name, n, false, 'waiting on condition', 'TIMED_WAITING (sleeping)'),
    `\tat java.lang.Thread.sleep(${J}/Native Method)`,
    `\tat com.example.helpdesk.ticket.TicketIndexer.reindex(TicketIndexer.java:77)`,
    `\t- locked <${held}> (a ${cls})`,
    `\tat java.lang.Thread.run(${J}/Thread.java:840)`,
    ...ownable(),
  ];
}

function deadlocked(name, n, wanted, held) {
  return [
    ...header(name, n, false, 'waiting for monitor entry', 'BLOCKED (on object monitor)'),
    `\tat com.example.helpdesk.email.EmailJob.createTicket(EmailJob.java:${60 + (n % 3)})`,
    `\t- waiting to lock <${wanted}> (a java.lang.Object)`,
    `\t- locked <${held}> (a java.lang.Object)`,
    `\tat java.lang.Thread.run(${J}/Thread.java:840)`,
    ...ownable(),
  ];
}

function quartzIdle(name, n) {
  const l = lock();
  return [
    ...header(name, n, false, 'in Object.wait()', 'TIMED_WAITING (on object monitor)'),
    `\tat java.lang.Object.wait(${J}/Native Method)`,
    `\t- waiting on <${l}> (a java.lang.Object)`,
    `\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:568)`,
    `\t- locked <${l}> (a java.lang.Object)`,
    ...ownable(),
  ];
}

/** The dump text with `count` threads. */
export function generateDump(count) {
  const out = ['2026-01-15 10:15:00', 'Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):', ''];
  const storeLock = lock();
  const dl1 = lock();
  const dl2 = lock();
  let n = 1;
  out.push(...holder('ticket-sync', n++, storeLock, 'com.example.helpdesk.ticket.TicketStore'));
  out.push(...deadlocked('emailjob-dl-1', n++, dl2, dl1), ...deadlocked('emailjob-dl-2', n++, dl1, dl2));
  for (let i = 1; i <= 10; i += 1) out.push(...quartzIdle(`DefaultQuartzScheduler_Worker-${i}`, n++));
  while (n <= count) {
    if (n % 50 === 0) out.push(...blocked(`emailjob-${n}`, n, storeLock, 'com.example.helpdesk.ticket.TicketStore'));
    else out.push(...pooled(`http-nio-8080-exec-${n}`, n));
    n += 1;
  }
  out.push('"VM Thread" os_prio=0 cpu=1.00ms elapsed=1000.00s tid=0x00007f5168001000 nid=0x2fe0 runnable  ', '');
  out.push('"VM Periodic Task Thread" os_prio=0 cpu=1.00ms elapsed=1000.00s tid=0x00007f5168002000 nid=0x2fe1 waiting on condition  ', '');
  out.push('JNI global refs: 17, weak refs: 0', '');
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node bench/threaddump/generate.js FILE [THREADS]');
  writeFileSync(file, generateDump(Number(process.argv[3] ?? 5000)));
}
