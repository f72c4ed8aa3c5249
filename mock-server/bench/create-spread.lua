-- POST new agent tokens, every one in a Deployment of its own (as a CI fleet's creates spread): the ids
-- differ per thread and per run (BENCH_RUN), so each request makes a new Deployment in the store.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"bench-agent","description":"load test","tokenExpiryPeriodInDays":30}'

local threads_made = 0
function setup(thread)
  threads_made = threads_made + 1
  thread:set("thread_id", threads_made)
end

local count = 0
function request()
  count = count + 1
  local deployment = string.format("clmspread%s%02d%011d", os.getenv("BENCH_RUN") or "0", thread_id or 0, count)
  return wrk.format(nil, "/organizations/clmbenchorg00000000000001/deployments/" .. deployment .. "/agent-tokens")
end
