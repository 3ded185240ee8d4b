// Wrapper kinds held out from tuning: written only after the second round of unwrapping work in
// src/knowledge/identify/ was finished, measured once and reported; the matcher was never changed to suit them.
// Each is modelled on a real format, named in its comment.
import { isDelivery, type Wrapper } from './wrappers.js';

/** The held-out wrapper kinds. */
export const HELD_OUT_WRAPPERS: readonly Wrapper[] = [
  // NLog's default layout: ${longdate}|${level:uppercase=true}|${logger}|${message}.
  { kind: 'nlog-default', wrap: (t) => `2024-03-07 09:14:22.5180|ERROR|Helpdesk.Mail.Poller|${t}` },
  // log4net's PatternLayout with its documented detail pattern: %timestamp [%thread] %level %logger %ndc - %message.
  { kind: 'log4net-detail', wrap: (t) => `1688 [poller] ERROR Helpdesk.Mail.Poller (null) - ${t}` },
  // Serilog's console sink default output template: [{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}.
  { kind: 'serilog-console', wrap: (t) => `[09:14:22 ERR] ${t}` },
  // Apache httpd 2.4's error log (where PHP mail clients' errors land): time, [module:level], [pid], [client], message.
  { kind: 'apache-error-log', wrap: (t) => `[Thu Mar 07 09:14:22.518901 2024] [php:error] [pid 4312] [client 192.0.2.10:51234] PHP Warning:  ${t}` },
  // Go's standard log package with its default flags (LstdFlags): "2009/01/23 01:23:23 message".
  { kind: 'go-log-std', wrap: (t) => `2024/03/07 09:14:22 ${t}` },
  // java.util.logging's SimpleFormatter default: a line with date, time, class and method, then "SEVERE: message".
  { kind: 'jul-simpleformatter', wrap: (t) => `Mar 07, 2024 9:14:22 AM com.acme.itsm.inbound.MailPoller poll\nSEVERE: ${t}` },
  // Sendmail's DSN transcript: "while talking to <host>.:", the command sent (>>>) and each reply line received (<<<).
  {
    kind: 'sendmail-transcript',
    applies: isDelivery,
    wrap: (t) =>
      `   ----- Transcript of session follows -----\n... while talking to mx1.example.com.:\n>>> RCPT To:<support@example.com>\n${t
        .split('\n')
        .map((l) => `<<< ${l}`)
        .join('\n')}`,
  },
  // Gmail's bounce body: what happened, then "The response from the remote server was:" and the reply.
  {
    kind: 'gmail-ndr',
    applies: isDelivery,
    wrap: (t) =>
      `** Message not delivered **\n\nThere was a problem delivering your message to support@example.com.\n\nThe response from the remote server was:\n${t}`,
  },
];
