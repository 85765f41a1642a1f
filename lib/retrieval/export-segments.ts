import type { Db } from "../../db/client";
import { orderAttributeNames } from "../attributes/standard-attributes";
import type { CodingViewer } from "../coding/coding-scope";
import { recordEvent } from "../events/record-event";
import { type CodeQueryResult, type Retrieval, type RetrievalFilter, retrieveSegments } from "./retrieve-segments";
import { runCodeQuery } from "./run-code-query";
import { passagesToCsv, segmentsToCsv } from "./segments-csv";

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
  const options = { all: true, viewer: input.viewer };
  const { name, rows, csv } = input.filter.joins?.length
    ? codeQueryCsv(runCodeQuery(db, input.projectId, input.filter, options))
    : segmentsCsv(retrieveSegments(db, input.projectId, input.filter, options));
  recordEvent(db, {
    projectId: input.projectId,
    actorId: input.actorId,
    action: "retrieval.export",
    target: { type: "code", id: input.filter.codeId },
    detail: { rows, filter: input.filter },
  });
  const slug = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return { filename: `retrieval-${slug || "code"}.csv`, csv, rows };
}

const attributeNamesOf = (rows: readonly { attributes: Record<string, string> }[]) =>
  orderAttributeNames(rows.flatMap((row) => Object.keys(row.attributes)));

function segmentsCsv(result: Retrieval) {
  return {
    name: result.code.name,
    rows: result.rows.length,
    csv: segmentsToCsv(result.rows, attributeNamesOf(result.rows)),
  };
}

/** A code query's passages, each with its speaker's or respondent's attributes as columns. */
function codeQueryCsv(result: CodeQueryResult) {
  const csv = passagesToCsv(result.name, result.rows, attributeNamesOf(result.rows));
  return { name: result.name, rows: result.rows.length, csv };
}
