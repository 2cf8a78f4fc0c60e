-- wrk script of bench/run.sh: sends pre-signed Twilio webhooks (wrk's Lua has no HMAC, so
-- bench/Generate writes them), and prints one machine-readable RESULT line at the end.
--   wrk ... -s webhooks.lua URL -- split FILE THREADS    every thread takes its share of one file
--   wrk ... -s webhooks.lua URL -- own FOLDER            thread N sends FOLDER/tNNNN.txt in order
-- "own" is for deposit pairs: run with as many threads as connections, so each treasurer's
-- SETOR and YA go one after the other on one connection and never overtake each other.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local mode, path, count = args[1], args[2], tonumber(args[3] or "1")
  local file = path
  if mode == "own" then file = string.format("%s/t%04d.txt", path, id) end
  requests, wrapped, index = {}, 0, 0
  local n = 0
  for line in io.lines(file) do
    n = n + 1
    -- In "split" mode each thread keeps every COUNT-th line: no MessageSid is sent twice at once.
    if mode == "own" or (n - 1) % count == id - 1 then
      local signature, body = line:match("^([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", "/twilio/messages", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Twilio-Signature"] = signature,
      }, body)
    end
  end
end

function request()
  index = index + 1
  if index > #requests then
    -- Past the end the MessageSids repeat and the service answers them as retries (cheaper):
    -- counted, so run.sh can say the files were too short.
    index, wrapped = 1, wrapped + 1
  end
  return requests[index]
end

function done(summary, latency, _)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + (thread:get("wrapped") or 0) end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d wraps=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout, wraps))
end
