-- wrk's script for bin/service-load: POSTs the families of FAMILIES (a JSON object a line) to
-- identify in turn, each connection pausing DELAY_MS before each request (0: none), and prints the
-- latency's 50th, 90th and 99th percentiles and the requests answered other than 200.
local families = {}
for line in io.lines(os.getenv("FAMILIES")) do
  families[#families + 1] = line
end
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local counter = 0
local not_ok = 0

request = function()
  counter = counter + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-API-Key"] = os.getenv("KEY")},
    families[(counter % #families) + 1])
end

delay = function()
  return delay_ms
end

response = function(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rate=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
