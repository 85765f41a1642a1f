/** A wave's label: a year or a short name ("2025", "Round 2"), at most 32 characters. */
export const WAVE_LABEL_PATTERN = /^[0-9A-Za-z][0-9A-Za-z .-]{0,31}$/;

export const WAVE_LABEL_HINT = "Give the wave as a year or short label, e.g. 2025.";

export function isWaveLabel(label: string): boolean {
  return WAVE_LABEL_PATTERN.test(label);
}
