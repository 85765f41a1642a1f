const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;
const MARKUP_SAFE: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Decodes `&#8220;` and `&#x201C;` before the WebVTT parser sees the text: webvtt-parser 2.2 leaves
 * hexadecimal references with letters undecoded and truncates astral ones (emoji) to 16 bits.
 * References to `<`, `>` and `&` become named entities so they still read as text, not markup.
 */
export function decodeNumericCharacterReferences(text: string): string {
  return text.replace(NUMERIC_REFERENCE, (_, hex: string | undefined, decimal: string | undefined) => {
    const codePoint = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    const character = valid ? String.fromCodePoint(codePoint) : "\ufffd";
    return MARKUP_SAFE[character] ?? character;
  });
}
