-- wrk script: each request searches the next query of queries.txt (URL-encoded, one per line)
-- with the bearer token in KB_TOKEN; prints one JSON line of figures when done.
local queries = {}
local token = os.getenv("KB_TOKEN") or ""
for line in io.lines(os.getenv("KB_QUERIES") or "queries.txt") do
  if #line > 0 then table.insert(queries, line) end
end
local counter = 0
local non200 = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
end

function init(args)
  index = offset or 0
  wrk.headers["Authorization"] = "Bearer " .. token
  non200 = 0
end

function request()
  index = index + 1
  local q = queries[(index % #queries) + 1]
  return wrk.format("GET", "/api/v1/search?limit=10&q=" .. q)
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local s = summary.errors
  local errors = s.connect + s.read + s.write + s.timeout + s.status
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "errors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
