// Draws the report's verdicts from the rule table: what `run` concludes over all of its checks together.
import type { CheckResult, Finding, FindingInput } from '../core/types.js';
import type { ServerChain } from './chains.js';
import { applyRules } from './verdict-engine.js';
import { verdictInput } from './verdict-facts.js';
import { VERDICT_RULES } from './verdict-rules.js';

/** All verdicts of a run, worst first, with the planning notes about what could not be checked last among equals. */
export function drawVerdicts(results: CheckResult[], chains: ServerChain[], notes: FindingInput[] = []): Finding[] {
  return applyRules(VERDICT_RULES, verdictInput(results, chains), notes);
}
