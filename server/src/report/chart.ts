/**
 * An inline SVG of one claim: what each mention asserts, as an interval on a
 * shared linear axis. Self-contained (no script, no external resource, no
 * random id, no date), so the HTML report and the VS Code webview can embed
 * it as is. Colours are presentation attributes (so the SVG reads well on its
 * own and under a strict CSP) plus classes that CLAIM_CHART_CSS, or a host's
 * own CSS, overrides for dark themes.
 */

import { CLOCK_UNIT, formatClock } from '../engine/figures/clock';

export type ChartLang = 'fr' | 'en';
export type ChartVerdict = 'same' | 'compatible' | 'conflict';

export interface ClaimChartRow {
  /** The source document, as the report names it. */
  path: string;
  /** The figure as written in the source. */
  text: string;
  /** The interval the wording asserts, in the claim's unit; null = unbounded on that side. */
  low: number | null;
  high: number | null;
  /** The stated value, in the claim's unit (null for "between 64 and 72"). */
  value: number | null;
  lowInclusive?: boolean;
  highInclusive?: boolean;
  /** Absent: not compared with anything (drawn in a neutral colour). */
  verdict?: ChartVerdict;
  /** Set when the caller converted the row from another currency: 1 `from` = `rate` claim units. */
  converted?: { from: string; rate: number };
  /**
   * The row's own unit, when the caller knows it. A row whose unit differs
   * from the claim's and that was not converted cannot be placed on the axis:
   * it is listed without a bar.
   */
  unit?: string | null;
}

export interface ClaimChartInput {
  label: string;
  status: 'consistent' | 'conflict' | 'single';
  /** The claim's unit: ISO 4217 code for money, "%", "year", ... or null. */
  unit: string | null;
  /** Optional figure kind ("money", "year", ...): years and dates are printed without digit grouping. */
  kind?: string;
  rows: ClaimChartRow[];
}

export interface ClaimChartOptions {
  /** Prefix of the few ids (gradients) the SVG defines; must be unique in a page. Default: a hash of the input. */
  idPrefix?: string;
  /** Draw the legend under the chart (default true); a page of many charts can show claimChartLegendSvg once instead. */
  legend?: boolean;
}

// ---------------------------------------------------------------------------
// Escaping and text helpers

