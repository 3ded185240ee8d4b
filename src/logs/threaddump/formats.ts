// Recognises thread-dump formats maildoctor does not analyse, so it can say so instead of guessing.

/** What an unsupported input is, or undefined when it may be HotSpot. */
export function unsupportedFormat(text: string): { format: string; reason: string } | undefined {
  const head = text.slice(0, 200_000);
  if (/^0SECTION\s+TITLE subcomponent dump routine/m.test(head) || /^1TISIGINFO\s/m.test(head)) {
    const vm = /^1CIJAVAVERSION\s+(.+)$/m.exec(head)?.[1]?.trim() ?? /^1CIVMVERSION\s+(.+)$/m.exec(head)?.[1]?.trim();
    return {
      format: 'ibm-javacore',
      reason: `IBM J9/OpenJ9 javacore${vm ? ` (${vm})` : ''}: not supported; maildoctor reads HotSpot dumps (jstack -l, kill -3)`,
    };
  }
  if (/^"[^"\n]*" (?:daemon )?(?:prio=\d+ )?Id=\d+ (?:in )?[A-Z_]{4,}/m.test(head) && !/^"[^"\n]*" .*\b(?:tid|nid)=/m.test(head)) {
    return {
      format: 'threadinfo-tostring',
      reason:
        'java.lang.management ThreadInfo.toString() listing ("name" Id=N STATE), not a jstack or kill -3 dump: not supported; take one with jstack -l PID or kill -3 PID',
    };
  }
  return undefined;
}
