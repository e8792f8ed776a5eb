-- wrk script for one page as a signed-in person: COOKIE=SESSION=… PAGE=name wrk -t1 -c1 -d10s -s bench/page.lua URL
wrk.headers["Cookie"] = os.getenv("COOKIE") or ""
done = function(summary, latency, requests)
  io.write(string.format("RESULT page=%s requests=%d errors=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    os.getenv("PAGE") or "", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
