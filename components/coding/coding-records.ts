import type { CodingDecorationInput } from "@/lib/coding/editor/coding-decorations";
import { decodeRows, type PackedCodings } from "@/lib/coding/packed-codings";
import type { PositionMap } from "@/lib/coding/position-map";

/** One coding as the transcript view shows it: the store's coding with its code's and coder's names. */
export interface CodingRecord {
  /** The decoration key: the store's key (see `codingKey`), made on the client and never changed. */
  key: string;
  id: number | null;
  segmentId: number | null;
  /** UTF-16 offsets into the document text, end exclusive. */
  start: number;
  end: number;
  codeId: number;
  codeName: string;
  colour: string;
  coderId: number;
  coderName: string;
  createdAt: number | null;
  /** Shown before the server has stored it. */
  pending?: boolean;
}

/** Whose codings are drawn: everyone's, the signed-in coder's, or one coder's (by user id). */
export type CoderFilter = "all" | "mine" | number;

export function isShown(record: { coderId: number }, filter: CoderFilter, currentUserId: number): boolean {
  if (filter === "all") return true;
  return record.coderId === (filter === "mine" ? currentUserId : filter);
}

/** The decoration for a record, or null when its range covers only a separator between turns. */
export function toDecoration(record: CodingRecord, map: PositionMap): CodingDecorationInput | null {
  const { from, to } = map.rangeToPos(record.start, record.end);
  if (from >= to) return null;
  const { key, codeId, coderId, colour, pending } = record;
  return pending ? { key, from, to, codeId, coderId, colour, pending } : { key, from, to, codeId, coderId, colour };
}

export function toDecorations(records: Iterable<CodingRecord>, map: PositionMap): CodingDecorationInput[] {
  const decorations: CodingDecorationInput[] = [];
  for (const record of records) {
    const decoration = toDecoration(record, map);
    if (decoration) decorations.push(decoration);
  }
  return decorations;
}

export interface LegendEntry {
  codeId: number;
  codeName: string;
  colour: string;
  count: number;
}

/** The codes drawn in the document, most used first, with how many codings each has. */
export function legendOf(records: Iterable<CodingRecord>): LegendEntry[] {
  const byCode = new Map<number, LegendEntry>();
  for (const record of records) {
    const entry = byCode.get(record.codeId);
    if (entry) entry.count++;
    else
      byCode.set(record.codeId, { codeId: record.codeId, codeName: record.codeName, colour: record.colour, count: 1 });
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.codeName.localeCompare(b.codeName, "en-GB"));
}

export type { PackedCodings };

export function unpackCodings(packed: PackedCodings): CodingRecord[] {
  return decodeRows(packed.rows).map(([id, segmentId, start, end, codeId, coderId, createdAt]) => ({
    key: String(id),
    id,
    segmentId,
    start,
    end,
    codeId,
    codeName: packed.codes[codeId]?.name ?? "Code",
    colour: packed.codes[codeId]?.colour ?? "#495057",
    coderId,
    coderName: packed.coders[coderId] ?? "A coder",
    createdAt,
  }));
}
