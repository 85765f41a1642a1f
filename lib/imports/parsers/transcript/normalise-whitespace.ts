/** Collapses runs of ASCII whitespace (line breaks included) to one space and trims; NBSP and other characters stay. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, " ").replace(/^ | $/g, "");
}
