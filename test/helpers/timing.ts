// The bound of "ends in time" claims: five times what the claim needs, so a loaded machine never fails it. What
// proves the step's own timeout fired is the cause each such test also asserts: the runner's budget for a whole check
// (four steps plus two seconds) would end it with status error and no cause.

/** For a check that should end within its step timeout plus a second. */
export function withinTimeout(timeoutMs: number): number {
  return 5 * (timeoutMs + 1000);
}
