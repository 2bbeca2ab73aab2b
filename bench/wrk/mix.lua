-- One wrk script for every workload (issue #9). BENCH_PLAN names a plan file, one request kind a line, tab-separated:
--   weight  kind  thread  method  path  cookie  body
-- kind REQ sends the request as is; kind SAVE posts a section form whose body holds {version} and {n}, counts the
-- version up on each 302 and, after anything else (a stale version), reads the form again (GET path) for the current
-- one. thread 0 = every wrk thread, n = only thread n (one applicant per thread, so saves never race each other).
-- A thread's connections interleave, so a SAVE response is recognised by its content (302 back to the step, or the
-- form itself) and a thread keeps at most one SAVE in flight (one SAVE line per thread).
-- kind LOGIN (one connection per thread: run with -c equal to -t) alternates GET /login (new session, CSRF token from the hidden input) and POST of the form.
-- done() prints one JSON line: requests, req/s, latency percentiles (ms), errors.

local plan_file = os.getenv("BENCH_PLAN")
local counter = 0
local threads = {}

function setup(thread)
	counter = counter + 1
	thread:set("tid", counter)
	table.insert(threads, thread)
end

local entries, total, last, n, saving = {}, 0, nil, 0, nil

local function split(line)
	local fields = {}
	for field in (line .. "\t"):gmatch("([^\t]*)\t") do table.insert(fields, field) end
	return fields
end

function init(args)
	math.randomseed(os.time() + (tid or 0) * 7919)
	for line in io.lines(plan_file) do
		local f = split(line)
		local thread = tonumber(f[3])
		if #f >= 5 and (thread == 0 or thread == tid) then
			local e = { weight = tonumber(f[1]), kind = f[2], method = f[4], path = f[5], cookie = f[6] or "",
				body = f[7] or "", version = nil, login_step = "get", csrf = nil }
			total = total + e.weight
			e.upto = total
			table.insert(entries, e)
		end
	end
	if #entries == 0 then error("no plan line for thread " .. tostring(tid) .. " in " .. tostring(plan_file)) end
end

local save_busy = false

local function pick()
	for _ = 1, 20 do
		local r = math.random() * total
		local chosen = entries[#entries]
		for _, e in ipairs(entries) do if r < e.upto then chosen = e break end end
		if chosen.kind ~= "SAVE" or not save_busy then return chosen end
	end
	for _, e in ipairs(entries) do if e.kind ~= "SAVE" then return e end end
	return entries[1]
end

local function headers(e, form)
	local h = {}
	if e.cookie ~= "" then h["Cookie"] = e.cookie end
	if form then h["Content-Type"] = "application/x-www-form-urlencoded" end
	return h
end

function request()
	local e = pick()
	last = e
	n = n + 1
	if e.kind == "SAVE" then
		save_busy = true
		saving = e
		if e.version == nil then
			e.step = "read"
			return wrk.format("GET", e.path, headers(e, false))
		end
		e.step = "post"
		local body = e.body:gsub("{version}", tostring(e.version)):gsub("{n}", tostring(n))
		return wrk.format("POST", e.path, headers(e, true), body)
	elseif e.kind == "LOGIN" then
		if e.login_step == "get" or e.csrf == nil then
			e.login_step = "get"
			return wrk.format("GET", "/login", {})
		end
		e.login_step = "post"
		local body = e.body .. "&_csrf=" .. e.csrf
		return wrk.format("POST", "/login", { ["Cookie"] = e.cookie,
			["Content-Type"] = "application/x-www-form-urlencoded" }, body)
	end
	return wrk.format(e.method, e.path, headers(e, e.method == "POST"), e.body ~= "" and e.body or nil)
end

function response(status, hdrs, body)
	local e = last
	if e == nil then return end
	local location = hdrs["Location"] or hdrs["location"] or ""
	if saving ~= nil and status == 302 and location:find("/steps/personal", 1, true) then
		saving.version = saving.version + 1
		save_busy = false
		return
	end
	if saving ~= nil and status == 200 and body:find('name="workStartedOn"', 1, true) then
		if saving.step == "read" then
			saving.version = tonumber(body:match('name="version" value="(%d+)"'))
		else
			saving.version = nil
		end
		save_busy = false
		return
	end
	if saving ~= nil and status >= 400 and saving.step ~= nil and last == saving then
		save_busy = false
	end
	if e.kind == "LOGIN" then
		if e.login_step == "get" then
			local cookie = hdrs["Set-Cookie"] or hdrs["set-cookie"] or ""
			e.cookie = cookie:match("(JSESSIONID=[^;]+)") or ""
			e.csrf = body:match('name="_csrf" value="([^"]+)"')
			e.login_step = "post"
		else
			e.login_step = "get"
		end
	end
end

function done(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format(
		'{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,' ..
		'"non2xx3xx":%d,"socket_errors":%d}\n',
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
