#!/usr/bin/env bash
# The test command: builds everything and runs every test project, the Bot tests once on SQLite
# and once on PostgreSQL, then prints one line, "N passed, N failed, N skipped", counted from the
# test results of both runs.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

# Every project, Bot.Tests on SQLite; then Bot.Tests again on PostgreSQL (the Data tests run on
# both within their one run).
PKKPM_TEST_PROVIDER=sqlite dotnet test Pkkpm.Bot.sln --logger "trx" --results-directory "$results/sqlite" "$@"
status=$?
# Tests marked [Trait("Category", "NoDatabase")] touch no database: the second run leaves them
# out, so each counts once (unless the caller brought a --filter of their own).
again=(--filter "Category!=NoDatabase")
for arg in "$@"; do [ "$arg" = "--filter" ] && again=(); done
PKKPM_TEST_PROVIDER=postgres dotnet test tests/Bot.Tests/Pkkpm.Bot.Tests.csproj --no-build --logger "trx" --results-directory "$results/postgres" "${again[@]}" "$@" || status=1

passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  # Skipped tests are in neither: the trx's notExecuted counter stays 0 for them.
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "no test ran"; fi
# Say why tests were skipped (e.g. no PostgreSQL on this machine), once per reason.
if [ "$skipped" -gt 0 ]; then
  grep -ho '<Message>Skipped: [^<]*' "$results"/*/*.trx 2>/dev/null | sed 's/<Message>//; s/pkkpm-pg-[A-Za-z0-9]*/pkkpm-pg-*/g' | sort -u | head -5
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
