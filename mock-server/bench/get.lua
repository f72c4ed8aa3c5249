-- GET one agent token (its path is given by load.sh in BENCH_PATH).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH")
