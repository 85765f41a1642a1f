/** What comes after a quantified item: `?`, `*` or `{0,…}` let it match nothing. */
const MAY_BE_ABSENT = /^(?:\?|\*|\{0[,}])/u;
const WORD_LITERAL = /^[A-Za-z0-9_]/u;

/**
 * The same pattern with each `\b` that stands before a word character written `(?<!\w)`. Note: there the two
 * match the same positions, but with the `i` and `u` flags a `\b` is tested both ways round at every position,
 * which made the quasi-identifier rules the slowest step on long text. A `\b` that may be followed by anything
 * else is kept.
 */
export function withFastWordStarts(pattern: RegExp): RegExp {
  const source = pattern.source;
  let rewritten = "";
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === "\\") {
      const escaped = source.slice(index, index + 2);
      const fast = escaped === "\\b" && !inClass && startsWithWordCharacter(source, index + 2);
      rewritten += fast ? "(?<!\\w)" : escaped;
      index++;
      continue;
    }
    if (character === "[") inClass = true;
    else if (character === "]") inClass = false;
    rewritten += character;
  }
  return new RegExp(rewritten, pattern.flags);
}

/**
 * Whether whatever the pattern matches from `index` on must begin with a word character (`\w`). Under the `i`
 * flag an ASCII letter matches only word characters too (`k` also matches the Kelvin sign, `s` the long s, both
 * word characters there). Answers false when unsure.
 */
function startsWithWordCharacter(source: string, index: number): boolean {
  if (WORD_LITERAL.test(source.slice(index, index + 1))) return !MAY_BE_ABSENT.test(source.slice(index + 1));
  if (source.startsWith("\\d", index)) return !MAY_BE_ABSENT.test(source.slice(index + 2));
  if (!source.startsWith("(?:", index)) return false;
  const group = groupAt(source, index);
  if (!group || MAY_BE_ABSENT.test(source.slice(group.end))) return false;
  return group.alternatives.every((start) => startsWithWordCharacter(source, start));
}

/** The non-capturing group opening at `index`: where each of its alternatives starts, and the index after its `)`. */
function groupAt(source: string, index: number): { alternatives: number[]; end: number } | null {
  const alternatives = [index + 3];
  let depth = 0;
  let inClass = false;
  for (let cursor = index + 3; cursor < source.length; cursor++) {
    const character = source[cursor];
    if (character === "\\") cursor++;
    else if (inClass) inClass = character !== "]";
    else if (character === "[") inClass = true;
    else if (character === "(") depth++;
    else if (character === ")" && depth > 0) depth--;
    else if (character === ")") return { alternatives, end: cursor + 1 };
    else if (character === "|" && depth === 0) alternatives.push(cursor + 1);
  }
  return null;
}
