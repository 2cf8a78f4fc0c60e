#!/usr/bin/env bash
# bench/run.sh --console MEMBERS [--weeks N] (issue 12, "fast enough for a nation"): the console's
# figures, family by family, for the programme, a village and a group (bench/Console), and the pages
# with their server time (bench/console-pages.sh), on the demo
# seeds and on a generated programme of MEMBERS members in groups of 20 with N weeks of deposits and
# repayments (bench/Generate console). The large database is imported once through the service's
# seed import and kept (BENCH_CONSOLE_DB, by default /tmp/pkkpm-console-MEMBERS-N.db): an import of
# 1M members takes a quarter of an hour on this machine; later runs only apply new migrations to it.
set -euo pipefail
cd "$(dirname "$0")/.."
members="$1" weeks="$2"
db="${BENCH_CONSOLE_DB:-/tmp/pkkpm-console-$members-$weeks.db}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d /tmp/pkkpm-console-bench-XXXXXX)"
server=""
cleanup() {
  # Only what this script started, by its id.
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release)..."
dotnet publish src/Bot -c Release --use-current-runtime -p:PublishReadyToRun=true -o "$work/bot" --nologo -v quiet >/dev/null
dotnet build bench/Console -c Release -o "$work/console" --nologo -v quiet >/dev/null
dotnet build bench/Generate -c Release -o "$work/generate" --nologo -v quiet >/dev/null

# The service imports $1 (seeds) into the empty SQLite file $2 as it starts; it stops once healthy.
import() {
  local seeds="$1" file="$2" log="$work/import.log"
  env ASPNETCORE_URLS="http://127.0.0.1:0" ASPNETCORE_ENVIRONMENT=Production Outbound__LogOnly=true \
    Twilio__AuthToken="$(head -c 32 /dev/urandom | base64 | tr -d '/+=')" Management__Port=0 \
    "ConnectionStrings__Pkkpm=Data Source=$file" Seeds__Path="$seeds" dotnet "$work/bot/Pkkpm.Bot.dll" >"$log" 2>&1 &
  server=$!
  local url=""
  until [ -n "$url" ] && curl -fs -o /dev/null "$url/healthz"; do
    kill -0 "$server" 2>/dev/null || { echo "import failed:"; cat "$log"; exit 1; }
    url="$(grep -so 'Now listening on: http://[0-9.:]*' "$log" | head -1 | sed 's/Now listening on: //')" || true
    sleep 1
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
}

echo; echo "demo seeds (seeds/), the week of 26 November 2026, village Sumberejo, KPB Mawar:"
import "$PWD/seeds" "$work/demo.db"
dotnet "$work/console/Pkkpm.Bench.Console.dll" sqlite "Data Source=$work/demo.db" 2026-11-26 Sumberejo 1
# The pages themselves, as the demo's admin (Dewi Anggraini) gets them: demo dates follow today.
bench/console-pages.sh "$work/bot/Pkkpm.Bot.dll" "$work/demo.db" 08123400005 \
  "/console" "/console?periode=bulan" "/console?periode=pilih&dari=$(date -d '-30 days' +%Y-%m-%d)&sampai=$(date +%Y-%m-%d)" \
  "/console/desa/Sumberejo" "/console/kpb/MAWAR"

if [ ! -f "$db" ]; then
  echo; echo "generating and importing $members members x $weeks weeks into $db (once)..."
  dotnet "$work/generate/Pkkpm.Bench.Generate.dll" console "$work/scale" "$members" "$weeks"
  begin=$(date +%s)
  import "$work/scale" "$db.part"
  # A clean stop leaves no WAL behind; should one be there, it goes with the file it belongs to.
  for suffix in "" -wal -shm; do [ -f "$db.part$suffix" ] && mv "$db.part$suffix" "$db$suffix"; done
  echo "imported in $(( $(date +%s) - begin )) s"
fi
# The last Friday of the generated weeks (they start on Monday 6 January 2025).
last_day="$(date -d "2025-01-06 + $(( 7 * (weeks - 1) + 4 )) days" +%Y-%m-%d)"
echo; echo "$members members, $weeks weeks ($db, $(du -h "$db" | cut -f1)), the week of $last_day, village Desa 7, group 141:"
dotnet "$work/console/Pkkpm.Bench.Console.dll" --migrate sqlite "Data Source=$db" "$last_day" "Desa 7" 141
# The pages at that size, as an admin of the programme (added by the import command, once): the
# dashboard of this week (from the background snapshot after the first request), the week and the
# month of the data chosen as custom periods (computed live), a village and a KPB.
mkdir -p "$work/admin" && printf 'phone,name,role,group_codes,salutation\n08119990001,Admin Bench,admin,,Bapak\n' >"$work/admin/people.csv"
env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Pkkpm=Data Source=$db" dotnet "$work/bot/Pkkpm.Bot.dll" import "$work/admin" | tail -1
month_first="${last_day%-*}-01"
past_month="$(date -d "$month_first - 1 month" +%Y-%m-%d)"
week="periode=pilih&dari=$(date -d "$last_day - 4 days" +%Y-%m-%d)&sampai=$last_day"
bench/console-pages.sh "$work/bot/Pkkpm.Bot.dll" "$db" 08119990001 \
  "/console" "/console?$week" \
  "/console?periode=pilih&dari=$month_first&sampai=$(date -d "$month_first + 1 month - 1 day" +%Y-%m-%d)" \
  "/console?periode=pilih&dari=$past_month&sampai=$(date -d "$month_first - 1 day" +%Y-%m-%d)" \
  "/console/desa/Desa%207" "/console/kpb/S000141"
# A pemantau of half the villages (20 KPB each): never in the programme's snapshot, read live.
villages=$(( members / 20 / 20 / 2 )); [ "$villages" -ge 1 ] || villages=1
{ printf 'phone,name,role,group_codes,salutation\n08119990002,Pemantau Bench,pemantau,"'
  seq -f 'Desa %g' 0 $(( villages - 1 )) | paste -sd ';' | tr -d '\n'; printf '",Ibu\n'; } >"$work/admin/people.csv"
env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Pkkpm=Data Source=$db" dotnet "$work/bot/Pkkpm.Bot.dll" import "$work/admin" | tail -1
bench/console-pages.sh "$work/bot/Pkkpm.Bot.dll" "$db" 08119990002 "/console" "/console?$week" "/console/desa/Desa%207"
echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
