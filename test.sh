#!/usr/bin/env bash
# The test command: builds everything and runs every test project, then prints one line,
# "N passed, N failed", counted from the test results.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test Pkkpm.Bot.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "no test ran"; fi
# Say why tests were skipped (e.g. no PostgreSQL on this machine), once per reason.
if [ "$skipped" -gt 0 ]; then
  grep -ho '<Message>Skipped: [^<]*' "$results"/*.trx 2>/dev/null | sed 's/<Message>//; s/pkkpm-pg-[A-Za-z0-9]*/pkkpm-pg-*/g' | sort -u | head -5
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
