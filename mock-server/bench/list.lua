-- GET the first page (20 tokens) of a Deployment's list (path in BENCH_PATH).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH")
