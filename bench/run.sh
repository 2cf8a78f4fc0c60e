#!/usr/bin/env bash
# The bench of issue 11: the service's Release build against a bare ASP.NET endpoint, both driven
# by wrk with Twilio-signed webhooks (each a fresh MessageSid), in one run on this machine.
#   bench/run.sh           16, 64, 256 and 1,024 connections, 5 s warm-up + 15 s each (~10 min with PostgreSQL)
#   bench/run.sh --quick   16 connections, 1 s + 2 s: a smoke test that the bench still works
#   bench/run.sh --no-postgres   leaves PostgreSQL out even when its binaries are there
#   bench/run.sh --scale MEMBERS [--weeks N] [--postgres]   instead of the matrix: a generated programme
#                          of MEMBERS members with N (50) weekly deposits each, loaded through the seed
#                          import (rows/s) on SQLite (or a throwaway PostgreSQL), then SALDO on it at 64
#                          connections against bare
#   bench/run.sh --outbound MESSAGES   instead of the matrix: MESSAGES bulk SMS queued in the outbox,
#                          sent by the worker to a fake Twilio (bench/Bare) with no throughput limit;
#                          messages/s, against the requests/s the fake alone takes (BENCH_OUTBOUND_CONCURRENCY
#                          sets Outbound__Concurrency)
#   bench/run.sh --broadcast MEMBERS [--weeks N]   the same programme and one pendamping of all its
#                          groups: SALDO at 64 connections, then again while she sends UMUMKAN SEMUA
#                          and YA; the YA's answer time, the time until all outbox rows exist, SALDO's p99/max
#   bench/run.sh --console MEMBERS [--weeks N]   instead of the matrix: the console's figures (src/Data/Monitoring)
#                          timed family by family for the programme, a village and a group, on the demo seeds
#                          and on a generated programme of MEMBERS members (N weeks, 10 by default, of deposits
#                          and repayments) imported into SQLite once and kept as /tmp/pkkpm-console-MEMBERS-N.db
#                          (BENCH_CONSOLE_DB elsewhere) for the next run; migrations are applied to it first
# BENCH_WARMUP and BENCH_DURATION (seconds) change the length of each row's warm-up and run;
# BENCH_CONNECTIONS (e.g. "64") the connection counts measured. With PostgreSQL and 64 among them,
# a last row runs SALDO on two instances of the service on the one database at once.
# Prints a table (scenario, connections, req/s, p50, p99, max, ratio to bare, responses >= 400,
# socket errors), the service's RSS and its start-to-healthy time on the demo seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

quick=false skip_postgres=false scale_members="" scale_weeks=50 scale_postgres=false outbound_messages="" broadcast_members="" console_members="" weeks_given=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --no-postgres) skip_postgres=true ;;
    --scale) scale_members="$2"; shift ;;
    --weeks) scale_weeks="$2"; weeks_given="$2"; shift ;;
    --postgres) scale_postgres=true ;;
    --outbound) outbound_messages="$2"; shift ;;
    --broadcast) broadcast_members="$2"; shift ;;
    --console) console_members="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--no-postgres] [--scale MEMBERS [--postgres] | --broadcast MEMBERS | --console MEMBERS] [--weeks N] [--outbound MESSAGES]"; exit 2 ;;
  esac
  shift
