-- wrk script for the vote-path benchmark: every request is a new phone voting once.
--
--   wrk -t1 -c64 -d5s -s bench/vote.lua http://127.0.0.1:PORT -- POLL_ID CHOICE
--
-- Each request carries its own `voter` cookie (a new 32-character id, as a phone
-- that has just scanned the QR code would), so the server stores one new row per
-- request rather than replacing one phone's vote over and over. Used by bench/run.py.

local counter = 0
local thread_tag = 0
local body = nil
local threads = 0

-- runs in the main state, once per thread: give each thread its own tag
function setup(thread)
  threads = threads + 1
  thread:set("tag", threads)
end

function init(args)
  local poll = args[1] or "bench"
  local choice = args[2] or "agree"
  body = string.format('{"poll": "%s", "choice": "%s"}', poll, choice)
  thread_tag = (tag or 0) * 1000003 + os.time() % 1000000
  math.randomseed(thread_tag)
end

function request()
  counter = counter + 1
  local voter = string.format("wrk%010d%07x%014d", thread_tag, math.random(0, 0xfffffff), counter)
  return wrk.format("POST", "/api/vote", {
    ["Content-Type"] = "application/json",
    ["Cookie"] = "voter=" .. voter,
  }, body)
end
