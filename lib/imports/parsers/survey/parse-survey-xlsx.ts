import ExcelJS from "exceljs";
import { ImportError } from "../import-error";
import { assertZipWithinLimits } from "../zip-guard";
import { tidySurveyTable } from "./tidy-survey-table";
import type { ParsedSurvey } from "./types";

/** Reads the first worksheet of an .xlsx survey export; every cell becomes plain text. */
export async function parseSurveyXlsx(bytes: Uint8Array, maxColumns: number): Promise<ParsedSurvey> {
  await assertZipWithinLimits(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer, which current Node Buffer types no longer satisfy.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportError(
      "This .xlsx file is damaged or is not an Excel workbook, so it cannot be read. Open it in Excel, save it again as .xlsx (or .csv) and retry.",
    );
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new ImportError("This workbook has no worksheets: there are no rows to import.");

  const records: string[][] = [];
  const rowNumbers: number[] = [];
  let errorCells = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const text = cellText(cell.value);
      if (text === null) {
        errorCells++;
        return;
      }
      if (text !== "" && columnNumber > maxColumns) {
        throw new ImportError(
          `This worksheet has more than ${maxColumns} columns; at most ${maxColumns} can be imported. Remove unneeded columns and try again.`,
        );
      }
      cells[columnNumber - 1] = text;
    });
    records.push(Array.from(cells, (cell) => cell ?? ""));
    rowNumbers.push(rowNumber);
  });

  const table = tidySurveyTable(records, rowNumbers, maxColumns);
  if (errorCells > 0) {
    table.warnings.push(
      `${errorCells} cell${errorCells === 1 ? " holds" : "s hold"} an Excel error such as #N/A and ${errorCells === 1 ? "was" : "were"} read as blank.`,
    );
  }
  return { format: "xlsx", encoding: "utf-8", delimiter: null, ...table };
}

/** Plain text of a cell value; null for an Excel error value (#N/A, #REF! …). */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return null;
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return String(value);
}

/** Excel stores wall-clock times; exceljs hands them over as UTC dates, so UTC fields are the ones shown in Excel. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (day === "1899-12-30") return time;
  return time === "00:00:00" ? day : `${day} ${time}`;
}