/** XML/HTML escaping for text and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** At most `max` code points, the end replaced by an ellipsis when cut. */
export function truncateEnd(text: string, max: number): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim());
  if (points.length <= max) return points.join('');
  return `${points.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** At most `max` code points, the start replaced by an ellipsis when cut (paths keep their file name). */
export function truncateStart(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `…${points.slice(points.length - Math.max(1, max - 1)).join('')}`;
}

// ---------------------------------------------------------------------------
// Numbers with human units

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const MINUS = '\u2212';

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

const TIME_UNITS: Record<string, Record<ChartLang, [string, string]>> = {
  year: { en: ['year', 'years'], fr: ['an', 'ans'] },
  month: { en: ['month', 'months'], fr: ['mois', 'mois'] },
  week: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'] },
  day: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  hour: { en: ['hour', 'hours'], fr: ['heure', 'heures'] },
  minute: { en: ['minute', 'minutes'], fr: ['minute', 'minutes'] },
  second: { en: ['second', 'seconds'], fr: ['seconde', 'secondes'] },
};

export function isMoneyUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
}

interface Scale {
  readonly factor: number;
  readonly suffix: string;
}

/** The compact scale for numbers of magnitude `ref`: 14.3e9 → bn / Md. Null below a million. */
function scaleFor(ref: number, lang: ChartLang): Scale | null {
  const abs = Math.abs(ref);
  if (abs >= 1e12 && lang === 'en') return { factor: 1e12, suffix: 'tn' };
  if (abs >= 1e9) return { factor: 1e9, suffix: lang === 'fr' ? 'Md' : 'bn' };
  if (abs >= 1e6) return { factor: 1e6, suffix: lang === 'fr' ? 'M' : 'm' };
  return null;
}

/** Fixed decimals, trailing zeros trimmed, digits grouped ("14 300", "14,300"); never "-0", "NaN" or "Infinity". */
export function formatNumber(n: number, decimals: number, lang: ChartLang, group = true): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  let body = abs >= 1e21 ? abs.toExponential(3) : abs.toFixed(Math.max(0, Math.min(20, decimals)));
  if (body.includes('.') && !body.includes('e')) body = body.replace(/0+$/, '').replace(/\.$/, '');
  const negative = n < 0 && Number(body) !== 0;
  const [intPart = '0', frac = ''] = body.split('.');
  let grouped = intPart;
  if (group && !body.includes('e') && intPart.length > 3) {
    grouped = '';
    for (let k = 0; k < intPart.length; k++) {
      if (k > 0 && (intPart.length - k) % 3 === 0) grouped += lang === 'fr' ? NNBSP : ',';
      grouped += intPart[k] ?? '';
    }
  }
  return `${negative ? MINUS : ''}${grouped}${frac ? (lang === 'fr' ? ',' : '.') + frac : ''}`;
}

/** The fewest decimals (at most 3) that show `x` exactly enough. */
function decimalsFor(x: number): number {
  for (let d = 0; d < 3; d++) {
    const rounded = Math.round(x * 10 ** d) / 10 ** d;
    if (Math.abs(rounded - x) <= 1e-9 * Math.max(1, Math.abs(x))) return d;
  }
  return 3;
}

export interface QuantityFormat {
  /** Decimals of the scaled number; default: as few as show the value. */
  decimals?: number;
  /** Magnitude that picks the compact scale (to share one scale over an axis); default: the value. */
  scaleRef?: number;
  kind?: string;
  /** Spell time units ("28 ans"); axis ticks leave them to the axis caption. */
  spellUnit?: boolean;
}

/**
 * A number with its unit, compact like a newsroom would write it:
 * "$14.3bn" / "14,3 Md $", "49%" / "49 %", "28 years" / "28 ans", "1997".
 */
export function formatQuantity(n: number, unit: string | null, lang: ChartLang, format: QuantityFormat = {}): string {
  if (!Number.isFinite(n)) return '—';
  if (unit === CLOCK_UNIT) return formatClock(n, lang);
  const plainYear = (format.kind === 'year' || format.kind === 'date') && unit === null;
  const scale = plainYear ? null : scaleFor(format.scaleRef ?? n, lang);
  const scaled = scale ? n / scale.factor : n;
  const decimals = format.decimals ?? decimalsFor(scaled);
  const number = formatNumber(scaled, decimals, lang, !plainYear);
  if (isMoneyUnit(unit)) {
    const code = unit as string;
    const symbol = CURRENCY_SYMBOLS[code];
    if (lang === 'fr') return `${number}${scale ? NBSP + scale.suffix : ''}${NBSP}${symbol ?? code}`;
    const sign = number.startsWith(MINUS) ? MINUS : '';
    const digits = sign ? number.slice(1) : number;
    return `${sign}${symbol ?? code + NBSP}${digits}${scale ? scale.suffix : ''}`;
  }
  const compact = `${number}${scale ? (lang === 'fr' ? NBSP : '') + scale.suffix : ''}`;
  if (unit === '%') return lang === 'fr' ? `${compact}${NBSP}%` : `${compact}%`;
  if (unit === 'pp') return `${compact}${NBSP}${lang === 'fr' ? 'pt' : 'pp'}`;
  if (unit === 'times') return `${compact}×`;
  if (unit !== null && format.spellUnit) {
    const words = TIME_UNITS[unit]?.[lang];
    if (words) return `${compact}${NBSP}${Math.abs(n) < 2 && !(lang === 'en' && Math.abs(n) !== 1) ? words[0] : words[1]}`;
    return `${compact}${NBSP}${unit}`;
  }
  return compact;
}

/** The caption under the axis for units the ticks do not carry ("years" / "ans"). */
function axisCaption(unit: string | null, lang: ChartLang): string | null {
  if (unit === null || isMoneyUnit(unit) || unit === '%' || unit === 'pp' || unit === 'times') return null;
  return TIME_UNITS[unit]?.[lang][1] ?? unit;
}

export interface IntervalBounds {
  low: number | null;
  high: number | null;
  lowInclusive?: boolean;
  highInclusive?: boolean;
}

/** "$14.25bn – $14.35bn", "> $100m", "≤ 100 M $", "2016", "—" (nothing known). */
export function formatInterval(bounds: IntervalBounds, unit: string | null, lang: ChartLang, kind?: string): string {
  const low = finite(bounds.low);
  const high = finite(bounds.high);
  const ref = Math.max(Math.abs(low ?? 0), Math.abs(high ?? 0));
  const q = (n: number): string => formatQuantity(n, unit, lang, { scaleRef: ref, kind, spellUnit: true });
  if (low === null && high === null) return '—';
  if (low !== null && high !== null) return low === high ? q(low) : `${q(low)} – ${q(high)}`;
  if (low !== null) return `${bounds.lowInclusive === true ? '≥' : '>'}${NBSP}${q(low)}`;
  return `${bounds.highInclusive === true ? '≤' : '<'}${NBSP}${q(high as number)}`;
}

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

// ---------------------------------------------------------------------------
// Axis

/** A 1-2-5 step giving about `count` ticks over `span`. */
function tickStep(span: number, count: number): number {
  const raw = span / count;
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}

/** Rounds away float noise (0.30000000000000004 → 0.3) at 12 significant digits. */
function clean(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12));
}

interface Axis {
  readonly min: number;
  readonly max: number;
  readonly ticks: number[];
  readonly step: number;
}

function axisFor(rows: readonly PlacedRow[], kind: string | undefined): Axis {
  const values: number[] = [];
  let open = false;
  for (const row of rows) {
    if (!row.placed) continue;
    for (const v of [row.low, row.high, row.value]) if (v !== null) values.push(v);
    if (row.low === null || row.high === null) open = true;
  }
  if (values.length === 0) return { min: 0, max: 1, ticks: [], step: 1 };
  let min = Math.min(...values);
  let max = Math.max(...values);
  const nonNegative = min >= 0;
  const span = max - min;
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  const calendar = kind === 'year' || kind === 'date';
  let pad = Math.max(span * 0.15, calendar ? 1 : magnitude * 0.02);
  if (open) pad = Math.max(pad, span * 0.35, calendar ? 3 : magnitude * 0.1);
  if (!(pad > 0)) pad = 1;
  min -= pad;
  max += pad;
  if (nonNegative && min < 0) min = 0;
  let step = tickStep(max - min, 5);
  if (calendar) step = Math.max(1, step);
  min = clean(Math.floor(min / step) * step);
  max = clean(Math.ceil(max / step) * step);
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [], step: 1 };
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  for (let i = first; i <= last && ticks.length < 20; i++) ticks.push(clean(i * step));
  return { min, max, ticks, step };
}

// ---------------------------------------------------------------------------
// Strings

const WORDS: Record<ChartLang, Record<string, string>> = {
  en: {
    'verdict.same': 'consistent',
    'verdict.compatible': 'differs in precision',
    'verdict.conflict': 'conflict',
    'verdict.none': 'not compared',
    'legend.included': 'bound included',
    'legend.excluded': 'bound excluded',
    'legend.open': 'no limit',
    'legend.value': 'stated value',
    converted: 'converted from {from} at {rate}',
    incomparable: 'not comparable (unit: {unit})',
    noInterval: 'no interval stated',
    chart: '{label}: {count} mention(s)',
    legend: 'How to read the charts',
  },
  fr: {
    'verdict.same': 'concordant',
    'verdict.compatible': 'précision différente',
    'verdict.conflict': 'contradiction',
    'verdict.none': 'non comparé',
    'legend.included': 'borne incluse',
    'legend.excluded': 'borne exclue',
    'legend.open': 'sans limite',
    'legend.value': 'valeur annoncée',
    converted: 'converti de {from} au taux de {rate}',
    incomparable: 'non comparable (unité : {unit})',
    noInterval: 'aucun intervalle',
    chart: '{label} : {count} mention(s)',
    legend: 'Comment lire les graphiques',
  },
};

function word(lang: ChartLang, key: string, params: Record<string, string | number> = {}): string {
  const template = WORDS[lang][key] ?? WORDS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The verdict's display name, shared with the HTML report so both say the same. */
export function verdictName(verdict: ChartVerdict | undefined, lang: ChartLang): string {
  return word(lang, `verdict.${verdict ?? 'none'}`);
}

/** "1.08" / "1,08": 4 significant digits. */
export function formatRate(rate: number, lang: ChartLang): string {
  if (!Number.isFinite(rate)) return '—';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(rate) || 1)));
  return formatNumber(Number(rate.toPrecision(4)), Math.min(8, digits), lang);
}

// ---------------------------------------------------------------------------
// Colours: presentation-attribute defaults; CSS overrides them by class.

const COLOURS = {
  same: '#1b7f79',
  compatible: '#b7791f',
  conflict: '#c62828',
  none: '#6b7280',
  ink: '#1f2328',
  muted: '#5f6b7a',
  grid: '#d8dde3',
  paper: '#ffffff',
};

type VerdictClass = ChartVerdict | 'none';

const STATUSES: readonly string[] = ['consistent', 'conflict', 'single'];

/** Classes the SVG uses, with light and dark values; include it once in a page (or a webview's stylesheet). */
export const CLAIM_CHART_CSS = `
.rc-chart { --rc-same: ${COLOURS.same}; --rc-compatible: ${COLOURS.compatible}; --rc-conflict: ${COLOURS.conflict}; --rc-none: ${COLOURS.none};
  --rc-ink: ${COLOURS.ink}; --rc-muted: ${COLOURS.muted}; --rc-grid: ${COLOURS.grid}; --rc-paper: ${COLOURS.paper};
  max-width: 100%; height: auto; overflow: visible; }
