// Prints vitest's totals as the one closing line CI reads, and fails when no test ran.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest-results.json';
let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`no vitest results in ${file}: ${err.message}`);
  process.exit(1);
}
const passed = data.numPassedTests ?? 0;
const failed = data.numFailedTests ?? 0;
const skipped = (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if ((data.numTotalTests ?? 0) === 0) {
  console.error('no test ran');
  process.exit(1);
}
if (failed > 0 || data.success === false) process.exit(1);
