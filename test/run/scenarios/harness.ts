// Runs a scenario host: fills a config from fixtures/scenarios/ and runs `maildoctor run` on it, as a technician would.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Finding } from '../../../src/core/types.js';
import { runJson } from '../../helpers/cli.js';

/** The project's fixtures and the third-party thread dumps the configs read. */
export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
export const PUBLIC_DUMPS = '/work/shared/threaddumps-public';
export const HAS_PUBLIC_DUMPS = existsSync(PUBLIC_DUMPS);

/** What a scenario run gives back: the exit code, every verdict and the rules that drew them. */
export interface ScenarioRun {
  code: number;
  verdicts: Finding[];
  /** The rule of each verdict drawn by the table (planning notes have none), worst first. */
  rules: string[];
  report: { results: Array<{ id: string; key: string; status: string; findings: Finding[] }> };
}

/** The config of scenario `name` with its placeholders filled. */
export function scenarioConfig(name: string, values: Record<string, string | number> = {}): string {
  const all: Record<string, string | number> = { FIXTURES, PUBLIC_DUMPS, ...values };
  const template = readFileSync(join(FIXTURES, 'scenarios', `${name}.yaml`), 'utf8');
  return template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (whole, key: string) => {
    const value = all[key];
    if (value === undefined) throw new Error(`scenario ${name}: no value for ${whole}`);
    return String(value);
  });
}

/** Runs `maildoctor run --config` on the scenario, once as JSON and once as plain text. */
export async function runScenario(name: string, values: Record<string, string | number> = {}, env: NodeJS.ProcessEnv = {}): Promise<ScenarioRun> {
  const dir = mkdtempSync(join(tmpdir(), `md-scenario-${name}-`));
  const file = join(dir, 'maildoctor.yaml');
  writeFileSync(file, scenarioConfig(name, values));
  const json = await runJson(['run', '--config', file], { env, cwd: dir });
  if (json.code === 2) throw new Error(`scenario ${name}: maildoctor could not run: ${json.stderr}`);
  const verdicts = (json.report.verdicts ?? []) as Finding[];
  return { code: json.code, verdicts, rules: verdicts.flatMap((v) => (typeof v.evidence.rule === 'string' ? [v.evidence.rule] : [])), report: json.report };
}

/** The verdict a rule drew, failing loudly when there is none. */
export function verdictOf(run: ScenarioRun, rule: string): Finding {
  const v = run.verdicts.find((x) => x.evidence.rule === rule);
  if (!v) throw new Error(`no verdict from rule ${rule}; got ${run.rules.join(', ') || 'none'}`);
  return v;
}