@media (prefers-color-scheme: dark) {
  .rc-chart { --rc-same: #4fc3b9; --rc-compatible: #f0b64a; --rc-conflict: #ff6b6b; --rc-none: #9aa4b2;
    --rc-ink: #e6e9ee; --rc-muted: #a3adba; --rc-grid: #39414c; --rc-paper: #16191d; }
}
body.vscode-light .rc-chart { --rc-same: ${COLOURS.same}; --rc-compatible: ${COLOURS.compatible}; --rc-conflict: ${COLOURS.conflict}; --rc-none: ${COLOURS.none};
  --rc-ink: var(--vscode-foreground, ${COLOURS.ink}); --rc-muted: var(--vscode-descriptionForeground, ${COLOURS.muted}); --rc-grid: ${COLOURS.grid}; --rc-paper: var(--vscode-editor-background, ${COLOURS.paper}); }
body.vscode-dark .rc-chart, body.vscode-high-contrast .rc-chart { --rc-same: #4fc3b9; --rc-compatible: #f0b64a; --rc-conflict: #ff6b6b; --rc-none: #9aa4b2;
  --rc-ink: var(--vscode-foreground, #e6e9ee); --rc-muted: var(--vscode-descriptionForeground, #a3adba); --rc-grid: #39414c; --rc-paper: var(--vscode-editor-background, #16191d); }
.rc-chart .rc-ink { fill: var(--rc-ink); }
.rc-chart .rc-muted { fill: var(--rc-muted); }
.rc-chart .rc-grid { stroke: var(--rc-grid); }
.rc-chart .rc-axis { stroke: var(--rc-muted); }
.rc-chart .rc-value { stroke: var(--rc-ink); }
.rc-chart .rc-hollow { fill: var(--rc-paper); }
.rc-chart .rc-fill-same { fill: var(--rc-same); } .rc-chart .rc-stroke-same { stroke: var(--rc-same); } .rc-chart .rc-stop-same { stop-color: var(--rc-same); }
.rc-chart .rc-fill-compatible { fill: var(--rc-compatible); } .rc-chart .rc-stroke-compatible { stroke: var(--rc-compatible); } .rc-chart .rc-stop-compatible { stop-color: var(--rc-compatible); }
.rc-chart .rc-fill-conflict { fill: var(--rc-conflict); } .rc-chart .rc-stroke-conflict { stroke: var(--rc-conflict); } .rc-chart .rc-stop-conflict { stop-color: var(--rc-conflict); }
.rc-chart .rc-fill-none { fill: var(--rc-none); } .rc-chart .rc-stroke-none { stroke: var(--rc-none); } .rc-chart .rc-stop-none { stop-color: var(--rc-none); }
.rc-chart .rc-row.rc-v-conflict .rc-wording { fill: var(--rc-conflict); }
`;

// ---------------------------------------------------------------------------
// Layout

const WIDTH = 960;
const LABEL_X = 10;
const PLOT_X0 = 340;
const PLOT_X1 = WIDTH - 40;
const TOP = 6;
const ROW_H = 42;
const BAR_H = 10;
const CAP_R = 4.5;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const CHAR_W = 6.4; // average advance at 12px, for truncation and legend layout
const WORDING_MAX = 44;
const PATH_LINE_MAX = 52;

interface PlacedRow {
  readonly source: ClaimChartRow;
  readonly low: number | null;
  readonly high: number | null;
  readonly value: number | null;
  readonly verdict: VerdictClass;
  /** False when the row has no interval at all or a unit the axis does not share. */
  readonly placed: boolean;
  readonly incomparable: boolean;
}

/** Coordinates: one decimal, never NaN. */
function n(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 10) / 10;
  return String(r === 0 ? 0 : r);
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Open (unbounded) sides: the bar fades toward the axis edge, which an arrowhead marks. */
type Fade = 'left' | 'right' | 'both';

export function claimChartSvg(input: ClaimChartInput, uiLang: ChartLang, options: ClaimChartOptions = {}): string {
  const lang: ChartLang = uiLang === 'fr' ? 'fr' : 'en';
  const prefix = (options.idPrefix ?? `rc${fnv1a(JSON.stringify([input, lang]))}`).replace(/[^A-Za-z0-9_-]/g, '_');
  const rows: PlacedRow[] = input.rows.map((row) => {
    const low = finite(row.low);
    const high = finite(row.high);
    const value = finite(row.value);
    const incomparable = row.unit !== undefined && row.unit !== input.unit && row.converted === undefined;
    const known = low !== null || high !== null || value !== null;
    const verdict: VerdictClass = row.verdict === 'same' || row.verdict === 'compatible' || row.verdict === 'conflict' ? row.verdict : 'none';
    return { source: row, low, high, value, verdict, placed: known && !incomparable, incomparable };
  });
  const axis = axisFor(rows, input.kind);
  const x = (v: number): number => PLOT_X0 + ((v - axis.min) / (axis.max - axis.min)) * (PLOT_X1 - PLOT_X0);
  const clampX = (v: number): number => Math.min(PLOT_X1, Math.max(PLOT_X0, x(v)));
  const rowsBottom = TOP + rows.length * ROW_H;
  const axisY = rowsBottom + 6;
  const caption = axisCaption(input.unit, lang);

  const defs = new Map<string, string>();
  const gradient = (verdict: VerdictClass, fade: Fade): string => {
    const id = `${prefix}-fade-${verdict}-${fade}`;
    if (!defs.has(id)) {
      const colour = COLOURS[verdict];
      const stop = (offset: number, opacity: number): string =>
        `<stop offset="${offset}" class="rc-stop-${verdict}" stop-color="${colour}" stop-opacity="${opacity}"/>`;
      const stops =
        fade === 'right'
          ? stop(0, 0.9) + stop(0.55, 0.55) + stop(1, 0.08)
          : fade === 'left'
            ? stop(0, 0.08) + stop(0.45, 0.55) + stop(1, 0.9)
            : stop(0, 0.08) + stop(0.5, 0.9) + stop(1, 0.08);
      defs.set(id, `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">${stops}</linearGradient>`);
    }
    return id;
  };

  const body: string[] = [];

  // Grid and ticks first, behind the bars.
  const tickDecimals = Math.max(0, -Math.floor(Math.log10(axis.step / (scaleFor(Math.max(Math.abs(axis.min), Math.abs(axis.max)), lang)?.factor ?? 1)) + 1e-9));
  const scaleRef = Math.max(Math.abs(axis.min), Math.abs(axis.max));
  const plainYear = input.kind === 'year' || input.kind === 'date';
  body.push('<g class="rc-grid-lines">');
  for (const tick of axis.ticks) {
    const tx = x(tick);
    body.push(`<path class="rc-grid" d="M${n(tx)} ${n(TOP)}V${n(axisY)}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
  }
  body.push('</g>');
  body.push(`<path class="rc-axis" d="M${n(PLOT_X0)} ${n(axisY)}H${n(PLOT_X1)}" stroke="${COLOURS.muted}" stroke-width="1"/>`);
  body.push('<g class="rc-ticks">');
  for (const tick of axis.ticks) {
    const tx = x(tick);
    const label = formatQuantity(tick, input.unit, lang, {
      decimals: plainYear ? 0 : tickDecimals,
      scaleRef,
      kind: input.kind,
    });
    body.push(`<path class="rc-axis" d="M${n(tx)} ${n(axisY)}v4" stroke="${COLOURS.muted}" stroke-width="1"/>`);
    body.push(`<text class="rc-muted" x="${n(tx)}" y="${n(axisY + 17)}" text-anchor="middle" fill="${COLOURS.muted}" font-size="11">${escapeXml(label)}</text>`);
  }
  body.push('</g>');
  if (caption !== null) {
    body.push(`<text class="rc-muted" x="${n(PLOT_X1)}" y="${n(axisY + 31)}" text-anchor="end" fill="${COLOURS.muted}" font-size="11">${escapeXml(caption)}</text>`);
  }

  rows.forEach((row, index) => {
    const y0 = TOP + index * ROW_H;
    const cy = y0 + ROW_H / 2;
    const src = row.source;
    const verdict = row.verdict;
    const colour = COLOURS[verdict];
    const quote = lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
    const wording = `${quote[0]}${truncateEnd(src.text, WORDING_MAX)}${quote[1]}`;
    const notes: string[] = [];
    if (src.converted) notes.push(word(lang, 'converted', { from: src.converted.from, rate: formatRate(src.converted.rate, lang) }));
    if (row.incomparable) notes.push(word(lang, 'incomparable', { unit: src.unit ?? '∅' }));
    else if (!row.placed) notes.push(word(lang, 'noInterval'));
    const noteText = notes.join(' · ');
    const pathBudget = Math.max(12, PATH_LINE_MAX - (noteText ? Array.from(noteText).length + 3 : 0));
    const pathText = truncateStart(src.path, pathBudget);
    const interval = row.placed
      ? formatInterval({ low: row.low, high: row.high, lowInclusive: src.lowInclusive, highInclusive: src.highInclusive }, input.unit, lang, input.kind)
      : '—';
    const tooltip = `${src.path}\n${quote[0]}${src.text}${quote[1]}\n${interval} · ${verdictName(src.verdict, lang)}${noteText ? `\n${noteText}` : ''}`;

    body.push(`<g class="rc-row rc-v-${verdict}">`);
    body.push(`<title>${escapeXml(tooltip)}</title>`);
    if (index > 0) body.push(`<path class="rc-grid" d="M${LABEL_X} ${n(y0)}H${n(WIDTH - 10)}" stroke="${COLOURS.grid}" stroke-width="0.6" stroke-dasharray="2 3"/>`);
    body.push(
      `<text class="rc-wording rc-ink" x="${LABEL_X}" y="${n(cy - 3)}" fill="${verdict === 'conflict' ? COLOURS.conflict : COLOURS.ink}" font-size="12.5"${verdict === 'conflict' ? ' font-weight="600"' : ''}>${escapeXml(wording)}</text>`,
    );
    body.push(
      `<text class="rc-path rc-muted" x="${LABEL_X}" y="${n(cy + 12)}" fill="${COLOURS.muted}" font-size="11">${escapeXml(pathText)}${noteText ? `<tspan font-style="italic"> · ${escapeXml(noteText)}</tspan>` : ''}</text>`,
    );
    if (row.placed) {
      const lowOpen = row.low === null;
      const highOpen = row.high === null;
      // A value-only row (both ends unknown) is open on both sides.
      const x0 = lowOpen ? PLOT_X0 : clampX(row.low as number);
      const x1 = highOpen ? PLOT_X1 : clampX(row.high as number);
      let left = Math.min(x0, x1);
      let width = Math.abs(x1 - x0);
      if (width < 3) {
        left = (x0 + x1) / 2 - 1.5;
        width = 3;
      }
      const fade: Fade | null = lowOpen && highOpen ? 'both' : lowOpen ? 'left' : highOpen ? 'right' : null;
      const fill = fade === null ? colour : `url(#${gradient(verdict, fade)})`;
      const fillClass = fade === null ? ` rc-fill-${verdict}` : '';
      const rectOpacity = fade === null ? ' fill-opacity="0.85"' : '';
      body.push(
        `<rect class="rc-bar rc-v-${verdict}${fillClass}" x="${n(left)}" y="${n(cy - BAR_H / 2)}" width="${n(width)}" height="${BAR_H}" rx="2" fill="${fill}"${rectOpacity}/>`,
      );
      if (lowOpen) body.push(arrow(PLOT_X0, cy, -1, verdict));
      if (highOpen) body.push(arrow(PLOT_X1, cy, 1, verdict));
      if (row.value !== null) {
        const vx = clampX(row.value);
        body.push(`<path class="rc-value" d="M${n(vx)} ${n(cy - 10)}V${n(cy + 10)}" stroke="${COLOURS.ink}" stroke-width="2" stroke-linecap="round"/>`);
      }
      const caps: { at: number; inclusive: boolean }[] = [];
      if (!lowOpen) caps.push({ at: clampX(row.low as number), inclusive: src.lowInclusive !== false });
      if (!highOpen && !(row.low !== null && row.high === row.low)) caps.push({ at: clampX(row.high as number), inclusive: src.highInclusive !== false });
      for (const cap of caps) body.push(endCap(cap.at, cy, cap.inclusive, verdict));
    } else {
      body.push(`<text class="rc-muted" x="${n(PLOT_X0)}" y="${n(cy + 4)}" fill="${COLOURS.muted}" font-size="11">—</text>`);
    }
    body.push('</g>');
  });

  // Legend: verdict colours, then the symbols.
  let height = axisY + (caption !== null ? 38 : 26);
  let legend = '';
  if (options.legend !== false) {
    const drawn = legendItems(lang, rows.some((row) => row.verdict === 'none'), height + 12, WIDTH);
    legend = `<g class="rc-legend">${drawn.svg}</g>`;
    height = drawn.bottom + 6;
  }

  const defsText = defs.size > 0 ? `<defs>${[...defs.values()].join('')}</defs>` : '';
  const aria = word(lang, 'chart', { label: input.label, count: rows.length });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="rc-chart rc-status-${STATUSES.includes(input.status) ? input.status : 'single'}" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}"` +
    ` role="img" aria-label="${escapeXml(aria)}" font-family="${escapeXml(FONT)}" font-size="12">` +
    `<title>${escapeXml(input.label)}</title>${defsText}${body.join('')}${legend}</svg>`
  );
}

