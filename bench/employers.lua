-- wrk script for employer profiles: the list with rotating filter combinations, or detail pages, as the
-- synthetic network's manager. Usage (see employers.sh):
--   TOKEN=pw_... MODE=list|detail IDS=first-last wrk -t1 -c1 -d10s -s bench/employers.lua http://localhost:18091
local mode = os.getenv("MODE") or "list"
local lists = {
  "/api/v1/employers",
  "/api/v1/employers?q=river",
  "/api/v1/employers?sector=PRIVATE_NONPROFIT",
  "/api/v1/employers?naics=62",
  "/api/v1/employers?naics=3327&sector=PRIVATE_FOR_PROFIT",
  "/api/v1/employers?county=39049",
  "/api/v1/employers?cbsa=18140",
  "/api/v1/employers?sizeClass=3",
  "/api/v1/employers?sizeClass=0&county=39035",
  "/api/v1/employers?q=summit&naics=54&cbsa=17460",
  "/api/v1/employers?sector=EDUCATION&sizeClass=2&page=1",
  "/api/v1/employers?county=39061&naics=72&sizeClass=1&q=oak",
}
local first, last = (os.getenv("IDS") or "1-1"):match("(%d+)-(%d+)")
first, last = tonumber(first), tonumber(last)
local i = 0
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
if os.getenv("COOKIE") then wrk.headers["Cookie"] = os.getenv("COOKIE") end

request = function()
  i = i + 1
  if mode == "detail" then
    return wrk.format("GET", "/employers/" .. (first + (i * 7919) % (last - first + 1)))
  end
  return wrk.format("GET", lists[(i % #lists) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT mode=%s requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    mode, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
