-- wrk script: rotates through queries for one reference endpoint, as a signed-in script (bearer token),
-- and prints the latency percentiles the targets name. Usage (see reference.sh):
--   TOKEN=pw_... ENDPOINT=naics wrk -t2 -c4 -d20s -s bench/typeahead.lua http://localhost:8080
local queries = {
  naics = {"hosp", "hospital", "machine shop", "3327", "62", "trucking", "software", "food manufacturing", "484121",
           "warehous", "nursing care", "bakeries", "plastic", "541511", "community college", "temporary help"},
  soc = {"nurse", "29-11", "machinist", "weld", "truck driver", "software", "53-70", "cook", "assembl", "phlebot",
         "customer service", "maintenance", "151252", "forklift", "medical assistant", "electrician"},
  counties = {"franklin", "franklin oh", "39049", "wayne mi", "cook", "los angeles", "king wa", "48", "harris",
              "jefferson", "dona ana", "st louis", "orange ca", "26163", "marion in", "lake"},
  ["job-titles/suggest"] = {"Maint Tech II - 2nd shift", "RN Med/Surg", "CNC Machinist", "Forklift Operator",
              "Phlebotomist PRN", "CDL-A Driver OTR", "Warehouse Associate", "Sr. Java Developer", "CNA - Nights",
              "Line Cook", "Customer Service Rep", "HVAC Technician", "Medical Assistant - Family Practice",
              "Production Worker - 1st Shift", "Help Desk Technician", "Welder/Fabricator"},
}
local endpoint = os.getenv("ENDPOINT") or "naics"
local list = queries[endpoint]
local param = endpoint == "job-titles/suggest" and "title" or "q"
local i = 0

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

request = function()
  i = i + 1
  local q = list[(i % #list) + 1]
  return wrk.format("GET", "/api/v1/reference/" .. endpoint .. "?" .. param .. "=" .. encode(q))
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT endpoint=%s requests=%d errors=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    endpoint, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
