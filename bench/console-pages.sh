#!/usr/bin/env bash
# bench/console.sh calls this: bench/console-pages.sh BOT_DLL DATABASE PHONE PAGE...
# DATABASE is a SQLite file, or a PostgreSQL connection string ("Host=...").
# The console's pages as a browser gets them: the published service in Development on DATABASE (its
# sign-in code is then written to the log), signed in as PHONE through the real sign-in (phone,
# code, cookies, antiforgery), then each PAGE (a path with its query) requested three times; prints
# the server's own time for each from the Server-Timing header (app;dur=ms: from the request's
# arrival to its first byte, sign-in check and rendering included).
set -euo pipefail
bot="$1" database="$2" phone="$3"; shift 3
work="$(mktemp -d /tmp/pkkpm-console-pages-XXXXXX)"
server=""
mkdir "$work/none" # the database is not empty: no seeds are loaded
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The bench signs in once a run, runs after runs: the sign-in's limits per number and address are lifted.
if [[ "$database" == Host=* ]]; then provider=postgres connection="$database"; else provider=sqlite connection="Data Source=$database"; fi
env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:0" Management__Port=0 Seeds__Path="$work/none" \
  Console__CodesPerNumber=100000 Console__CodesPerAddress=100000 \
  Database__Provider="$provider" "ConnectionStrings__Pkkpm=$connection" dotnet "$bot" >"$work/log" 2>&1 &
server=$!
url=""
until [ -n "$url" ] && curl -fs -o /dev/null "$url/healthz"; do
  kill -0 "$server" 2>/dev/null || { echo "the service did not start:"; cat "$work/log"; exit 1; }
  url="$(grep -so 'Now listening on: http://[0-9.:]*' "$work/log" | head -1 | sed 's/Now listening on: //')" || true
  sleep 0.5
done

jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
form="$(curl -fs -c "$jar" -b "$jar" "$url/console/masuk")"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Nomor=$phone" --data-urlencode "__RequestVerificationToken=$(token <<<"$form")" "$url/console/masuk"
code=""
for _ in $(seq 50); do
  code="$(grep -o 'sign-in code for [^ ]* is [0-9]*' "$work/log" | tail -1 | sed 's/.* is //')" || true
  [ -n "$code" ] && break
  sleep 0.2
done
[ -n "$code" ] || { echo "no sign-in code in the log:"; cat "$work/log"; exit 1; }
form="$(curl -fs -c "$jar" -b "$jar" "$url/console/kode")"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Kode=$code" --data-urlencode "__RequestVerificationToken=$(token <<<"$form")" "$url/console/kode"

# The programme's snapshot is taken once at the start (and then every few minutes): its seconds of
# reading would land on whichever page came first. The pages are timed after it.
for _ in $(seq 600); do grep -q 'Programme snapshot taken' "$work/log" && break; sleep 0.2; done

printf '%-70s %s\n' "page (signed in as $phone)" "server ms, three requests"
for page in "$@"; do
  times=()
  for _ in 1 2 3; do
    headers="$(curl -fs -D - -o "$work/page.html" -b "$jar" "$url$page")"
    grep -q 'Keluar' "$work/page.html" || { echo "$page: not signed in"; exit 1; }
    times+=("$(grep -i '^server-timing:' <<<"$headers" | sed 's/.*dur=//' | tr -d '\r')")
  done
  printf '%-70s %s\n' "$page" "${times[*]}"
done
# The service's peak memory over all of it (the loan book of a large programme is held in memory
# while a page is read).
grep -E '^(VmHWM|VmRSS)' "/proc/$server/status" | tr -s ' \t' ' ' | tr '\n' ' '; echo
