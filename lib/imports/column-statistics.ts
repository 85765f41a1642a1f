/** What one survey column holds over every row of the file, so the mapping is judged on the whole file. */
export interface ColumnStatistics {
  column: number;
  /** Rows with a non-blank value. */
  filled: number;
  /** Distinct non-blank values, counted up to `DISTINCT_CAP` (then `distinctCapped` is true). */
  distinct: number;
  distinctCapped: boolean;
  /** A few distinct values, in order of first appearance, each cut to `SAMPLE_LENGTH`. */
  samples: string[];
}

const DISTINCT_CAP = 1000;
const SAMPLE_COUNT = 3;
const SAMPLE_LENGTH = 60;

export function columnStatistics(headers: string[], rows: string[][]): ColumnStatistics[] {
  return headers.map((_header, column) => {
    const seen = new Set<string>();
    let filled = 0;
    let capped = false;
    const samples: string[] = [];
    for (const row of rows) {
      const value = (row[column] ?? "").trim();
      if (!value) continue;
      filled++;
      if (seen.has(value)) continue;
      if (samples.length < SAMPLE_COUNT)
        samples.push(value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH)}…` : value);
      if (seen.size < DISTINCT_CAP) seen.add(value);
      else capped = true;
    }
    return { column, filled, distinct: seen.size, distinctCapped: capped, samples };
  });
}
