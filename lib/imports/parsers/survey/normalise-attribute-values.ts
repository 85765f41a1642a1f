/**
 * Groups attribute values that differ only in case, spacing, hyphens or underscores
 * ("london", "LONDON ", "South-East", "south_east") and maps every raw value (as given, and
 * trimmed) to its group's canonical spelling: the most frequent trimmed spelling, ties to the
 * first seen. Blank values are left out. `counts[i]`, when given, is how many times `values[i]`
 * occurs, so a caller that has already tallied a column can pass each value once.
 */
export function buildAttributeValueMap(values: string[], counts?: number[]): Map<string, string> {
  // A column has a handful of distinct values over many rows: count the raw values first, so the
  // trimming and normalising below run once per distinct value, not once per row.
  const rawCounts = new Map<string, number>();
  values.forEach((value, index) => {
    rawCounts.set(value, (rawCounts.get(value) ?? 0) + (counts?.[index] ?? 1));
  });

  // Insertion order follows each spelling's first appearance, which the tie-break relies on.
  const groups = new Map<string, Map<string, number>>();
  const keyBySpelling = new Map<string, string>();
  for (const [value, count] of rawCounts) {
    const spelling = value.trim();
    if (spelling === "") continue;
    let key = keyBySpelling.get(spelling);
    if (key === undefined) {
      key = attributeValueKey(spelling);
      keyBySpelling.set(spelling, key);
    }
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
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
  for (const value of rawCounts.keys()) {
    const spelling = value.trim();
    if (spelling === "") continue;
    const canonical = canonicalByKey.get(keyBySpelling.get(spelling)!)!;
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