/** The legend alone, in one strip: verdict colours, then what the symbols mean. */
export function claimChartLegendSvg(uiLang: ChartLang, options: { includeNotCompared?: boolean; width?: number } = {}): string {
  const lang: ChartLang = uiLang === 'fr' ? 'fr' : 'en';
  const width = options.width ?? WIDTH;
  const drawn = legendItems(lang, options.includeNotCompared ?? true, 16, width);
  const height = drawn.bottom + 6;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="rc-chart rc-legend-only" viewBox="0 0 ${width} ${n(height)}" width="${width}" height="${n(height)}"` +
    ` role="img" aria-label="${escapeXml(word(lang, 'legend'))}" font-family="${escapeXml(FONT)}" font-size="12"><g class="rc-legend">${drawn.svg}</g></svg>`
  );
}

function legendItems(lang: ChartLang, includeNone: boolean, top: number, width: number): { svg: string; bottom: number } {
  const items: string[] = [];
  let lx = LABEL_X;
  let ly = top;
  const place = (text: string, extra: number): void => {
    const itemWidth = extra + Array.from(text).length * CHAR_W;
    if (lx > LABEL_X && lx + itemWidth > width - LABEL_X) {
      lx = LABEL_X;
      ly += 20;
    }
  };
  const verdicts: VerdictClass[] = ['same', 'compatible', 'conflict'];
  if (includeNone) verdicts.push('none');
  for (const verdict of verdicts) {
    const text = word(lang, `verdict.${verdict}`);
    place(text, 19);
    items.push(
      `<g class="rc-legend-item rc-legend-${verdict}"><path class="rc-fill-${verdict}" d="M${n(lx)} ${n(ly - 9)}h14v10h-14Z" fill="${COLOURS[verdict]}"/>` +
        `<text class="rc-ink" x="${n(lx + 19)}" y="${n(ly)}" fill="${COLOURS.ink}" font-size="11">${escapeXml(text)}</text></g>`,
    );
    lx += 19 + Array.from(text).length * CHAR_W + 18;
  }
  lx += 14;
  const symbols: { key: string; draw: (sx: number, sy: number) => string; w: number }[] = [
    { key: 'legend.included', draw: (sx, sy) => endCap(sx + 5, sy, true, 'none'), w: 14 },
    { key: 'legend.excluded', draw: (sx, sy) => endCap(sx + 5, sy, false, 'none'), w: 14 },
    {
      key: 'legend.open',
      draw: (sx, sy) => `<path class="rc-stroke-none" d="M${n(sx)} ${n(sy)}H${n(sx + 12)}" stroke="${COLOURS.none}" stroke-width="3"/>${arrow(sx + 14, sy, 1, 'none', 'rc-legend-arrow')}`,
      w: 24,
    },
    { key: 'legend.value', draw: (sx, sy) => `<path class="rc-value" d="M${n(sx + 4)} ${n(sy - 7)}V${n(sy + 7)}" stroke="${COLOURS.ink}" stroke-width="2" stroke-linecap="round"/>`, w: 10 },
  ];
  for (const symbol of symbols) {
    const text = word(lang, symbol.key);
    place(text, symbol.w + 5);
    items.push(
      `<g class="rc-legend-item">${symbol.draw(lx, ly - 4)}<text class="rc-muted" x="${n(lx + symbol.w + 5)}" y="${n(ly)}" fill="${COLOURS.muted}" font-size="11">${escapeXml(text)}</text></g>`,
    );
    lx += symbol.w + 5 + Array.from(text).length * CHAR_W + 18;
  }
  return { svg: items.join(''), bottom: ly + 6 };
}

/** Arrowhead at the axis edge: the interval goes on beyond the chart. */
function arrow(atX: number, cy: number, direction: 1 | -1, verdict: VerdictClass, kind = 'rc-arrow'): string {
  const tip = atX + direction * 8;
  return `<path class="${kind} rc-fill-${verdict}" d="M${n(tip)} ${n(cy)}L${n(atX)} ${n(cy - 7)}L${n(atX)} ${n(cy + 7)}Z" fill="${COLOURS[verdict]}"/>`;
}

/** Filled cap: the bound belongs to the interval; hollow: it does not. */
function endCap(atX: number, cy: number, inclusive: boolean, verdict: VerdictClass): string {
  return inclusive
    ? `<circle class="rc-cap rc-cap-closed rc-fill-${verdict}" cx="${n(atX)}" cy="${n(cy)}" r="${CAP_R}" fill="${COLOURS[verdict]}"/>`
    : `<circle class="rc-cap rc-cap-open rc-hollow rc-stroke-${verdict}" cx="${n(atX)}" cy="${n(cy)}" r="${CAP_R}" fill="${COLOURS.paper}" stroke="${COLOURS[verdict]}" stroke-width="2"/>`;
}
