/**
 * Groups attribute values that differ only in case, spacing, hyphens or underscores
 * ("london", "LONDON ", "South-East", "south_east") and maps every raw value (as given, and
 * trimmed) to its group's canonical spelling: the most frequent trimmed spelling, ties to the
 * first seen. Blank values are left out.
 */
export function buildAttributeValueMap(values: string[]): Map<string, string> {
  const groups = new Map<string, Map<string, number>>();
  for (const value of values) {
    const spelling = value.trim();
    if (spelling === "") continue;
    const key = attributeValueKey(spelling);
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    groups.set(key, spellings);
  }

  const canonicalByKey = new Map<string, string>();
  for (const [key, spellings] of groups) {
    let canonical = "";
    let best = 0;
    for (const [spelling, count] of spellings) {
      if (count > best) {
        canonical = spelling;
        best = count;
      }
    }
    canonicalByKey.set(key, canonical);
  }

  const map = new Map<string, string>();
  for (const value of values) {
    const spelling = value.trim();
    if (spelling === "") continue;
    const canonical = canonicalByKey.get(attributeValueKey(spelling))!;
    map.set(value, canonical);
    map.set(spelling, canonical);
  }
  return map;
}

/** The comparison key: NFC, lower case, and runs of spaces, hyphens and underscores as one space. */
export function attributeValueKey(value: string): string {
  return value
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-_‐‑–—]+/g, " ")
    .trim();
}
