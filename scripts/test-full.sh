#!/usr/bin/env bash
# The whole test suite: real servers installed if needed, vitest, and one closing totals line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-servers.sh
npm run build || exit 1
npm run typecheck || exit 1
npm run lint || exit 1
results=.vitest-results.json
rm -f "$results"
npx vitest run --reporter=default --reporter=json --outputFile="$results" "$@"
status=$?
node scripts/print-totals.mjs "$results" || status=1
exit $status
