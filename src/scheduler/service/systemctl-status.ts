// Parses `systemctl status UNIT` output: loaded or not, active state, since when, main PID.
/** What systemctl said about one unit. */
export interface UnitStatus {
  found: boolean;
  /** The word after "Active:": active, inactive, failed, activating, deactivating, reloading. */
  activeState?: string;
  /** The whole "Active:" value without the since clause, e.g. "active (running)" or "failed (Result: exit-code)". */
  active?: string;
  since?: string;
  mainPid?: number;
  loaded?: string;
}

/** Reads the status text systemctl prints (LC_ALL=C); "could not be found" means the unit does not exist. */
export function parseSystemctlStatus(text: string): UnitStatus {
  if (/Unit \S+ could not be found|Unit \S+ not found/i.test(text)) return { found: false };
  const status: UnitStatus = { found: true };
  const active = /^\s*Active:\s*(?<value>.*?)(?:\s+since\s+(?<since>[^;\n]+))?(?:;[^\n]*)?$/m.exec(text);
  if (active?.groups) {
    status.active = active.groups.value!.trim();
    status.activeState = status.active.split(/\s/)[0];
    if (active.groups.since) status.since = active.groups.since.trim();
  }
  const pid = /^\s*Main PID:\s*(\d+)/m.exec(text);
  if (pid) status.mainPid = Number(pid[1]);
  const loaded = /^\s*Loaded:\s*(\S+)/m.exec(text);
  if (loaded) {
    status.loaded = loaded[1];
    if (loaded[1] === 'not-found') status.found = false;
  }
  return status;
}
