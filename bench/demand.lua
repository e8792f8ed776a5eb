-- wrk script for the demand roll-up API, as the synthetic network's manager, over collaboratives first..last in
-- turn. Usage (see demand.sh): TOKEN=pw_... IDS=first-last wrk -t1 -c1 -d10s -s bench/demand.lua http://localhost:18092
local first, last = (os.getenv("IDS") or "1-1"):match("(%d+)-(%d+)")
first, last = tonumber(first), tonumber(last)
local i = 0
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/collaboratives/" .. (first + (i * 37) % (last - first + 1)) .. "/demand")
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT mode=rollup requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
