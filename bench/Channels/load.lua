-- wrk script for every target of bench/run.sh, so each gets the same load generator and the same request shape.
-- KIND=slack: a /follow slash command with the current timestamp and its HMAC-SHA256 (libcrypto), as Slack sends it.
-- KIND=teams: a Teams personal-chat message activity, round-robin over MEMBERS members; AUTH (a channel JWT) when given.
--   Each activity id starts with the send time in microseconds, so the stub connector can time the reply.
-- RATE: when set, each connection waits CONNECTIONS*1000/RATE ms between requests (about RATE requests/s in all).
-- RESULT: the file done() writes its JSON summary to.
local ffi = require("ffi")
ffi.cdef [[
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n, unsigned char *md, unsigned int *md_len);
typedef struct { long tv_sec; long tv_nsec; } timespec;
int clock_gettime(int clk_id, timespec *tp);
]]

local kind = os.getenv("KIND") or "slack"
local path = os.getenv("TARGET_PATH") or "/"
local rate = tonumber(os.getenv("RATE") or "")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end

local crypto, md, md_len, ts_spec
local secret, slack_body
local members, text, service_url, tenant, app_id, auth
local counter = 0

function init(args)
  ts_spec = ffi.new("timespec")
  if kind == "slack" then
    crypto = ffi.load("crypto")
    md = ffi.new("unsigned char[32]")
    md_len = ffi.new("unsigned int[1]")
    secret = os.getenv("SLACK_SIGNING_SECRET")
    slack_body = "token=bench&team_id=" .. os.getenv("TEAM") .. "&team_domain=bench&channel_id=D0BENCH&channel_name=directmessage"
      .. "&user_id=" .. os.getenv("USER_ID") .. "&user_name=bench&command=%2Ffollow&text=" .. os.getenv("TEXT")
      .. "&api_app_id=A0BENCH&is_enterprise_install=false&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fcommands%2F1%2F2%2F3"
      .. "&trigger_id=1.2.3"
  else
    members = tonumber(os.getenv("MEMBERS") or "1")
    text = os.getenv("TEXT")
    service_url = os.getenv("SERVICE_URL")
    tenant = os.getenv("TENANT")
    app_id = os.getenv("APP_ID")
    auth = os.getenv("AUTH")
  end
end

local function micros()
  ffi.C.clock_gettime(0, ts_spec) -- CLOCK_REALTIME: the stub connector reads the same clock
  return tonumber(ts_spec.tv_sec) * 1000000 + math.floor(tonumber(ts_spec.tv_nsec) / 1000)
end

local function hex(bytes, n)
  local out = {}
  for i = 0, n - 1 do out[i + 1] = string.format("%02x", bytes[i]) end
  return table.concat(out)
end

-- Slack's timestamp has one-second resolution, so every request of the same second with the same body has the same
-- signature: it is computed once per second, keeping the load generator's own cost out of the ceiling's figure.
local signed_second, signed_request
local function slack_request()
  local now = os.time()
  if now ~= signed_second then
    local ts = tostring(now)
    local base = "v0:" .. ts .. ":" .. slack_body
    crypto.HMAC(crypto.EVP_sha256(), secret, #secret, base, #base, md, md_len)
    signed_second = now
    signed_request = wrk.format("POST", path, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Slack-Request-Timestamp"] = ts,
      ["X-Slack-Signature"] = "v0=" .. hex(md, 32),
    }, slack_body)
  end
  return signed_request
end

local function teams_request()
  counter = counter + 1
  local m = (counter * 7919 + tid) % members -- spread over members, so no chat exceeds Teams' 7 messages/s
  local id = string.format("t%d-%d-%d", micros(), tid, counter)
  local body = string.format([[{"type":"message","id":"%s","timestamp":"2026-11-26T18:52:58.181Z","localTimezone":"Asia/Shanghai","serviceUrl":"%s","channelId":"msteams","from":{"id":"29:bench-%d","name":"Bench Rep %d","aadObjectId":"00000000-0000-0000-0000-%012d"},"conversation":{"conversationType":"personal","tenantId":"%s","id":"a:bench-chat-%d"},"recipient":{"id":"28:%s","name":"FollowBot"},"text":"%s","textFormat":"plain","locale":"en-US","entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Asia/Shanghai"}],"channelData":{"tenant":{"id":"%s"}}}]],
    id, service_url, m, m, m, tenant, m, app_id, text, tenant)
  local headers = { ["Content-Type"] = "application/json" }
  if auth and auth ~= "" then headers["Authorization"] = "Bearer " .. auth end
  return wrk.format("POST", path, headers, body)
end

function request()
  if kind == "slack" then return slack_request() else return teams_request() end
end

if rate then
  local wait = math.floor(connections * 1000 / rate)
  function delay() return wait end
end

function done(summary, latency, requests)
  local e = summary.errors
  local f = io.open(os.getenv("RESULT"), "w")
  f:write(string.format(
    '{"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
  f:close()
end
