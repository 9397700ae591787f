/**
 * The unit of clock times and how they are written, with no dependency: the claim chart (report/chart.ts), which the
 * VS Code webview embeds, formats them too.
 */

/** Unit of a clock time, whose value is minutes after midnight ("8 h 30" is 510). */
export const CLOCK_UNIT = 'time';

/** "08:30", "8 h 30": a time in minutes after midnight as the language writes it. */
export function formatClock(minutes: number, lang: 'fr' | 'en'): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return lang === 'fr' ? `${h} h ${String(m).padStart(2, '0')}` : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
