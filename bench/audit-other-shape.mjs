// A second Email Audit export shape for bench/audit.mjs --shape other, unlike the default one in every way the reader
// and classifier care about: another column order (with From and To apart and a Message-ID), ISO times with
// milliseconds, messages typed the way people retype them (case, punctuation, hyphens for dashes, "id:" for "Id ="),
// failure details with commas and line breaks inside quoted fields, non-ASCII subjects, replies, and outgoing entries
// written a little before the processing entry they follow.
import { createWriteStream } from 'node:fs';
import { seededRandom as rng } from './seeded-random.js';

const SUBJECTS = [
  'Drucker funktioniert nicht – Büro 3',
  'Réinitialisation du mot de passe',
  'パスワードのリセット',
  'VPN, again',
  'Outlook "offline", help',
  'Zugriff auf Laufwerk S:',
  'Neuer Mitarbeiter: Zugang',
];
const RECEIVED = ['Incoming mail received successfully', 'incoming mail received successfully.', 'Incoming Mail Received Successfully'];
const IGNORED = [
  'Ignoring this Email - system acknowledgment mail',
  'ignoring this email -- sender matched spam / ignore filter',
  'Ignoring the email — this email was processed before',
  'Ignoring this email — From Email user is Archived/Deleted',
];
const CREATED = [
  (id) => `Request has been created With Id = ${id}`,
  (id) => `Request has been created with id: ${id}`,
  (id) => `Service request has been created with ID = ${id}`,
];
const FAILED = [
  'Outgoing Failed : Mail server connection failed',
  'Outgoing failed: 550 5.7.1, relay denied\nfor this sender',
  'Outgoing failed: "Authentication unsuccessful, basic authentication is disabled"',
  'Outgoing failed: 421 4.7.0 Try again later, closing connection',
];

function q(v) {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes `rows` rows of the other shape to `file` (seeded, so the same bytes every time). */
export async function generateOtherShape(file, rows) {
  const out = createWriteStream(file);
  const rand = rng(20261203);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('Status,Message,Event Time,From,To,Subject,Email Server,Message-ID\r\n');
  let t = Date.UTC(2026, 10, 2, 6);
  let n = 0;
  let id = 50000;
  const row = (ms, status, message, from, to, subject, server) => {
    n += 1;
    return `${status},${q(message)},${new Date(ms).toISOString()},${from},${to},${q(subject)},${q(server)},<${n}.${ms}@mail.example.org>\r\n`;
  };
  while (n < rows) {
    t += 500 + Math.floor(rand() * 3000);
    const from = `Mitarbeiter${Math.floor(rand() * 20000)}@firma.example`;
    const base = `${pick(SUBJECTS)} (${Math.floor(rand() * 1e6)})`;
    const subject = rand() < 0.2 ? `RE: ${base}` : base;
    const server = rand() < 0.5 ? 'Helpdesk, Zentrale' : 'IT-Support Postfach';
    let chunk = row(t, rand() < 0.5 ? 'RECEIVED' : 'Received', pick(RECEIVED), from, 'helpdesk@firma.example', subject, server);
    const r = rand();
    if (r < 0.06) chunk += row(t + 700, 'RECEIVED IGNORED', pick(IGNORED), from, 'helpdesk@firma.example', subject, server);
    else if (r < 0.062) chunk += '';
    else if (r < 0.08)
      chunk += row(t + 700, 'PROCESSED FAILED', 'Guest user is not allowed to create / update request', from, 'helpdesk@firma.example', subject, server);
    else if (r < 0.1) chunk += row(t + 700, 'PROCESSED', `Conversation is created for request: ${base}`, from, 'helpdesk@firma.example', subject, server);
    else {
      id += 1;
      const created = pick(CREATED);
      const rid = created === CREATED[2] ? `SR-${id}` : `INC-${id}`;
      const processed = row(t + 700, 'PROCESSED', created(rid), from, 'helpdesk@firma.example', subject, server);
      const s = rand();
      const note = `[${rid}] ${base}`;
      const message =
        s < 0.88
          ? rand() < 0.5
            ? 'Email Sent Successfully'
            : 'Email sent successfully.'
          : s < 0.96
            ? pick(FAILED)
            : `outgoing ignored: email is ignored as per domain filter in relay-${Math.floor(rand() * 3)}`;
      const status = s < 0.88 ? 'SENT' : s < 0.96 ? 'SEND_FAILED' : 'SEND_IGNORED';
      // The outgoing entry is sometimes written first, stamped a moment later.
      const outgoing = row(t + 1500, status, message, 'helpdesk@firma.example', from, note, 'Office365 SMTP (smtp.office365.com)');
      chunk += rand() < 0.1 ? outgoing + processed : processed + outgoing;
    }
    await write(chunk);
  }
  await new Promise((r) => out.end(r));
}
