/**
 * Functions that run INSIDE the workbench page (passed to Playwright's page.evaluate).
 *
 * Playwright sends each function's source text to the browser, so every function here must be
 * self-contained: no imports, no helpers from this module, no TypeScript helpers in the emitted
 * code (no spread / async / generators; array spreads would need `__spreadArray` when the
 * compile target is old). The tiny DOM interfaces below are declared at module scope so that
 * this file type-checks whether or not the project's tsconfig includes the "dom" lib (a module
 * declaration shadows the global one and emits nothing).
 */

interface PRect { left: number; top: number; right: number; bottom: number; width: number; height: number }
interface PNode { textContent: string | null; parentElement: PEl | null }
interface PText extends PNode { data: string }
interface PEl extends PNode {
  innerText: string;
  className: string;
  id: string;
  classList: { contains(c: string): boolean };
  style: { display: string };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PRect;
  querySelector(selector: string): PEl | null;
  querySelectorAll(selector: string): ArrayLike<PEl>;
}
interface PRange { setStart(n: PNode, offset: number): void; setEnd(n: PNode, offset: number): void; getBoundingClientRect(): PRect }
interface PTreeWalker { nextNode(): PNode | null }
declare const document: {
  querySelector(selector: string): PEl | null;
  querySelectorAll(selector: string): ArrayLike<PEl>;
  getElementById(id: string): PEl | null;
  createTreeWalker(root: PEl, whatToShow: number): PTreeWalker;
  createRange(): PRange;
};
declare function getComputedStyle(el: PEl): { color: string };

// ------------------------------------------------------------------------ result types
export type TextPoint =
  | { kind: 'point'; x: number; y: number; rect: { left: number; top: number; width: number; height: number } }
  | { kind: 'scroll'; dx: number; wheelX: number; wheelY: number }
  | { kind: 'error'; error: string };

export interface TextSpan { found: boolean; error?: string; colour: string; spanText: string; lineText: string }

export interface HoverContent { content: string; parts: string[] }

export interface ProblemRow {
  /** resource: a file; marker: a problem (its file in `file`); related: a problem's related information. */
  kind: 'marker' | 'resource' | 'related';
  text: string;
  ariaLabel: string;
  severity: string;
  message: string;
  source: string;
  code: string;
  position: string;
  file: string;
}
export interface ProblemsPanel { rows: ProblemRow[]; message: string; label: string }

export interface StatusProblems { label: string; text: string; errors: number; warnings: number; infos: number }

export interface ActionMenu { visible: boolean; rows: string[]; message: string }

// ---------------------------------------------------------------------------- scripts

/**
 * Screen point in the middle of the first occurrence of `text` on 1-based `line` of the active
 * editor. The line-number gutter gives the line's `top`; the `.view-line` at that top holds the
 * text; a DOM Range over the characters gives their box. Monaco renders spaces as U+00A0.
 */
export function pageTextPoint(arg: { line: number; text: string }): TextPoint {
  const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
  if (!editor) return { kind: 'error', error: 'no active editor' };
  const nums = editor.querySelectorAll('.margin-view-overlays .line-numbers');
  let num: PEl | null = null;
  for (let i = 0; i < nums.length; i++) { const n = nums[i]; if (n && (n.textContent || '').trim() === String(arg.line)) num = n; }
  if (!num) return { kind: 'error', error: 'line ' + arg.line + ' is not rendered' };
  const top = num.getBoundingClientRect().top;
  const lines = editor.querySelectorAll('.view-lines .view-line');
  let row: PEl | null = null;
  for (let i = 0; i < lines.length; i++) { const l = lines[i]; if (l && Math.abs(l.getBoundingClientRect().top - top) < 2) row = l; }
  if (!row) return { kind: 'error', error: 'no view-line at line ' + arg.line };
  const walker = document.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Array<{ node: PText; start: number }> = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { const t = n as PText; nodes.push({ node: t, start: all.length }); all += t.data; }
  const at = all.replace(/\u00a0/g, ' ').indexOf(arg.text);
  if (at < 0) return { kind: 'error', error: 'text not found in the rendered line: ' + all.replace(/\u00a0/g, ' ') };
  const locate = (offset: number): { node: PText; offset: number } | null => {
    for (let i = nodes.length - 1; i >= 0; i--) { const e = nodes[i]; if (e && offset >= e.start) return { node: e.node, offset: offset - e.start }; }
    return null;
  };
  const s = locate(at);
  const e = locate(at + arg.text.length - 1);
  if (!s || !e) return { kind: 'error', error: 'could not map the text to DOM nodes' };
  const range = document.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset + 1);
  const r = range.getBoundingClientRect();
  const viewEl = editor.querySelector('.editor-scrollable') || editor;
  const view = viewEl.getBoundingClientRect();
  const left = view.left + 4;
  const right = view.right - 24; // vertical scrollbar
  if (r.left < left || r.right > right) {
    return { kind: 'scroll', dx: r.left < left ? r.left - left - 100 : r.right - right + 100, wheelX: (view.left + view.right) / 2, wheelY: r.top + r.height / 2 };
  }
  if (r.top < view.top || r.bottom > view.bottom) return { kind: 'error', error: 'line ' + arg.line + ' is out of view vertically' };
  return { kind: 'point', x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2, rect: { left: r.left, top: r.top, width: r.width, height: r.height } };
}

