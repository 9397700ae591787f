import type { Interval } from '../claims';
import { CLOCK_UNIT, formatClock } from '../figures/clock';
import type { Figure, Lang } from '../types';

const SCALES: Readonly<Record<Lang, readonly [number, string][]>> = {
  fr: [
    [1e12, '000 Md'],
    [1e9, 'Md'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
  en: [
    [1e12, 'tn'],
    [1e9, 'bn'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
};

/** "14,3 Md", "14.3bn": compact, for messages and tables where the full number is noise. */
export function compactNumber(value: number, lang: Lang): string {
  const [scale, suffix] = scaleOf(value, lang);
  return withSuffix(trimDecimals(value / scale, lang), suffix, lang);
}

function scaleOf(value: number, lang: Lang): readonly [number, string] {
  return SCALES[lang].find(([scale]) => Math.abs(value) >= scale) ?? [1, ''];
}

function withSuffix(number: string, suffix: string, lang: Lang): string {
  if (!suffix) return number;
  return lang === 'fr' || suffix.length === 1 ? `${number} ${suffix}` : `${number}${suffix}`;
}

/** The asserted interval in symbols: "> 14 Md USD", "≤ 100 M USD", "14,25–14,35 Md USD", clocks as "03:25–03:55". */
export function intervalSymbols(interval: Interval, unit: string | null, lang: Lang): string {
  // Clock times are minutes after midnight, read as clocks, never scaled.
  const clock = unit === CLOCK_UNIT;
  const suffix = !unit || clock ? '' : unit === '%' ? (lang === 'fr' ? ' %' : '%') : ` ${unit}`;
  const point = (n: number): string => (clock ? formatClock(n, lang) : `${compactNumber(n, lang)}${suffix}`);
  const { low, high } = interval;
  if (low !== null && high !== null) {
    if (low === high) return point(low);
    if (clock) return `${point(low)}–${point(high)}`;
    // Both ends on the scale of the larger one: "14,25–14,35 Md USD".
    const [scale, scaleSuffix] = scaleOf(high, lang);
    return `${trimDecimals(low / scale, lang)}–${withSuffix(trimDecimals(high / scale, lang), scaleSuffix, lang)}${suffix}`;
  }
  if (low !== null) return `${interval.lowInclusive ? '≥' : '>'} ${point(low)}`;
  if (high !== null) return `${interval.highInclusive ? '≤' : '<'} ${point(high)}`;
  return '?';
}

export function figureSymbols(figure: Figure, lang: Lang): string {
  // A day or a year is a point in time, not an amount: "2025-06-03", "2025", never "2.025 k".
  if (figure.kind === 'date' && figure.date) return figure.date.iso;
  if (figure.kind === 'year' && figure.low !== null && figure.low === figure.high) return String(figure.low);
  return intervalSymbols(figure, figure.unit, lang);
}

/**
 * Text from a document shown inside Markdown: no markup, link or command URI
 * can come from an article. Line breaks collapse and long text is capped.
 */
export function escapeMarkdown(text: string, max = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/[\\`*_{}[\]<>|~&]/g, (character) => `\\${character}`).replace(/^([#+\-!])/u, '\\$1');
}

function trimDecimals(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
