// Splits pasted text into the items `explain -` explains: one per log line, but a multi-line stack trace, a folded
// SMTP reply or a block of delivery-report fields stays one item.

/** Lines that continue the item above them: stack frames, chained causes, folded header or reply lines. */
const CONTINUATION = [
  /^\s+at\s+\S/, // Java and .NET stack frames
  /^\s*Caused by:/,
  /^\s*\.\.\. \d+ (?:more|common frames omitted)/,
  /^\s*Suppressed:/,
  /^\s*--- End of (?:inner exception|stack trace)/,
  /^\s*--->/,
  /^\s*nested exception is/i,
  /^[ \t]+\S/, // folded lines (RFC 5322 headers, DSN fields, indented bounce text, Python frames)
];

/** Fields of an RFC 3464 report: consecutive ones belong to one recipient block. */
const DSN_FIELD =
  /^(?:Reporting-MTA|Received-From-MTA|Arrival-Date|Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|X-[\w-]+):/i;

function continues(item: string[], line: string): boolean {
  const last = item[item.length - 1] ?? '';
  if (CONTINUATION.some((re) => re.test(line))) return true;
  const reply = /^(\d{3})-/.exec(last);
  if (reply && new RegExp(`^${reply[1]}[ -]`).test(line)) return true;
  if (/^Traceback \(most recent call last\):/.test(item[0] ?? '') && /^\w[\w.]*(?:Error|Exception|Warning|error|abort)\b/.test(line)) return true;
  return DSN_FIELD.test(line) && item.every((l) => DSN_FIELD.test(l) || /^[ \t]/.test(l));
}

/** The items of a text, in order; blank lines end an item. */
export function splitItems(text: string): string[] {
  const items: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (current && continues(current, line)) current.push(line);
    else {
      current = [line];
      items.push(current);
    }
  }
  return items.map((lines) =>
    lines
      .map((l) => l.trimEnd())
      .join('\n')
      .trim(),
  );
}
