-- wrk script: GET /rest/app.info with a Bearer access token, the tokens of the file ACCESS (one a line) in turn.
local tokens = {}
for line in io.lines(os.getenv("ACCESS")) do
  if #line > 0 then tokens[#tokens + 1] = line end
end
local i = 0
request = function()
  i = i % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
end
