// Maps an export's header names, spelled however the export or the user wrote them, to audit fields.

/** The fields of an audit entry that maildoctor reads. */
export type AuditField = 'time' | 'server' | 'from' | 'to' | 'address' | 'subject' | 'status' | 'message' | 'messageId';

/** Column index of each field found in a header. */
export type ColumnMap = Partial<Record<AuditField, number>>;

/** Lower-case, letters and digits only: "Event Time" and "event_time" become "eventtime". */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Tests in priority order; the first field whose test accepts a header claims the column. */
const FIELD_TESTS: Array<[AuditField, (h: string) => boolean]> = [
  ['messageId', (h) => /^(internet)?messageid$|^msgid$/.test(h)],
  ['server', (h) => h.includes('server') || h === 'mailbox' || h === 'account' || h === 'emailaccount'],
  ['status', (h) => h === 'status' || h === 'state' || h === 'auditstatus' || h === 'emailstatus'],
  ['message', (h) => /message|summary|description|details?$|remarks?$|reason/.test(h) && !/id$|type$|count$|size$/.test(h)],
  ['subject', (h) => h.includes('subject') || h === 'title'],
  ['time', (h) => /time|date|when|timestamp|created|logged/.test(h)],
  ['address', (h) => /fromto|fromorto|senderrecipient|senderorrecipient|recipientsender/.test(h) || /^(address|emailaddress|email|mailid|emailid)$/.test(h)],
  ['from', (h) => /^(from|sender|requester)(address|email|emailaddress|emailid|user)?$/.test(h)],
  ['to', (h) => /^(to|recipients?)(address|email|emailaddress|emailid)?$/.test(h)],
];

/** Maps header cells to fields; the first column that fits a field wins. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((raw, index) => {
    const h = normalizeHeader(raw);
    if (!h) return;
    for (const [field, test] of FIELD_TESTS) {
      if (map[field] === undefined && test(h)) {
        map[field] = index;
        return;
      }
    }
  });
  return map;
}

/** True when a header row names enough fields to be one (a message or status column at least). */
export function isHeaderUsable(map: ColumnMap): boolean {
  return map.message !== undefined || map.status !== undefined;
}

/** The column mapping as header names, for the report's evidence. */
export function describeColumns(map: ColumnMap, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, index] of Object.entries(map)) out[field] = headers[index] ?? `column ${index + 1}`;
  return out;
}
