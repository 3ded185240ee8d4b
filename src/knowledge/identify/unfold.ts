// Puts a message broken over several lines back on one: an RFC 5321 multi-line reply ("550-5.1.1 ..." on every line
// but the last) and a text folded at a mail client's or terminal's width.

/** One line of a multi-line SMTP reply: its code, whether more lines follow ("-"), its enhanced code and its text. */
const REPLY_LINE = /^([2-5]\d\d)([ -])(?:([245]\.\d{1,3}\.\d{1,3})\s+)?(.*)$/;

/** A multi-line reply already joined onto one line by whatever reported it ("550-The domain ... does not 550 exist"): its
 * first line's code with "-" opens it, and the same code repeated between words after that is a line prefix, not text. */
const JOINED_OPEN = /(?:^|[\s#(<[])([2-5]\d\d)-(?=\S)/;

/** One line with the repeated prefixes of a joined multi-line reply removed, its first prefix kept. */
function dropJoinedPrefixes(line: string): string {
  const open = JOINED_OPEN.exec(line);
  if (!open) return line;
  const start = open.index + open[0].length;
  const repeated = new RegExp(`\\s${open[1]}[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?(?=\\S)`, 'g');
  return line.slice(0, start) + line.slice(start).replace(repeated, ' ');
}

/** RFC 5321 section 4.2.1 replies spread over lines, each as one line: the code and enhanced code once, the texts joined. */
export function mergeMultilineReplies(text: string): string {
  const out: string[] = [];
  let open: { code: string; parts: string[] } | undefined;
  for (const line of text.split('\n')) {
    const m = REPLY_LINE.exec(line.trim());
    if (open && m && m[1] === open.code) {
      open.parts.push(m[4] ?? '');
      if (m[2] === ' ') {
        out.push(`${open.code} ${open.parts.join(' ')}`);
        open = undefined;
      }
      continue;
    }
    if (open) out.push(`${open.code} ${open.parts.join(' ')}`);
    open = undefined;
    if (m && m[2] === '-') open = { code: m[1] ?? '', parts: [`${m[3] ? `${m[3]} ` : ''}${m[4] ?? ''}`] };
    else out.push(line);
  }
  if (open) out.push(`${open.code} ${open.parts.join(' ')}`);
  return out.map(dropJoinedPrefixes).join('\n');
}

/** A message folded onto several lines, on one line again (its frames and wrappers are already gone). */
export function joinFoldedLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}
