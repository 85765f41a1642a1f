import type { Db } from "../../db/client";
import { orderAttributeNames } from "../attributes/standard-attributes";
import type { CodingViewer } from "../coding/coding-scope";
import { recordEvent } from "../events/record-event";
import { type RetrievalFilter, retrieveSegments } from "./retrieve-segments";
import { segmentsToCsv } from "./segments-csv";

export interface SegmentsExport {
  filename: string;
  csv: string;
  rows: number;
}

/**
 * Every segment a retrieval finds (all pages) as CSV, and an event saying who exported what:
 * raw text leaves the tool here, so the export is on the record. The caller checks export_raw.
 */
export function exportSegments(
  db: Db,
  input: { projectId: number; actorId: number; filter: RetrievalFilter; viewer?: CodingViewer },
): SegmentsExport {
  const result = retrieveSegments(db, input.projectId, input.filter, { all: true, viewer: input.viewer });
  const attributeNames = orderAttributeNames(result.rows.flatMap((row) => Object.keys(row.attributes)));
  const csv = segmentsToCsv(result.rows, attributeNames);
  recordEvent(db, {
    projectId: input.projectId,
    actorId: input.actorId,
    action: "retrieval.export",
    target: { type: "code", id: result.code.id },
    detail: { rows: result.rows.length, filter: input.filter },
  });
  const slug = result.code.name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return { filename: `retrieval-${slug || "code"}.csv`, csv, rows: result.rows.length };
}
