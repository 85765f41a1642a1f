import { ImportError } from "../import-error";

export interface SurveyTable {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  warnings: string[];
}

/** Sub-labels SurveyMonkey puts in its second header row above single-answer columns. */
const GENERIC_SUB_LABELS = new Set(["response", "open-ended response", "open ended response", "responses"]);

/**
 * Turns raw records (the first non-blank one is the header) into a rectangular table: cells
 * trimmed, blank rows dropped, a SurveyMonkey sub-header row folded into the headers, and every
 * header non-empty and unique.
 */
export function tidySurveyTable(records: string[][], recordRowNumbers: number[], maxColumns: number): SurveyTable {
  const warnings: string[] = [];
  // Parallel arrays and one trimmed copy per row: a large export has a million cells, and every
  // extra object or copy per row shows up as garbage-collection time.
  const keptCells: string[][] = [];
  const keptRowNumbers: number[] = [];
  let width = 0;
  let blankRows = 0;
  let pendingBlankRows = 0;
  records.forEach((record, index) => {
    const cells = record.map((cell) => (cell ?? "").trim());
    const used = lastNonBlank(cells) + 1;
    if (used === 0) {
      if (keptCells.length > 0) pendingBlankRows++;
      return;
    }
    blankRows += pendingBlankRows;
    pendingBlankRows = 0;
    width = Math.max(width, used);
    keptCells.push(cells);
    keptRowNumbers.push(recordRowNumbers[index]);
  });
  if (keptCells.length === 0) throw new ImportError("This file is empty: there are no rows to import.");

  if (width > maxColumns) {
    throw new ImportError(
      `This file has ${width} columns; at most ${maxColumns} can be imported. Remove unneeded columns and try again.`,
    );
  }
  for (const cells of keptCells) padInPlace(cells, width);
  let rawHeaders = keptCells[0];
  let firstDataRow = 1;

  if (keptCells.length > 1 && isSubHeaderRow(keptCells[1])) {
    rawHeaders = mergeSubHeader(rawHeaders, keptCells[1]);
    warnings.push(
      `Row ${keptRowNumbers[1]} holds sub-labels such as "Response" or "Open-Ended Response" (a second header row); it was folded into the headers, not imported as a respondent.`,
    );
    firstDataRow = 2;
  }
  if (keptCells.length === firstDataRow) {
    throw new ImportError("This file has a header row but no rows of answers: there are no rows to import.");
  }
  if (blankRows > 0) warnings.push(`${blankRows} blank row${blankRows === 1 ? " was" : "s were"} skipped.`);

  return {
    headers: uniqueHeaders(rawHeaders),
    rows: keptCells.slice(firstDataRow),
    rowNumbers: keptRowNumbers.slice(firstDataRow),
    warnings,
  };
}

function lastNonBlank(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i;
  return -1;
}

/** Cells beyond `width` are blank (it is the widest row's last non-blank cell), so they can go. */
function padInPlace(cells: string[], width: number): void {
  if (cells.length > width) cells.length = width;
  while (cells.length < width) cells.push("");
}

/** SurveyMonkey's second header row: no respondent id in the first cell, and a generic sub-label. */
function isSubHeaderRow(cells: string[]): boolean {
  return cells[0] === "" && cells.some((cell) => GENERIC_SUB_LABELS.has(cell.toLowerCase()));
}

function mergeSubHeader(headers: string[], subLabels: string[]): string[] {
  let question = "";
  return headers.map((header, column) => {
    if (header !== "") question = header;
    const subLabel = subLabels[column];
    if (subLabel === "" || GENERIC_SUB_LABELS.has(subLabel.toLowerCase())) return header;
    return question === "" ? subLabel : `${question} - ${subLabel}`;
  });
}

function uniqueHeaders(headers: string[]): string[] {
  const used = new Set<string>();
  const named = headers.map((header, column) => (header === "" ? `Column ${column + 1}` : header));
  return named.map((name) => {
    let candidate = name;
    for (let copy = 2; used.has(candidate.toLowerCase()); copy++) candidate = `${name} (${copy})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
