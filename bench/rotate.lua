-- wrk script for one API path over a range of ids in turn, with a bearer token:
-- TOKEN=pw_... IDS=first-last PATH_TEMPLATE=/api/v1/collaboratives/%d/requirements NAME=rollup wrk -t1 -c1 -d10s -s bench/rotate.lua URL
local first, last = (os.getenv("IDS") or "1-1"):match("(%d+)-(%d+)")
first, last = tonumber(first), tonumber(last)
local template = os.getenv("PATH_TEMPLATE") or "/api/v1/collaboratives/%d/requirements"
local i = 0
-- a page instead of the API: COOKIE=SESSION=… and no TOKEN
if os.getenv("TOKEN") then wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN") end
if os.getenv("COOKIE") then wrk.headers["Cookie"] = os.getenv("COOKIE") end

request = function()
  i = i + 1
  return wrk.format("GET", string.format(template, first + (i * 37) % (last - first + 1)))
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT name=%s requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    os.getenv("NAME") or "", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