/**
 * Computed colour of the rendered token span that holds the first character of `text` on
 * 1-based `line` of the active editor, with that span's text (spaces normalised).
 */
export function pageTextSpan(arg: { line: number; text: string }): TextSpan {
  const fail = (error: string): TextSpan => ({ found: false, error, colour: '', spanText: '', lineText: '' });
  const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
  if (!editor) return fail('no active editor');
  const nums = editor.querySelectorAll('.margin-view-overlays .line-numbers');
  let num: PEl | null = null;
  for (let i = 0; i < nums.length; i++) { const n = nums[i]; if (n && (n.textContent || '').trim() === String(arg.line)) num = n; }
  if (!num) return fail('line ' + arg.line + ' is not rendered');
  const top = num.getBoundingClientRect().top;
  const lines = editor.querySelectorAll('.view-lines .view-line');
  let row: PEl | null = null;
  for (let i = 0; i < lines.length; i++) { const l = lines[i]; if (l && Math.abs(l.getBoundingClientRect().top - top) < 2) row = l; }
  if (!row) return fail('no view-line at line ' + arg.line);
  const walker = document.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Array<{ node: PText; start: number }> = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { const t = n as PText; nodes.push({ node: t, start: all.length }); all += t.data; }
  const lineText = all.replace(/\u00a0/g, ' ');
  const at = lineText.indexOf(arg.text);
  if (at < 0) return { found: false, error: 'text not found in the rendered line', colour: '', spanText: '', lineText };
  let hit: PText | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const e = nodes[i];
    if (e && at >= e.start && at < e.start + e.node.data.length) { hit = e.node; break; }
  }
  const span = hit ? hit.parentElement : null;
  if (!span) return { found: false, error: 'no element around the text', colour: '', spanText: '', lineText };
  return { found: true, colour: getComputedStyle(span).color, spanText: (span.textContent || '').replace(/\u00a0/g, ' '), lineText };
}

/** The editor's content hover, if one is shown. */
export function pageReadHover(): HoverContent | null {
  const visible = (h: PEl): boolean => !h.classList.contains('hidden') && h.getBoundingClientRect().height > 0;
  const find = (selector: string): PEl | null => {
    const all = document.querySelectorAll(selector);
    for (let i = 0; i < all.length; i++) { const h = all[i]; if (h && visible(h)) return h; }
    return null;
  };
  const h = find('.monaco-editor .monaco-hover') || find('.monaco-hover');
  if (!h) return null;
  const parts: string[] = [];
  const rows = h.querySelectorAll('.hover-row');
  for (let i = 0; i < rows.length; i++) { const r = rows[i]; const t = r ? r.innerText.trim() : ''; if (t) parts.push(t); }
  return { content: h.innerText.trim(), parts };
}

/** Rows of the Problems panel (only the rows scrolled into view exist: the list is virtual). */
export function pageReadProblems(): ProblemsPanel | null {
  const panel = document.querySelector('.markers-panel');
  if (!panel) return null;
  const txt = (r: PEl, sel: string): string => { const e = r.querySelector(sel); return e ? e.innerText.replace(/\s+/g, ' ').trim() : ''; };
  const rows: ProblemRow[] = [];
  const els = panel.querySelectorAll('.monaco-list-row');
  let currentFile = '';
  for (let i = 0; i < els.length; i++) {
    const r = els[i];
    if (!r) continue;
    const icon = r.querySelector('.marker-icon');
    const name = icon ? '' : txt(r, '.label-name');
    if (name) currentFile = name;
    let severity = '';
    if (icon) {
      const sev = ['error', 'warning', 'info'];
      for (let j = 0; j < sev.length; j++) { const s = sev[j]; if (s && icon.classList.contains(s)) severity = s; }
      if (!severity) severity = icon.className;
    }
    rows.push({
      kind: icon ? 'marker' : name ? 'resource' : 'related',
      text: r.innerText.replace(/\s+/g, ' ').trim(),
      ariaLabel: r.getAttribute('aria-label') || '',
      severity,
      message: icon ? txt(r, '.marker-message') : '',
      source: icon ? txt(r, '.marker-source') : '',
      code: icon ? txt(r, '.marker-code') : '',
      position: icon ? txt(r, '.marker-line') : '',
      file: icon ? currentFile : name,
    });
  }
  const box = panel.querySelector('.message-box-container');
  const message = box && box.style.display !== 'none' ? box.innerText.trim() : '';
  const labelEl = panel.querySelector('#markers-panel-arialabel');
  const label = labelEl ? labelEl.getAttribute('aria-label') || '' : '';
  return { rows, message, label };
}

