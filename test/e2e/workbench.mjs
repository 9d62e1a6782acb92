// Reads and drives the VS Code workbench in a page the way a user does: keyboard, mouse, what is on screen.

/**
 * Polls `probe` until it returns something truthy, or throws after `timeoutMs` with `what` and the
 * last value seen (a deadline, never a fixed sleep).
 */
export async function until(page, what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last && (!Array.isArray(last) || last.length)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await page.waitForTimeout(150);
  }
}

/** Runs a command through the command palette by its label, e.g. `Explorer: Focus on Outline View`. */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Expands or collapses a sidebar section by clicking its header, e.g. `Outline` or `Explorer Section: workspace`. */
export async function setSection(page, labelPrefix, expanded) {
  const header = page.locator(`.pane-header[aria-label^="${labelPrefix}"]`).first();
  await header.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
  await until(page, `section ${labelPrefix} ${expanded ? 'expanded' : 'collapsed'}`, async () => (await header.getAttribute('aria-expanded')) === String(expanded), 5_000);
}

/** Opens a file by double-clicking it in the Explorer and waits for its editor tab to be active. */
export async function openFromExplorer(page, fileName) {
  await setSection(page, 'Explorer Section', true);
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName });
  await row.waitFor({ state: 'visible', timeout: 60_000 });
  await row.dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * Brings an open editor tab to the front by clicking it. A click can land while a hover, a peek or a
 * toast still holds the focus (CI once saw the tab stay inactive for 10 s), so a missed click is
 * retried after Escape, up to three times, before it fails.
 */
