-- wrk script: each connection goes round the paths of a file (one per line, already URL-encoded), and every answer
-- that is not 2xx is counted. Usage: wrk -s bench/pages.lua URL -- PATHS_FILE [ANSWERS_PER_THREAD]
-- With ANSWERS_PER_THREAD, each thread stops after that many answers (for "memory after N requests").

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  limit = tonumber(args[2] or "0")
  next_path = (id * 7919) % #paths -- threads start at different pages
  answers, non2xx = 0, 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  answers = answers + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if limit > 0 and answers >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local total, bad = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("answers")
    bad = bad + thread:get("non2xx")
  end
  io.write(string.format("answers %d non2xx %d\n", total, bad))
end