done
if $quick; then warmup=1; duration=2; connections=(16); extra_groups=16
else warmup=5; duration=15; connections=(16 64 256 1024); extra_groups=1024; fi
warmup="${BENCH_WARMUP:-$warmup}" duration="${BENCH_DURATION:-$duration}"
if [ -n "${BENCH_CONNECTIONS:-}" ]; then read -ra connections <<<"$BENCH_CONNECTIONS"; fi
outbound_concurrency="${BENCH_OUTBOUND_CONCURRENCY:-}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d /tmp/pkkpm-bench-XXXXXX)"
pids=()
cleanup() {
  # Only what this script started, by its id.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${pg_data:-}" ]; then "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# wrk from Debian: the same load generator everywhere, nothing to build.
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
# 1,024 connections need as many sockets on both sides.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

if [ -n "$console_members" ]; then exec bench/console.sh "$console_members" "${weeks_given:-10}"; fi

echo "building (Release)..."
# As the Dockerfile builds it: precompiled (ReadyToRun) for this machine.
dotnet publish src/Bot -c Release --use-current-runtime -p:PublishReadyToRun=true -o "$work/bot" --nologo -v quiet >/dev/null
dotnet publish bench/Bare -c Release -o "$work/bare" --nologo -v quiet >/dev/null
dotnet build bench/Generate -c Release -o "$work/generate" --nologo -v quiet >/dev/null
generate() { dotnet "$work/generate/Pkkpm.Bench.Generate.dll" "$@"; }

# The bench's own token: strong, random, never a real account's.
token="$(head -c 32 /dev/urandom | base64 | tr -d '/+=')"

# Starts a server on a free loopback port (port 0: the OS picks), logging at Warning but its
# start lines, and sets $started_pid and $started_url from "Now listening on: ...".
start_server() {
  local log="$1"; shift
  env ASPNETCORE_URLS="http://127.0.0.1:0" Logging__LogLevel__Default=Warning \
    "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information" "$@" >"$log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
  started_url=""
  # ${start_seconds:-30}: a large seed import runs before the service listens.
  for _ in $(seq 1 $(( ${start_seconds:-30} * 20 ))); do
    started_url="$(grep -o 'Now listening on: http://[0-9.:]*' "$log" | head -1 | sed 's/Now listening on: //')" || true
    [ -n "$started_url" ] && return 0
    kill -0 "$started_pid" 2>/dev/null || { echo "server stopped:"; cat "$log"; exit 1; }
    sleep 0.05
  done
  echo "server did not start:"; cat "$log"; exit 1
}

# The service as in production, but sending nothing (Outbound__LogOnly) and with the flood
# limits off: one phone sending SALDO hundreds of times a minute is the bench, not an attack.
# LoopRepeats=0 too: the same text with the same answer again and again is what SALDO load is.
# $2 is the connection string; any further arguments are more settings (Database__Provider).
start_bot() {
  local seeds="$1" connection="$2" log="$3"; shift 3
  start_server "$log" "$@" ASPNETCORE_ENVIRONMENT=Production Outbound__LogOnly=true \
    Twilio__AuthToken="$token" "ConnectionStrings__Pkkpm=$connection" Seeds__Path="$seeds" \
    Management__Port=0 Limits__MessagesPerPhonePerMinute=0 Limits__MessagesPerPhonePerDay=0 \
    Limits__LoopRepeats=0 dotnet "$work/bot/Pkkpm.Bot.dll"
}

wait_healthy() {
  # $2: how many seconds it may take (a large import runs before the service is healthy).
  for _ in $(seq 1 $(( ${2:-12} * 100 ))); do
    curl -fs -o /dev/null "$1/healthz" && return 0
    sleep 0.01
  done
  echo "not healthy: $1"; exit 1
}

# wrk for $1 seconds at $2 connections with $3 threads; the rest goes to webhooks.lua.
# Prints the RESULT line. --timeout 20s: Twilio gives up after 15 s, we want to see those.
drive() {
  local seconds="$1" conns="$2" threads="$3" url="$4"; shift 4
  wrk -d "${seconds}s" -c "$conns" -t "$threads" --timeout 20s -s bench/webhooks.lua "$url/twilio/messages" -- "$@" | grep '^RESULT'
}
# drive, with the CPU time the process $1 spent meanwhile (user + system, clock ticks) added to the
# RESULT line: a figure that holds even when other work shares the machine, unlike req/s.
drive_cpu() {
  local pid="$1"; shift
  local before result
  before=$(cpu_ticks "$pid")
  result="$(drive "$@")"
  echo "$result cpu_ticks=$(( $(cpu_ticks "$pid") - before ))"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# Resident memory, what a small server runs out of first: VmHWM is the highest VmRSS the process
# reached, so it covers the heaviest moment of the runs, not just the quiet one when it is read.
# VmRSS is then split as the kernel counts it: RssAnon (the GC heap, SQLite's caches, stacks),
# RssFile (the runtime's and the service's mapped assemblies and native libraries) and RssShmem
# (code the JIT wrote, which the runtime maps twice to keep it never writable and executable at once).
memory() { awk '/^VmRSS|^VmHWM|^RssAnon|^RssFile|^RssShmem/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$1/status"; }
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }

ms() { awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'; }

# Prints one row of the table from wrk's RESULT line; sets $rate (req/s) for the ratios.
record() {
  local scenario="$1" conns="$2" result="$3" bare_rate="$4"
  # Answered requests only: a fast 503 is load shed, not work done.
  local answered=$(( $(field requests "$result") - $(field status_errors "$result") ))
  rate=$(( answered * 1000000 / $(field duration_us "$result") ))
  # The service's CPU time per answered request (its own process only, not PostgreSQL's or wrk's).
  local cpu="-" ticks
  ticks="$(field cpu_ticks "$result")"
  [ -n "$ticks" ] && [ "$answered" -gt 0 ] && cpu="$(( ticks * 1000000 / $(getconf CLK_TCK) / answered )) us"
  local ratio="-"
  [ -n "$bare_rate" ] && ratio=$(awk -v a="$rate" -v b="$bare_rate" 'BEGIN { printf "%.3f", a / b }')
  local note=""
  # The bare endpoint does not care; for the service a repeated MessageSid is a cheaper retry.
  [ "$scenario" != "bare" ] && [ "$(field wraps "$result")" != "0" ] && note="  (MessageSids repeated: request file too short)"
  printf '%-19s %5s %8s %9s %9s %9s %6s %6s %7s %8s%s\n' "$scenario" "$conns" "$rate" \
    "$(ms "$(field p50_us "$result")")" "$(ms "$(field p99_us "$result")")" "$(ms "$(field max_us "$result")")" \
    "$ratio" "$(field status_errors "$result")" "$(field socket_errors "$result")" "$cpu" "$note"
}

# PostgreSQL when the machine has its binaries (as the tests find them): a throwaway server in
# $work with the default settings (fsync and synchronous commit on), as a deployment would run it.
# Sets $pg_connection; fails when there are no binaries.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
start_postgres() {
  [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || return 1
  # initdb refuses to run as root: as root, the server runs as the postgres user the package made.
  as_postgres=()
  mkdir -p "$work/pg"
  if [ "$(id -u)" -eq 0 ]; then as_postgres=(runuser -u postgres --); chmod 711 "$work"; chown postgres "$work/pg"; fi
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  pg_data="$work/pg/data"
  # A free port: nothing answers on it now.
  pg_port=$(( 20000 + RANDOM % 20000 ))
  while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$(( 20000 + RANDOM % 20000 )); done
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  "${as_postgres[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres pkkpm
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=pkkpm"
}

# --broadcast: the --scale programme plus a pendamping of every group, who sends UMUMKAN SEMUA and,
# while SALDO runs at 64 connections, YA. The outbox is watched in the SQLite file itself.
if [ -n "$broadcast_members" ]; then
  echo "generating $broadcast_members members x $scale_weeks weeks and their pendamping..."
  generate scale "$work/scale" "$broadcast_members" "$scale_weeks"
  groups=$(( $(wc -l <"$work/scale/groups.csv") - 1 )) pendamping=+6281599999999 db="$work/scale.db"
  echo "0${pendamping#+62},Rina Kurniawati,pendamping,$(tail -n +2 "$work/scale/groups.csv" | cut -d, -f1 | paste -sd';'),Ibu," >>"$work/scale/people.csv"
  start_seconds=7200 start_bot "$work/scale" "Data Source=$db" "$work/scale.log"
  wait_healthy "$started_url" 7200
  url=$started_url
  generate saldo "$url/twilio/messages" "$token" "$work/scale" "$work/saldo-warm.txt" $(( warmup * 12000 + 1000 ))
  for run in before during; do
    generate saldo "$url/twilio/messages" "$token" "$work/scale" "$work/saldo-$run.txt" $(( duration * 12000 > 20000 ? duration * 12000 : 20000 ))
  done
  umumkan="$(generate message "$url/twilio/messages" "$token" "$pendamping" "UMUMKAN SEMUA Rapat akbar Sabtu jam 9 di balai desa.")"
  ya="$(generate message "$url/twilio/messages" "$token" "$pendamping" "YA")"
  # Posts one signed line; the reply's text goes to $work/reply.xml.
  post() { curl -fs -o "$work/reply.xml" -H "X-Twilio-Signature: ${1%%$'\t'*}" -H 'Content-Type: application/x-www-form-urlencoded' --data "${1#*$'\t'}" "$url/twilio/messages"; }
  now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

  echo; echo "$(printf '%-19s %5s %8s %9s %9s %9s %6s %6s %7s' scenario conns 'ok/s' p50 p99 max ratio '>=400' sockerr)"
  drive "$warmup" 64 2 "$url" split "$work/saldo-warm.txt" 2 >/dev/null
  sleep 2
  record "SALDO, no broadcast" 64 "$(drive "$duration" 64 2 "$url" split "$work/saldo-before.txt" 2)" ""
  post "$umumkan"
  drive "$duration" 64 2 "$url" split "$work/saldo-during.txt" 2 >"$work/during.txt" &
  wrk_pid=$!
  pids+=("$wrk_pid")
  sleep 2
  ya_begin=$(now_ms); post "$ya"; ya_ms=$(( $(now_ms) - ya_begin ))
  until [ "$(sqlite3 "$db" 'select count(*) from broadcasts where fanned_out_at is null')" = 0 ]; do sleep 0.02; done
  all_ms=$(( $(now_ms) - ya_begin ))
  wait "$wrk_pid"
  record "SALDO + broadcast" 64 "$(cat "$work/during.txt")" ""
  echo
  echo "UMUMKAN SEMUA to $broadcast_members members in $groups groups, YA sent 2 s into a ${duration} s SALDO run:"
  echo "  the YA answered in ${ya_ms} ms: $(sed -e 's/<[^>]*>//g' "$work/reply.xml")"
  echo "  every outbox row there ${all_ms} ms after the YA was sent: $(sqlite3 "$db" 'select count(*) from outbox where broadcast_id is not null') rows"
  echo "$(nproc) CPUs; $(date -u '+%Y-%m-%d %H:%M UTC'); ledger of $scale_weeks weeks"
  exit 0
fi

# --scale: a programme of $scale_members members loaded through the seed import, then SALDO on it.
if [ -n "$scale_members" ]; then
  echo "generating $scale_members members x $scale_weeks weeks..."
  generate scale "$work/scale" "$scale_members" "$scale_weeks"
  rows=$(( $(wc -l <"$work/scale/ledger.csv") - 1 ))
  label=sqlite connection="Data Source=$work/scale.db" provider=()
  if $scale_postgres; then
    start_postgres || { echo "--postgres: no PostgreSQL binaries (initdb) on this machine"; exit 1; }
    label=postgres connection="$pg_connection" provider=(Database__Provider=postgres)
  fi
  begin=$(date +%s%N)
  start_seconds=7200 start_bot "$work/scale" "$connection" "$work/scale.log" "${provider[@]}"
  wait_healthy "$started_url" 7200
  import_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  scale_pid=$started_pid scale_url=$started_url
  start_server "$work/bare.log" dotnet "$work/bare/Pkkpm.Bench.Bare.dll"
  bare_url=$started_url bare_pid=$started_pid
  generate saldo "$bare_url/twilio/messages" "$token" "$work/scale" "$work/bare.txt" 20000
  generate saldo "$scale_url/twilio/messages" "$token" "$work/scale" "$work/saldo-warm.txt" $(( warmup * 12000 + 1000 ))
  generate saldo "$scale_url/twilio/messages" "$token" "$work/scale" "$work/saldo.txt" $(( duration * 12000 > 20000 ? duration * 12000 : 20000 ))
  echo; echo "$(printf '%-19s %5s %8s %9s %9s %9s %6s %6s %7s %8s' scenario conns 'ok/s' p50 p99 max ratio '>=400' sockerr 'cpu/ok')"
  drive "$warmup" 64 2 "$bare_url" split "$work/bare.txt" 2 >/dev/null
  record bare 64 "$(drive_cpu "$bare_pid" "$duration" 64 2 "$bare_url" split "$work/bare.txt" 2)" ""
  bare_rate=$rate
  drive "$warmup" 64 2 "$scale_url" split "$work/saldo-warm.txt" 2 >/dev/null
  record "SALDO scale $label" 64 "$(drive_cpu "$scale_pid" "$duration" 64 2 "$scale_url" split "$work/saldo.txt" 2)" "$bare_rate"
  echo
  echo "$scale_members members, $rows ledger rows; $(nproc) CPUs; $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "start to healthy with the import ($label, fresh database): ${import_ms} ms, $(( rows * 1000 / (import_ms > 0 ? import_ms : 1) )) ledger rows/s (people, loans and migrations included)"
  if $scale_postgres; then
    echo "database: $("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d pkkpm -Atc "select pg_size_pretty(pg_database_size('pkkpm'))")"
  else
    echo "database file: $(du -h "$work/scale.db" | cut -f1)"
  fi
  exit 0
fi

# --outbound: $outbound_messages bulk SMS queued at once in the outbox, sent by the service's own
# worker to the fake Twilio in bench/Bare with the throughput limits off. The rate runs from the
# first message Twilio took to the last (their sent_at), when none is left waiting.
if [ -n "$outbound_messages" ]; then
  if ! command -v sqlite3 >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq sqlite3 >/dev/null
  fi
  start_server "$work/bare.log" dotnet "$work/bare/Pkkpm.Bench.Bare.dll"
  fake_url=$started_url
  account="AC$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  fake_messages="$fake_url/2010-04-01/Accounts/$account/Messages.json"
  # What one message costs the fake alone: the request the SDK sends, at the worker's connections.
  cat >"$work/twilio.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "To=%2B6281200000001&From=%2B6281100000000&Body=Rapat+akbar+Sabtu+09.00+di+Balai+Desa.&StatusCallback=https%3A%2F%2Fbot.example.org%2Ftwilio%2Fstatus"
LUA
  wrk -d 2s -c "${outbound_concurrency:-32}" -t 1 -s "$work/twilio.lua" "$fake_messages" >/dev/null
  fake_rate=$(wrk -d 10s -c "${outbound_concurrency:-32}" -t 1 -s "$work/twilio.lua" "$fake_messages" | awk '/^Requests\/sec/ { printf "%d", $2 }')

  # Runs the service on $1 (provider) with connection string $2, queues the messages with $3 (a
  # command reading SQL on stdin), and prints the row; $4 is SQL that prints count and seconds.
  measure_outbound() {
    local provider="$1" connection="$2" sql="$3" timing="$4" log="$work/outbound-$1.log"
    start_server "$log" ASPNETCORE_ENVIRONMENT=Production Database__Provider="$provider" "ConnectionStrings__Pkkpm=$connection" \
      Twilio__AccountSid="$account" Twilio__AuthToken="$token" Twilio__ApiBaseUrl="$fake_url" Twilio__SmsFrom=+6281100000000 \
      Twilio__PublicBaseUrl=https://bot.example.org Outbound__SmsPerSecond=0 Outbound__WhatsAppPerSecond=0 \
      ${outbound_concurrency:+Outbound__Concurrency=$outbound_concurrency} Management__Port=0 dotnet "$work/bot/Pkkpm.Bot.dll"
    local pid=$started_pid
    wait_healthy "$started_url"
    local now="now()" number="'+6281' || lpad(i::text, 9, '0')" series="generate_series(1, $outbound_messages) i"
    if [ "$provider" = sqlite ]; then
      now="strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')" number="'+6281' || printf('%09d', i)"
      series="(with recursive n(i) as (select 1 union all select i + 1 from n where i < $outbound_messages) select i from n)"
    fi
    "$sql" <<<"insert into outbox (to_phone, channel, body, kind, priority, created_at)
      select $number, 'sms', 'Rapat akbar Sabtu 09.00 di Balai Desa. Mohon hadir tepat waktu. - Bu Rina, pendamping', 'broadcast', 1, $now
        from $series;" >/dev/null
    until [ "$("$sql" <<<"select count(*) from outbox where status = 'queued';")" = 0 ]; do
      kill -0 "$pid" 2>/dev/null || { echo "service stopped:"; cat "$log"; exit 1; }
      sleep 0.2
    done
    local sent seconds
    read -r sent seconds < <("$sql" <<<"$timing" | tr '|' ' ')
    printf '%-19s %8s %9s %8s %9s\n' "$provider" "$sent" "$seconds s" \
      "$(awk -v n="$sent" -v s="$seconds" 'BEGIN { printf "%d", (n - 1) / s }')" \
      "$(awk -v n="$sent" -v s="$seconds" -v f="$fake_rate" 'BEGIN { printf "%.3f", (n - 1) / s / f }')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  }

  echo; printf '%-19s %8s %9s %8s %9s\n' database sent seconds 'msg/s' 'ratio'
  sqlite_sql() { sqlite3 -cmd '.timeout 5000' "$work/outbound.db"; }
  measure_outbound sqlite "Data Source=$work/outbound.db" sqlite_sql \
    "select count(*), round((julianday(max(sent_at)) - julianday(min(sent_at))) * 86400, 3) from outbox where status = 'sent';"
  if ! $skip_postgres && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    start_postgres
    postgres_sql() { "$pg_bin/psql" -qtAX -h 127.0.0.1 -p "$pg_port" -U postgres pkkpm; }
    measure_outbound postgres "$pg_connection" postgres_sql \
      "select count(*), round(extract(epoch from max(sent_at) - min(sent_at)), 3) from outbox where status = 'sent';"
  fi
  echo
  echo "fake Twilio alone (bench/Bare, wrk, ${outbound_concurrency:-32} connections, as many as the worker sends at once): $fake_rate requests/s; ratio = msg/s / that"
  echo "$outbound_messages bulk SMS queued at once; Outbound__SmsPerSecond=0; $(nproc) CPUs; $(date -u '+%Y-%m-%d %H:%M UTC')"
  exit 0
fi

# Start to healthy on the demo seeds with a fresh database: the goal is < 2 s.
begin=$(date +%s%N)
start_bot "$repo/seeds" "Data Source=$work/demo.db" "$work/demo.log"
wait_healthy "$started_url"
healthy_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
kill "$started_pid"; wait "$started_pid" 2>/dev/null || true

# The bench seeds: the demo plus one group (a bendahara, five anggota) per deposit connection.
generate seeds "$repo/seeds" "$work/seeds" "$extra_groups"
start_bot "$work/seeds" "Data Source=$work/bench.db" "$work/bot.log"
bot_pid=$started_pid bot_url=$started_url pg_bot_pid=""
wait_healthy "$bot_url"
start_server "$work/bare.log" dotnet "$work/bare/Pkkpm.Bench.Bare.dll"
bare_url=$started_url bare_pid=$started_pid

pg_url=""
if ! $skip_postgres && start_postgres; then
  start_bot "$work/seeds" "$pg_connection" "$work/bot-pg.log" Database__Provider=postgres
  pg_url=$started_url pg_bot_pid=$started_pid
  wait_healthy "$pg_url"
fi

header="$(printf '%-19s %5s %8s %9s %9s %9s %6s %6s %7s %8s' scenario conns 'ok/s' p50 p99 max ratio '>=400' sockerr 'cpu/ok')"
echo; echo "$header"
# SALDO and deposit pairs against one service ($1: a label, $2: its URL) at $conns connections.
# The signature covers the URL, so each service gets request files signed for its own.
measure_bot() {
  local label="$1" url="$2" pid="$3"
  # SALDO from the demo's members and officers (seeds/people.csv), as the issue measured it.
  # Enough fresh MessageSids for the fastest the service could go (the issue measured ~6,700
  # SALDO/s): 12,000 for each second, never fewer than 20,000.
  generate saldo "$url/twilio/messages" "$token" "$repo/seeds" "$work/saldo-warm.txt" $(( warmup * 12000 + 1000 ))
  generate saldo "$url/twilio/messages" "$token" "$repo/seeds" "$work/saldo.txt" $(( duration * 12000 > 20000 ? duration * 12000 : 20000 ))
  # Deposit pairs, one file per treasurer, for up to 3,000 requests a second in all.
  rm -rf "$work/dep-warm" "$work/dep"
  generate deposits "$url/twilio/messages" "$token" "$work/seeds" "$work/dep-warm" "$conns" $(( warmup * 1500 / conns + 10 )) 5
  generate deposits "$url/twilio/messages" "$token" "$work/seeds" "$work/dep" "$conns" $(( duration * 1500 / conns + 10 )) 5

  drive "$warmup" "$conns" 2 "$url" split "$work/saldo-warm.txt" 2 >/dev/null
  # The service finishes a turn whose client has gone: let the warm-up's last turns end first.
  sleep 2
  record "SALDO $label" "$conns" "$(drive_cpu "$pid" "$duration" "$conns" 2 "$url" split "$work/saldo.txt" 2)" "$bare_rate"

  # One thread per connection and one treasurer per thread: her SETOR and YA stay in order.
  drive "$warmup" "$conns" "$conns" "$url" own "$work/dep-warm" >/dev/null
  sleep 2
  record "SETOR5+YA $label" "$conns" "$(drive_cpu "$pid" "$duration" "$conns" "$conns" "$url" own "$work/dep")" "$bare_rate"
}

for conns in "${connections[@]}"; do
  # The bare endpoint checks no signature: any forms will do, and repeating them costs it nothing.
  generate saldo "$bare_url/twilio/messages" "$token" "$work/seeds" "$work/bare.txt" 20000
  drive "$warmup" "$conns" 2 "$bare_url" split "$work/bare.txt" 2 >/dev/null
  record bare "$conns" "$(drive_cpu "$bare_pid" "$duration" "$conns" 2 "$bare_url" split "$work/bare.txt" 2)" ""
  bare_rate=$rate
  [ "$conns" = 64 ] && bare_rate_64=$rate

  measure_bot sqlite "$bot_url" "$bot_pid"
  if [ -n "$pg_url" ]; then measure_bot postgres "$pg_url" "$pg_bot_pid"; fi
done

# Two instances on the one PostgreSQL, 32 connections each, at once: what a second machine's worth
# of service adds. Both run here, beside the server and wrk, on the same CPUs.
if [ -n "$pg_url" ] && [ -n "${bare_rate_64:-}" ]; then
  # Two fresh instances with pools that fit PostgreSQL's 100 connections together (docs/deploy.md);
  # the single instance above, with Npgsql's pool of 100, would leave the second none.
  pg_memory="$(memory "$pg_bot_pid")"
  kill "$pg_bot_pid"; wait "$pg_bot_pid" 2>/dev/null || true
  pg_bot_pid=""
  start_bot "$work/seeds" "$pg_connection;Maximum Pool Size=45" "$work/bot-pg1.log" Database__Provider=postgres
  pg_url=$started_url
  wait_healthy "$pg_url"
  start_bot "$work/seeds" "$pg_connection;Maximum Pool Size=45" "$work/bot-pg2.log" Database__Provider=postgres
  pg2_url=$started_url
  wait_healthy "$pg2_url"
  for i in 1 2; do
    url=$pg_url; [ "$i" = 2 ] && url=$pg2_url
    generate saldo "$url/twilio/messages" "$token" "$repo/seeds" "$work/saldo$i-warm.txt" $(( warmup * 6000 + 1000 ))
    generate saldo "$url/twilio/messages" "$token" "$repo/seeds" "$work/saldo$i.txt" $(( duration * 6000 > 10000 ? duration * 6000 : 10000 ))
  done
  drive "$warmup" 32 1 "$pg_url" split "$work/saldo1-warm.txt" 1 >/dev/null & first=$!
  drive "$warmup" 32 1 "$pg2_url" split "$work/saldo2-warm.txt" 1 >/dev/null; wait "$first"
  sleep 2
  drive "$duration" 32 1 "$pg_url" split "$work/saldo1.txt" 1 >"$work/two1.txt" & first=$!
  drive "$duration" 32 1 "$pg2_url" split "$work/saldo2.txt" 1 >"$work/two2.txt"; wait "$first"
  # One RESULT line for both: counts add up, the slower of the two stands for latency.
  two="$(cat "$work/two1.txt" "$work/two2.txt" | awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); k = kv[1]; v = kv[2] + 0;
      if (k ~ /_us$/) { if (v > m[k]) m[k] = v } else m[k] += v } }
    END { printf "RESULT"; for (k in m) printf " %s=%d", k, m[k]; print "" }')"
  record "SALDO postgres x2" 64 "$two" "$bare_rate_64"
fi

echo
echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM; wrk $(wrk -v 2>&1 | head -1 | awk '{ print $2 }'); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "warm-up ${warmup} s, run ${duration} s per row; ok/s: answered 200 per second (503s not counted); ratio = ok/s / bare ok/s"
echo "cpu/ok: CPU time (user + system) the server process spent per answered request, its own process only: steadier than ok/s when the machine is shared"
echo "p50/p99/max cover every response, the fast 503s included"
if [ -n "$pg_url" ]; then echo "postgres: $("$pg_bin/postgres" --version), default settings"; fi
echo "service memory, SQLite instance: $(memory "$bot_pid")"
if [ -n "$pg_bot_pid" ]; then pg_memory="$(memory "$pg_bot_pid")"; fi
if [ -n "${pg_memory:-}" ]; then echo "service memory, PostgreSQL instance: $pg_memory"; fi
echo "service start to healthy, demo seeds, fresh database: ${healthy_ms} ms"
