// The wire form of a document's codings, shared by the page that sends them and the view that reads them.

/** Codings as the page sends them: names once per code and coder, and every coding in one string (see `encodeRows`). */
export interface PackedCodings {
  codes: Record<number, { name: string; colour: string }>;
  coders: Record<number, string>;
  /** Rows of [id, segmentId, start, end, codeId, coderId, createdAt (ms)], encoded by `encodeRows`. */
  rows: string;
}

export type PackedRow = [number, number, number, number, number, number, number];

/**
 * Rows as one string: each number in base 36, as a difference from the row before where neighbours are close
 * (ids, offsets, times), the end as a length. A long transcript's thousands of codings then cost the page one
 * short string to send and parse instead of tens of thousands of JSON numbers, which React serialises one by one.
 */
export function encodeRows(rows: readonly PackedRow[]): string {
  const out: string[] = [];
  let previous: PackedRow = [0, 0, 0, 0, 0, 0, 0];
  for (const [id, segmentId, start, end, codeId, coderId, stored] of rows) {
    // SQLite stores the time as a real number of ms, which may carry a float's tail.
    const createdAt = Math.round(stored);
    const row: PackedRow = [id, segmentId, start, end, codeId, coderId, createdAt];
    out.push(
      [
        id - previous[0],
        segmentId - previous[1],
        start - previous[2],
        end - start,
        codeId,
        coderId,
        createdAt - previous[6],
      ]
        .map((value) => value.toString(36))
        .join(","),
    );
    previous = row;
  }
  return out.join(";");
}

export function decodeRows(encoded: string): PackedRow[] {
  if (encoded === "") return [];
  const rows: PackedRow[] = [];
  let previous: PackedRow = [0, 0, 0, 0, 0, 0, 0];
  for (const line of encoded.split(";")) {
    const [id, segmentId, start, length, codeId, coderId, createdAt] = line
      .split(",")
      .map((part) => parseInt(part, 36));
    const row: PackedRow = [
      previous[0] + id,
      previous[1] + segmentId,
      previous[2] + start,
      previous[2] + start + length,
      codeId,
      coderId,
      previous[6] + createdAt,
    ];
    rows.push(row);
    previous = row;
  }
  return rows;
}
