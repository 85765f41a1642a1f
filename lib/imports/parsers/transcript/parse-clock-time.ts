const CLOCK_TIME = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Reads `m:ss`, `mm:ss`, `h:mm:ss` and `hh:mm:ss` with optional `.mmm` or `,mmm` fractions into
 * milliseconds; `null` when the text is not such a time.
 */
export function parseClockTime(text: string): number | null {
  const match = CLOCK_TIME.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  const milliseconds = fraction === undefined ? 0 : Number(fraction.padEnd(3, "0"));
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + milliseconds;
}