export async function selectTab(page, fileName) {
  const active = page.locator('.tabs-container .tab.active', { hasText: fileName });
  for (let attempt = 1; ; attempt++) {
    await page.locator('.tabs-container .tab', { hasText: fileName }).first().click();
    try {
      await active.waitFor({ state: 'visible', timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Error notifications currently shown as toasts or in the notification center. */
export async function errorNotifications(page) {
  return page.$$eval('.notification-list-item', (items) =>
    items.filter((i) => i.querySelector('.codicon-error, .codicon-notifications-error')).map((i) => i.innerText.replace(/\s+/g, ' ').trim()),
  );
}

/**
 * The rows of the Running Extensions editor as text (`NewsLens | 0.1.0 | … | Activation: 80ms`).
 * VS Code 1.139 opens it as a modal editor; Escape closes it.
 */
export async function runningExtensions(page) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = '.runtime-extensions-editor';
  const first = page.locator(`${list} .monaco-list-row[data-index="0"]`);
  await first.waitFor({ state: 'visible', timeout: 15_000 });
  await first.click();
  const rows = (await scanList(page, list)).map((r) => r.text.replace(/\s*\n\s*/g, ' | '));
  await page.keyboard.press('Escape');
  await page.locator(list).waitFor({ state: 'hidden', timeout: 10_000 });
  return rows;
}

/**
 * Every row of the focused list or tree in `container`, walked with Home/PageDown so rows that a
 * virtualized list has not rendered yet are seen too; in index order.
 */
async function scanList(page, container) {
  const rows = new Map();
  // Sticky-scroll copies of ancestor rows carry no aria-level; the real rows are the others.
  const rowSelector = `${container} .monaco-list-row:not(.monaco-tree-sticky-row)`;
  const focusedIndex = () => page.$eval(`${rowSelector}.focused`, (r) => Number(r.dataset.index)).catch(() => -1);
  const collect = async () => {
    const seen = await page.$$eval(rowSelector, (els) =>
      els.map((r) => ({
        index: Number(r.dataset.index),
        level: Number(r.getAttribute('aria-level')),
        name: r.querySelector('.label-name')?.textContent.trim() ?? r.innerText.trim(),
        detail: r.querySelector('.label-description')?.textContent.trim() ?? '',
        text: r.innerText.trim(),
      })),
    );
    for (const row of seen) rows.set(row.index, row);
  };
  await page.keyboard.press('End');
  const last = await until(page, 'the last row to take focus', async () => ((await focusedIndex()) > 0 ? focusedIndex() : null), 5_000).catch(() => 0);
  await page.keyboard.press('Home');
  await until(page, 'the first row to take focus', async () => (await focusedIndex()) === 0, 5_000);
  await collect();
  for (let at = 0; at < last; ) {
    await page.keyboard.press('PageDown');
    at = await until(page, 'PageDown to move the focus', async () => {
      const i = await focusedIndex();
      return i > at ? i : null;
    }, 5_000);
    await collect();
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/** Nests flat rows by aria-level: `[{name, detail, children}]`. */
function toTree(rows) {
  const roots = [];
  const stack = [];
  for (const { level, name, detail } of rows) {
    const node = { name, detail, children: [] };
    stack.length = level - 1;
    (level > 1 && stack[level - 2] ? stack[level - 2].children : roots).push(node);
    stack[level - 1] = node;
  }
  return roots;
}

/** Opens the Outline view and returns its tree once `ready(tree)` holds. */
export async function readOutline(page, ready, timeoutMs = 60_000) {
  await setSection(page, 'Outline', true);
  return readListTree(page, '.outline-pane', 'the Outline to fill', ready, timeoutMs);
}

/** The tree of the list in `pane` once `ready(tree)` holds: `[{name, detail, children}]`, rows walked with Home/PageDown. */
async function readListTree(page, pane, what, ready, timeoutMs) {
  return until(page, what, async () => {
    const first = page.locator(`${pane} .monaco-list-row[data-index="0"]`);
    if (!(await first.isVisible())) return null;
    // Clicking a row focuses the tree, so Home/End/PageDown move through it.
    await first.click();
    const tree = toTree(await scanList(page, pane));
    await page.keyboard.press('Home');
    return ready(tree) ? tree : null;
  }, timeoutMs);
}

/** Centre of the `nth` occurrence of `needle` in the visible lines of the active editor. */
export async function textPosition(page, needle, nth = 0) {
  return page.evaluate(([needle, nth]) => {
    let seen = 0;
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) {
        nodes.push({ node: n, at: text.length });
        text += n.data;
      }
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        if (seen++ < nth) continue;
        const locate = (offset) => { const n = nodes.findLast((x) => x.at <= offset); return [n.node, offset - n.at]; };
        const range = document.createRange();
        range.setStart(...locate(i));
        const [endNode, endOffset] = locate(i + needle.length - 1);
        range.setEnd(endNode, endOffset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
    }
    return null;
  }, [needle, nth]);
}

/**
 * Moves the mouse onto `needle` in the editor and returns the hover text once `ready(text)` holds. A
 * hover that never opens (the mouse arrived while the editor was still laying the line out, on a loaded
 * machine) is asked for again, as a user would move away and back: three tries of 6 s each.
 */
export async function hoverText(page, needle, ready, nth = 0) {
  const tries = 3;
  for (let attempt = 1; ; attempt++) {
    // Start away from any text so the hover is a fresh one.
    await page.mouse.move(5, 5);
    await page.locator('.monaco-hover-content').filter({ visible: true }).first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
    const at = await until(page, `"${needle}" on screen in the editor`, () => textPosition(page, needle, nth), 10_000);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    try {
      return await until(page, `the hover over "${needle}" (try ${attempt} of ${tries})`, async () => {
        const texts = await page.$$eval('.monaco-hover-content', (els) => els.filter((e) => e.offsetParent).map((e) => e.innerText.trim()));
        const text = texts.find((t) => t && ready(t));
        return text ?? null;
      }, 6_000);
    } catch (e) {
      if (attempt >= tries) throw e;
    }
  }
}

/** Opens the Problems panel and returns its markers as `{ file, text }`, text as shown (message, source(code), [Ln, Col]). */
export async function problems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
  const rows = await page.$$eval('.markers-panel .monaco-list-row', (els) =>
    els.map((r) => ({ level: Number(r.getAttribute('aria-level')), label: r.getAttribute('aria-label') ?? '', text: r.innerText.replace(/\s+/g, ' ').trim() })),
  );
  const markers = [];
  let file = '';
  for (const row of rows) {
    const fileRow = /problems? in file (.+?) of folder/.exec(row.label);
    if (row.level === 1 && fileRow) file = fileRow[1];
    else if (row.level === 2) markers.push({ file, text: row.text });
  }
  return markers;
}

/** Puts the cursor at the end of line `line` (1-based) with Go to Line (Ctrl+G), as a user would. */
export async function goToLineEnd(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.keyboard.press('End');
}

/**
 * Opens Quick Fix (Ctrl+.) at the selection and clicks the first action whose title satisfies
 * `wanted`; returns that title. Until the action is offered (the server may still be answering),
 * the menu is closed with Escape and opened again, within the deadline. While the menu is open,
 * Ctrl+. would apply its focused action, so it is only pressed with the menu closed. A press that
 * shows nothing within a few seconds (a busy machine: the request still running, or the key lost)
 * is followed by Escape and another press, with the editor focused again (focus keeps the selection).
 */
export async function chooseCodeAction(page, wanted, timeoutMs = 30_000) {
  // The menu's list; `.action-widget` alone also matches its hidden submenu panel.
  const menu = page.locator('.action-widget .monaco-list[aria-label="Action Widget"]');
  const noActions = page.locator('.monaco-editor-overlaymessage', { hasText: /no code actions/i });
  let titles = [];
  let presses = 0;
  let unanswered = 0;
  const found = await until(page, 'the action in the Quick Fix menu', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+Period');
    presses++;
    const shown = await until(page, 'the Quick Fix menu or its "no code actions" message', async () =>
      (await menu.isVisible()) ? 'menu' : (await noActions.isVisible()) ? 'none' : null, 6_000).catch(() => 'nothing');
    if (shown === 'nothing') {
      unanswered++;
      if (await menu.isVisible()) return null; // appeared just now: read it on the next round
      await page.keyboard.press('Escape');
      return null;
    }
    if (shown === 'none') {
      await noActions.waitFor({ state: 'hidden', timeout: 10_000 });
      return null;
    }
    titles = (await menu.locator('.monaco-list-row.action .title').allInnerTexts()).map((t) => t.trim());
    const index = titles.findIndex(wanted);
    if (index >= 0) return { index, title: titles[index] };
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden', timeout: 5_000 });
    return null;
  }, timeoutMs).catch((err) => {
    throw new Error(`${err.message}; Ctrl+. pressed ${presses} times, ${unanswered} showing nothing; actions offered: ${titles.join(' | ')}`);
  });
  await menu.locator('.monaco-list-row.action').nth(found.index).click();
  await menu.waitFor({ state: 'hidden', timeout: 5_000 });
  return found.title;
}

/** Gives the active editor keyboard focus again if something else holds it; its selection stays. */
async function focusEditor(page) {
  const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.editor-instance .monaco-editor'));
  if (inEditor) return;
  await page.evaluate(() => {
    const input = document.querySelector('.editor-instance .monaco-editor .native-edit-context, .editor-instance .monaco-editor textarea.inputarea');
    input?.focus();
  });
}

/**
 * Opens the command palette with `>query` and returns its rows as text once `ready(rows)` holds
 * (the palette stays open: Escape closes it).
 */
export async function commandPaletteRows(page, query, ready, timeoutMs = 10_000) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${query}`);
  return until(page, `the command palette rows for ${query}`, async () => {
    const rows = await page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
    if (ready(rows)) return rows;
    // Opened before the extension host registered the extensions' commands: the palette only looks
    // them up again when its text changes.
    if (rows.length <= 1) {
      await input.fill('>');
      await input.fill(`>${query}`);
    }
    return null;
  }, timeoutMs);
}

/** The text of the status bar item that starts with `prefix`, or null while there is none. */
export async function statusBarText(page, prefix) {
  const texts = await page.$$eval('.part.statusbar .statusbar-item', (els) => els.filter((e) => e.offsetParent).map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
  return texts.find((t) => t.startsWith(prefix)) ?? null;
}

/**
 * Reads the tree of the side bar's visible view (a custom view such as NewsLens's) once
 * `ready(tree)` holds: `[{name, detail, children}]`, rows walked with Home/PageDown.
 */
export async function readSidebarTree(page, ready, timeoutMs = 30_000) {
  return readListTree(page, '.part.sidebar', 'the side bar tree to fill', ready, timeoutMs);
}

/** Expands the side bar tree row labelled `name` (focus it, then ArrowRight), and waits for it to be expanded. */
export async function expandSidebarRow(page, name) {
  const row = page.locator('.part.sidebar .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
  await until(page, `${name} to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true', 10_000);
}

/**
 * Presses `key` (Ctrl+T: Go to Symbol in Workspace), types `query` and returns the quick pick's
 * rows as text once `ready(rows)` holds (the picker stays open: Escape closes it).
 */
export async function symbolPickerRows(page, key, query, ready, timeoutMs = 15_000) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(query);
  return until(page, `the rows for ${query}`, async () => {
    const rows = await page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
    return ready(rows) ? rows : null;
  }, timeoutMs);
}

/**
 * Shift+F12 (Peek References) at the cursor: the file rows of the peek view's tree as
 * `{ file, count }` once `ready(files)` holds.
 */
export async function peekReferenceFiles(page, ready, timeoutMs = 20_000) {
  await page.keyboard.press('Shift+F12');
  return until(page, 'the references peek view', async () => {
    const files = await page.$$eval('.peekview-widget .ref-tree .monaco-list-row .reference-file', (els) =>
      els.map((e) => ({ file: e.querySelector('.label-name')?.textContent.trim() ?? '', count: Number(e.querySelector('.count')?.textContent.trim()) || 0 })),
    );
    return ready(files) ? files : null;
  }, timeoutMs);
}

/** Drags the side bar's edge so that it is `width` pixels wide (for a screenshot of a tree with long rows). */
export async function resizeSidebar(page, width) {
  const sidebar = page.locator('.part.sidebar');
  const box = await sidebar.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
  await until(page, `the side bar ${width}px wide`, async () => Math.abs((await sidebar.boundingBox()).width - width) < 20, 5_000);
}
