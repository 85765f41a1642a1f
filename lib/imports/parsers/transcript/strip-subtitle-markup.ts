const FORMATTING_TAG = /<\/?(?:b|i|u|s|font)\b[^>]*>/gi;
const STYLE_OVERRIDE = /\{\\[^}]*\}/g;

/** Drops SubRip formatting (`<i>`, `<b>`, `<u>`, `<s>`, `<font …>`, `{\an8}`); any other text stays as written. */
export function stripSubtitleMarkup(text: string): string {
  return text.replace(FORMATTING_TAG, "").replace(STYLE_OVERRIDE, "");
}
