-- Headless Neovim test of the NewsLens language server through Neovim's built-in LSP client.
-- Run: nvim --headless -u test/neovim/init.lua -c 'luafile test/neovim/test.lua'   (or npm run test:neovim)
-- Every check prints `ok - …` or `not ok - …`; Neovim exits 1 if any check failed, 0 otherwise.
-- Positions: Neovim's buffers are UTF-8 byte columns; its LSP client speaks UTF-16 code units
-- (client.offset_encoding, 'utf-16' by default in 0.7). Every conversion below goes through
-- vim.str_utfindex / vim.str_byteindex, so 𠮷 and 👍 (4 bytes, 2 UTF-16 units, 1 code point each)
-- put the three counts apart and any mix-up moves the hover off 董军.

local uv = vim.loop
local started = uv.hrtime()
local failures, checks = 0, 0

local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function check(cond, desc, detail)
  checks = checks + 1
  local t = string.format(' [%.1f s]', (uv.hrtime() - started) / 1e9)
  if cond then
    out('ok - ' .. desc .. t)
  else
    failures = failures + 1
    out('not ok - ' .. desc .. (detail and (' (' .. detail .. ')') or '') .. t)
  end
  return cond
end
local function finish()
  local secs = (uv.hrtime() - started) / 1e9
  out(string.format('# %d checks, %d failed, %.1f s', checks, failures, secs))
  if failures > 0 then
    local log = vim.fn.stdpath('cache') .. '/lsp.log'
    if vim.fn.filereadable(log) == 1 then
      out('# tail of ' .. log .. ':')
      local lines = vim.fn.readfile(log)
      for i = math.max(1, #lines - 15), #lines do out('#   ' .. lines[i]:sub(1, 400)) end
    end
  end
  vim.cmd((failures > 0 and 'cquit 1' or 'qall!'))
end

-- Overall deadline: whatever hangs, the test ends within ~60 s with a failure.
local deadline = uv.new_timer()
deadline:start(tonumber(vim.env.NEWSLENS_NVIM_TIMEOUT_MS or '60000'), 0, function()
  out('not ok - overall timeout: the test did not finish in time')
  io.stdout:flush()
  os.exit(1)
end)

local ok_run, err = xpcall(function()
  local repo = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h:h')
  -- A copy of the sample article in an empty temporary folder (its root_dir), so nothing from the
  -- checkout (lexicons, sidecars) is read or written.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local article = dir .. '/seed.txt'
  vim.fn.writefile(vim.fn.readfile(repo .. '/test/fixtures/seed.txt', 'b'), article, 'b')

  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'text', 'seed.txt opens with filetype text', 'filetype=' .. vim.bo[bufnr].filetype)

  -- Attach and initialize.
  local client
  local attached = vim.wait(20000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'newslens' and c.initialized then client = c; return true end
    end
    return false
  end, 20)
  if not check(attached, 'newslens client attached and initialized') then return end
  local pid = client.rpc and client.rpc.pid
  check(client.offset_encoding == 'utf-16', 'client speaks UTF-16 positions', 'offset_encoding=' .. tostring(client.offset_encoding))
  local caps = client.server_capabilities or {}
  check(caps.hoverProvider and caps.documentSymbolProvider, 'server offers hover and documentSymbol')

  local function lines() return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false) end
  -- First occurrence of `word`: 0-based line, byte column, UTF-16 column.
  local function find(word)
    for i, l in ipairs(lines()) do
      local b = l:find(word, 1, true)
      if b then
        local _, u16 = vim.str_utfindex(l, b - 1)
        return i - 1, b - 1, u16
      end
    end
  end
  -- One request to newslens, waited for until answered, timed out, or the server has stopped
  -- (vim.lsp.buf_request_sync would wait out its whole timeout on a dead server).
  local function request(method, params, timeout)
    if client.is_stopped() then return nil, 'server stopped' end
    local done, result, rerr
    local sent = client.request(method, params, function(err, res) done, result, rerr = true, res, err end, bufnr)
    if not sent then return nil, 'request not sent (server stopped?)' end
    vim.wait(timeout or 20000, function() return done or client.is_stopped() end, 10)
    if not done then return nil, client.is_stopped() and 'server stopped before answering' or 'timed out' end
    if rerr then return nil, vim.inspect(rerr) end
    return result
  end
  -- The buffer text an LSP range covers (UTF-16 → bytes by the buffer's current lines).
  local function text_of(range)
    local l = lines()[range.start.line + 1] or ''
    if range['end'].line ~= range.start.line then return nil end
    local ok1, s = pcall(vim.str_byteindex, l, range.start.character, true)
    local ok2, e = pcall(vim.str_byteindex, l, range['end'].character, true)
    if not (ok1 and ok2) then return nil end
    return l:sub(s + 1, e)
  end
  local function hover_on(word, what)
    local line, byte, u16 = find(word)
    if not check(line ~= nil, what .. ': ' .. word .. ' is in the buffer') then return end
    local uri = vim.uri_from_bufnr(bufnr)
    -- On the name's second character, so an off-by-one in either direction still lands inside.
    local h, e = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = line, character = u16 + 1 } })
    if not check(h and h.contents, what .. ': hover answered', e or 'empty hover') then return end
    local value = type(h.contents) == 'table' and (h.contents.value or vim.inspect(h.contents)) or tostring(h.contents)
    check(value:find('人物', 1, true) or value:find('Person', 1, true), what .. ': hover says 人物 / Person',
      value:sub(1, 200):gsub('\n', ' '))
    check(value:find('董军', 1, true), what .. ': hover names 董军', value:sub(1, 200):gsub('\n', ' '))
    if h.range then
      check(text_of(h.range) == word, what .. ': hover range covers ' .. word .. ' in the buffer',
        'range covers ' .. vim.inspect(text_of(h.range)) .. ' ' .. vim.inspect(h.range))
    end
    return line, byte, u16
  end

  -- 1. Hover on the first 董军.
  local line0, byte0, u160 = hover_on('董军', 'hover')

  -- 2. Outline: the 人物 People group holds 董军.
  local symbols, e = request('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } })
  if check(type(symbols) == 'table' and #symbols > 0, 'documentSymbol answered', e) then
    local group, person
    for _, s in ipairs(symbols) do
      if s.name:find('人物', 1, true) then group = s end
      for _, c in ipairs(s.children or {}) do
        if c.name:find('人物', 1, true) then group = c end
      end
    end
    if check(group ~= nil, 'outline has a 人物 People group',
      'top-level: ' .. table.concat(vim.tbl_map(function(s) return s.name end, symbols), ' | ')) then
      for _, c in ipairs(group.children or {}) do
        if c.name == '董军' or c.name:find('^董军') then person = c end
      end
      check(person ~= nil, 'the 人物 group contains 董军',
        table.concat(vim.tbl_map(function(c) return c.name end, group.children or {}), ' | '))
    end
  end

  -- 3. Diagnostics pushed by the server (textDocument/publishDiagnostics).
  local function ours() return vim.tbl_filter(function(d) return d.source == 'newslens' end, vim.diagnostic.get(bufnr)) end
  local got = vim.wait(20000, function() return #ours() > 0 or client.is_stopped() end, 20) and #ours() > 0
  local codes = {}
  for _, d in ipairs(ours()) do codes[#codes + 1] = tostring(d.code) end
  check(got, 'diagnostics pushed with source newslens',
    client.is_stopped() and 'server stopped' or (#vim.diagnostic.get(bufnr) .. ' diagnostics in the buffer, none from newslens within 20 s'))
  if got then out('# diagnostics: ' .. table.concat(codes, ', ')) end

  -- 4. An edit with surrogate pairs before 董军 on its line (at the line's start: right against the
  --    name, 部长𠮷👍董军, the segmenter no longer finds 董军 at all, in the CLI too), then hover 董军
  --    at its new place: 8 bytes, 4 UTF-16 units or 2 code points further, depending on who counts.
  if line0 then
    vim.api.nvim_buf_set_text(bufnr, line0, 0, line0, 0, { '𠮷👍' })
    local line1, byte1, u161 = find('董军')
    check(line1 == line0 and byte1 == byte0 + 8 and u161 == u160 + 4,
      'after inserting 𠮷👍, 董军 moved 8 bytes / 4 UTF-16 units / 2 code points',
      string.format('line %s byte %s→%s utf16 %s→%s', tostring(line1), byte0, tostring(byte1), u160, tostring(u161)))
    hover_on('董军', 'hover after the surrogate-pair edit')
  end

  -- 5. A new finding after an edit: an unclosed 「 after two surrogate pairs on a new last line is
  --    pushed as quote.unbalanced at byte column 8 (UTF-16 character 4).
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', '𠮷👍「没有闭合的引语' })
  local target = last + 1
  local found
  local pushed = vim.wait(20000, function()
    if client.is_stopped() then return true end
    for _, d in ipairs(ours()) do
      if d.lnum == target and d.code == 'quote.unbalanced' then found = d; return true end
    end
    return false
  end, 20)
  check(pushed and found and found.col == 8 and found.end_col == 11,
    'after an edit, quote.unbalanced is pushed on the unclosed 「 (bytes 8–11 after 𠮷👍)',
    found and string.format('col %d–%d', found.col, found.end_col) or 'no quote.unbalanced on line ' .. (target + 1))

  -- 6. A Markdown article gets the same client.
  local md = dir .. '/seed.md'
  vim.fn.writefile(vim.fn.readfile(article, 'b'), md, 'b')
  vim.cmd('edit ' .. vim.fn.fnameescape(md))
  local mdbuf = vim.api.nvim_get_current_buf()
  local md_client
  vim.wait(10000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(mdbuf)) do
      if c.name == 'newslens' then md_client = c; return true end
    end
    return false
  end, 20)
  check(vim.bo[mdbuf].filetype == 'markdown' and md_client and md_client.id == client.id,
    'seed.md (filetype markdown) is attached to the same client',
    'filetype=' .. vim.bo[mdbuf].filetype .. ', client ' .. tostring(md_client and md_client.id) .. ', expected ' .. client.id)
  local mdsyms, mde = request('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(mdbuf) } })
  check(type(mdsyms) == 'table' and #mdsyms > 0, 'documentSymbol answered for the Markdown article', mde)

  -- 7. The server is still alive: nothing it sent after the edits (refreshes, debounced pushes) made
  --    it exit within 2 s (a watch that ends early on an exit, not a sleep), its process exists, and
  --    it still answers.
  local died = vim.wait(2000, function() return client.is_stopped() end, 20)
  check(not died, 'server did not exit in the 2 s after the last request')
  check(not client.is_stopped(), 'client not stopped')
  check(pid and uv.kill(pid, 0) == 0, 'server process ' .. tostring(pid) .. ' is alive')
  local s2, e2 = request('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 10000)
  check(type(s2) == 'table' and #s2 > 0, 'server still answers requests at the end', e2)
end, debug.traceback)
if not ok_run then check(false, 'test script error', err) end
deadline:stop()
finish()
