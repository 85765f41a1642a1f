import { type DemoTheme, THEME_CODES, THEME_KEYWORDS } from "./themes";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function keywordSource(keyword: string): string {
  const prefix = keyword.endsWith("*");
  const body = escapeRegExp((prefix ? keyword.slice(0, -1) : keyword).replaceAll("’", "'"));
  return prefix ? `${body}[\\p{L}\\p{N}'-]*` : body;
}

const PATTERNS: ReadonlyArray<readonly [DemoTheme, RegExp]> = THEME_CODES.map((code) => {
  const alternatives = THEME_KEYWORDS[code].map(keywordSource).join("|");
  return [code, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu")] as const;
});

/** The codebook codes whose keyword hints occur in `text`, in codebook order. */
export function matchThemeKeywords(text: string): DemoTheme[] {
  const normalised = text.replaceAll("’", "'");
  return PATTERNS.filter(([, pattern]) => pattern.test(normalised)).map(([code]) => code);
}
