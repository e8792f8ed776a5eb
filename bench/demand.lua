-- wrk script for the demand roll-up API, as the synthetic network's manager, over collaboratives first..last in
-- turn. Besides wrk's own latency (the whole request), it collects the Server-Timing the API sends: the roll-up's
-- own time inside the server, which demand.sh compares with the same SQL in psql.
-- Usage (see demand.sh): TOKEN=pw_... IDS=first-last wrk -t1 -c1 -d10s -s bench/demand.lua http://localhost:18092
local first, last = (os.getenv("IDS") or "1-1"):match("(%d+)-(%d+)")
first, last = tonumber(first), tonumber(last)
local i = 0
local threads = {}
timings = {}
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

function setup(thread)
  table.insert(threads, thread)
end

request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/collaboratives/" .. (first + (i * 37) % (last - first + 1)) .. "/demand")
end

response = function(status, headers, body)
  local timing = headers["Server-Timing"]
  if timing then
    table.insert(timings, tonumber(timing:match("dur=([%d.]+)")))
  end
end

local function percentile(values, p)
  if #values == 0 then return 0 end
  table.sort(values)
  return values[math.max(1, math.ceil(#values * p / 100))]
end

done = function(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for _, value in ipairs(thread:get("timings")) do table.insert(all, value) end
  end
  io.write(string.format("RESULT mode=rollup requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
    .. " rollup_p50_ms=%.2f rollup_p95_ms=%.2f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    percentile(all, 50), percentile(all, 95)))
end
