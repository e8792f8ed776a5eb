-- wrk script for one API path with a bearer token: TOKEN=pw_... NAME=name wrk -t1 -c1 -d10s -s bench/api.lua URL
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
done = function(summary, latency, requests)
  io.write(string.format("RESULT name=%s requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    os.getenv("NAME") or "", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