/** The status bar's problems entry, e.g. aria-label "Warnings: 2" or "No Problems". */
export function pageStatusProblems(): StatusProblems | null {
  const el = document.getElementById('status.problems');
  if (!el) return null;
  const label = (el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
  const text = el.innerText.replace(/\s+/g, ' ').trim();
  const count = (re: RegExp): number => { const m = re.exec(label); return m && m[1] ? Number(m[1]) : 0; };
  return { label, text, errors: count(/Errors?:\s*(\d+)/i), warnings: count(/Warnings?:\s*(\d+)/i), infos: count(/Infos?:\s*(\d+)/i) };
}

/** The code action menu (light bulb / Ctrl+.) rows, or the "no code actions" message. */
export function pageReadActionMenu(): ActionMenu {
  const visible = (e: PEl): boolean => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const rows: string[] = [];
  let shown = false;
  const widgets = document.querySelectorAll('.action-widget');
  for (let i = 0; i < widgets.length; i++) {
    const w = widgets[i];
    if (!w || !visible(w)) continue;
    shown = true;
    const items = w.querySelectorAll('.monaco-list-row');
    for (let j = 0; j < items.length; j++) {
      const it = items[j];
      if (!it) continue;
      const t = (it.getAttribute('aria-label') || it.innerText || '').replace(/\s+/g, ' ').trim();
      if (t) rows.push(t);
    }
  }
  // "No code actions available" and similar appear in a message widget, not in the menu.
  let message = '';
  const msgs = document.querySelectorAll('.monaco-editor-overlaymessage');
  for (let i = 0; i < msgs.length; i++) { const m = msgs[i]; if (m && visible(m)) message = m.innerText.replace(/\s+/g, ' ').trim(); }
  return { visible: shown, rows, message };
}

/** Text of every visible notification toast and modal dialog (they can cover the editor). */
export function pageReadPopups(): { toasts: string[]; dialog: string } {
  const toasts: string[] = [];
  const ls = document.querySelectorAll('.notifications-toasts .notification-toast .monaco-list');
  for (let i = 0; i < ls.length; i++) { const l = ls[i]; if (l) toasts.push((l.getAttribute('aria-label') || l.innerText).replace(/\s+/g, ' ').trim()); }
  const d = document.querySelector('.monaco-dialog-box');
  return { toasts, dialog: d ? d.innerText.replace(/\s+/g, ' ').trim() : '' };
}

/** Label of the active editor tab and whether its editor has rendered lines. */
export function pageActiveEditor(): { tab: string; rendered: boolean } {
  const tab = document.querySelector('.part.editor .editor-group-container.active .tab.active');
  const line = document.querySelector('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line');
  return { tab: tab ? tab.getAttribute('aria-label') || tab.innerText || '' : '', rendered: !!line };
}

/** Quick Open rows: index, file name and folder description. */
export function pageQuickOpenRows(): Array<{ index: string; name: string; description: string; label: string }> {
  const out: Array<{ index: string; name: string; description: string; label: string }> = [];
  const rows = document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const t = (sel: string): string => { const e = r.querySelector(sel); return e ? (e.textContent || '').trim() : ''; };
    out.push({ index: r.getAttribute('data-index') || '', name: t('.label-name'), description: t('.label-description'), label: r.getAttribute('aria-label') || r.innerText });
  }
  return out;
}

/** Number of elements matching a selector. */
export function pageCount(selector: string): number {
  return document.querySelectorAll(selector).length;
}

export interface TokenInspector { visible: boolean; token: string; rows: Array<{ key: string; value: string }> }

/**
 * The "Developer: Inspect Editor Tokens and Scopes" widget: the token's text (the semantic
 * token's range when there is one; the widget shows spaces as "·") and its metadata rows
 * ("standard token type", "semantic token type", "modifiers", "foreground", ...).
 */
export function pageReadTokenInspector(): TokenInspector {
  const w = document.querySelector('.token-inspect-widget');
  if (!w || w.getBoundingClientRect().height === 0) return { visible: false, token: '', rows: [] };
  const h = w.querySelector('.tiw-token');
  const len = h ? h.querySelector('.tiw-token-length') : null;
  let token = h ? h.textContent || '' : '';
  if (len && len.textContent && token.endsWith(len.textContent)) token = token.slice(0, token.length - len.textContent.length);
  const rows: Array<{ key: string; value: string }> = [];
  const trs = w.querySelectorAll('.tiw-metadata-table tr');
  for (let i = 0; i < trs.length; i++) {
    const tr = trs[i];
    if (!tr) continue;
    const k = tr.querySelector('.tiw-metadata-key');
    const v = tr.querySelector('.tiw-metadata-value');
    const value = v ? (v.innerText || '').split('\n')[0] || '' : '';
    if (k) rows.push({ key: (k.innerText || '').trim(), value: value.trim() });
  }
  return { visible: true, token: token.replace(/\u00b7/g, ' '), rows };
}
