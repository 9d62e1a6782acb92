-- Neovim configuration for the NewsLens language server, used by test/neovim/test.lua
-- (`nvim --headless -u test/neovim/init.lua`, see test/neovim/run.mjs). The block between the
-- BEGIN and END lines is the configuration the README gives users, word for word; only the value of
-- `newslens_server` is set differently here (this checkout's dist/server.js, or $NEWSLENS_SERVER).

-- Test only: no swap or shada files; the server of this checkout.
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'
local newslens_server = vim.env.NEWSLENS_SERVER
  or vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h:h') .. '/dist/server.js'

-- BEGIN newslens
-- NewsLens for .txt (filetype `text`) and .md (`markdown`) articles, Neovim 0.7 or later.
-- local newslens_server = '/path/to/newslens/dist/server.js' -- after `npm install` in the checkout
-- The newslens.* settings (README, Settings) without the prefix, e.g.
-- { publicationDate = '2024-04-17', language = 'zh', diagnostics = { source = { vague = 'off' } } }
local newslens_settings = {}
local newslens_client_id -- Neovim 0.7: one client for all articles
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  callback = function(args)
    -- The workspace folder: the nearest folder above the article with a .newslens/ folder
    -- (lexicon.txt, annotations/), else the article's own folder.
    local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
    local marker = vim.fn.finddir('.newslens', dir .. ';')
    local config = {
      name = 'newslens',
      -- The Node flags the VS Code extension starts the server with (client/src/serverFlags.ts).
      cmd = { 'node', '--expose-gc', '--max-semi-space-size=8', newslens_server, '--stdio' },
      root_dir = marker ~= '' and vim.fn.fnamemodify(marker, ':p:h:h') or dir,
      -- Neovim 0.7 has no workspace/configuration: the settings go in the initialize request;
      -- later versions answer workspace/configuration from `settings`.
      init_options = { settings = newslens_settings },
      settings = { newslens = newslens_settings },
    }
    if vim.lsp.start then -- Neovim 0.8+: reuses the client of the same name and root_dir
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    if not (newslens_client_id and vim.lsp.get_client_by_id(newslens_client_id)) then
      newslens_client_id = vim.lsp.start_client(config)
    end
    if newslens_client_id then vim.lsp.buf_attach_client(args.buf, newslens_client_id) end
  end,
})
-- END newslens
