/** Human wording of a figure's interval, and its normalised value. */

import type { Figure, Lang } from '../types';
import type { DescribeWords } from './tables';
import { EN } from './tables.en';
import { FR } from './tables.fr';
import { CLOCK_UNIT, formatClock } from './clock';

function wordsOf(lang: Lang): DescribeWords {
  return lang === 'fr' ? FR.words : EN.words;
}

/** Plain decimal with grouping: 14300000000 → "14 300 000 000" (fr) / "14,300,000,000" (en). */
export function formatNumber(n: number, lang: Lang): string {
  const W = wordsOf(lang);
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  let s = abs >= 1e21 ? abs.toExponential(6) : String(Math.round(abs * 1e6) / 1e6);
  if (s.includes('e')) s = abs.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
  const [intPart = '0', frac = ''] = s.split('.');
  let grouped = '';
  for (let k = 0; k < intPart.length; k++) {
    if (k > 0 && (intPart.length - k) % 3 === 0) grouped += W.thousandsSep;
    grouped += intPart[k] ?? '';
  }
  return (neg ? '-' : '') + grouped + (frac.length > 0 ? W.decimalSep + frac : '');
}

function trimmed(n: number, lang: Lang): string {
  return formatNumber(Math.round(n * 1000) / 1000, lang);
}

/** Pick a scale word for an amount: 14.3e9 → [1e9, "milliards"]. */
function scaleFor(n: number, lang: Lang): [number, string, string] | null {
  for (const [s, one, many] of wordsOf(lang).scaleNames) if (Math.abs(n) >= s) return [s, one, many];
  return null;
}

function unitWords(f: Figure, lang: Lang, plural: boolean): string {
  const W = wordsOf(lang);
  if (f.unit === null) return '';
  if (f.kind === 'money') return W.currencyNames[f.unit] ?? f.unit;
  const u = W.units[f.unit];
  if (u === undefined) return f.unit;
  return plural ? u[1] : u[0];
}

/** "14 milliards de dollars US", "49 %", "3 ans", numbers sharing the scale of `ref`. */
function amount(f: Figure, nums: readonly number[], ref: number, lang: Lang): string {
  const sc = scaleFor(ref, lang);
  const parts = nums.map((n) => (sc === null ? trimmed(n, lang) : trimmed(n / sc[0], lang)));
  const last = nums[nums.length - 1] ?? 0;
  let s = parts.join(` ${wordsOf(lang).and} `);
  if (sc !== null) s += ' ' + (last / sc[0] >= 2 || lang === 'en' ? sc[2] : sc[1]);
  const unit = unitWords(f, lang, Math.abs(last) >= 2 || (lang === 'en' && Math.abs(last) !== 1));
  if (unit === '') return s;
  if (f.unit === '%') return lang === 'fr' ? `${s} %` : `${s}%`;
  if (lang === 'fr' && sc !== null && f.kind === 'money') return `${s} ${/^[aeiouyéè]/i.test(unit) ? "d'" : 'de '}${unit}`.replace("d' ", "d'");
  return `${s} ${unit}`;
}

export function describeFigure(f: Figure, uiLang: Lang): string {
  const lang: Lang = uiLang === 'fr' ? 'fr' : 'en';
  const W = wordsOf(lang);
  if (f.date !== null) return f.date.iso;
  if ((f.kind === 'date' || f.kind === 'year') && f.date === null) return W.unknown;
  if (f.unit === CLOCK_UNIT) return f.value === null ? W.unknown : `${f.qualifier === 'about' ? `${W.about} ` : ''}${formatClock(f.value, lang)}`;
  const v = f.value;
  // "2 h 14 min 37 s" reads better than 8 077 seconds.
  if (f.kind === 'duration' && f.qualifier === 'exact' && v !== null && v >= 60 && Number.isInteger(v) && (f.unit === 'second' || f.unit === 'minute')) return formatElapsed(v, f.unit);
  const lo = f.low;
  const hi = f.high;
  const ref = Math.max(Math.abs(v ?? 0), Math.abs(lo ?? 0), Math.abs(hi ?? 0));
  switch (f.qualifier) {
    case 'more-than':
      return `${W.moreThan} ${amount(f, [lo ?? v ?? 0], ref, lang)}`;
    case 'at-least':
      return `${W.atLeast} ${amount(f, [lo ?? v ?? 0], ref, lang)}`;
    case 'less-than':
      return `${W.lessThan} ${amount(f, [hi ?? v ?? 0], ref, lang)}`;
    case 'at-most':
      return `${W.atMost} ${amount(f, [hi ?? v ?? 0], ref, lang)}`;
    default:
      break;
  }
  if (lo === null || hi === null) return v === null ? W.unknown : amount(f, [v], ref, lang);
  if (lo === hi) return amount(f, [lo], ref, lang);
  const between = `${W.between} ${amount(f, [lo, hi], ref, lang)}`;
  if (f.qualifier === 'about' && v !== null) return `${W.about} ${amount(f, [v], ref, lang)} (${between})`;
  if (f.qualifier === 'exact') return `${between} (${W.rounding})`;
  return between;
}

/** A length of time in hours, minutes and seconds, as race results print it: "2 h 14 min 37 s", "1 h 45 min". */
function formatElapsed(value: number, unit: 'second' | 'minute'): string {
  const seconds = unit === 'second' ? value % 60 : null;
  const minutes = unit === 'second' ? Math.floor(value / 60) : value;
  const parts = [`${Math.floor(minutes / 60)} h`, `${String(minutes % 60).padStart(2, '0')} min`];
  if (seconds !== null) parts.push(`${String(seconds).padStart(2, '0')} s`);
  return (minutes < 60 ? parts.slice(1) : parts).join(' ');
}

export function formatNormalised(f: Figure, uiLang: Lang): string {
  const lang: Lang = uiLang === 'fr' ? 'fr' : 'en';
  if (f.date !== null) return f.date.iso;
  if (f.unit === CLOCK_UNIT && f.value !== null) return formatClock(f.value, lang);
  const unit = f.unit === null ? '' : f.unit === '%' ? (lang === 'fr' ? ' %' : '%') : ` ${f.unit}`;
  if (f.value !== null) return formatNumber(f.value, lang) + unit;
  const lo = f.low === null ? '…' : formatNumber(f.low, lang);
  const hi = f.high === null ? '…' : formatNumber(f.high, lang);
  return `${lo}–${hi}${unit}`;
}
