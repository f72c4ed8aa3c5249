-- POST new agent tokens. A Deployment holds at most 50, so each wrk thread moves to a fresh
-- Deployment every 40 creates (BENCH_PER_DEPLOYMENT: 1 puts every create in a new Deployment, as a
-- CI fleet's creates spread): the ids differ per thread and per run (BENCH_RUN).
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
local per_deployment = tonumber(os.getenv("BENCH_PER_DEPLOYMENT") or "40")
function request()
  count = count + 1
  local deployment = string.format("clmbench%s%02d%09d", os.getenv("BENCH_RUN") or "0", thread_id or 0, math.floor(count / per_deployment))
  return wrk.format(nil, "/organizations/clmbenchorg00000000000001/deployments/" .. deployment .. "/agent-tokens")
end
