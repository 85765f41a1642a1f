import Papa from "papaparse";
import { decodeText } from "../decode-text";
import { ImportError } from "../import-error";
import { detectDelimiter } from "./detect-delimiter";
import { tidySurveyTable } from "./tidy-survey-table";
import type { ParsedSurvey } from "./types";

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/**
 * Reads a CSV/TSV survey export. Line endings (CRLF, LF, CR, mixed) become LF everywhere,
 * including inside multi-line cells, so answer text has one newline convention.
 */
export function parseSurveyCsv(bytes: Uint8Array, maxColumns: number): ParsedSurvey {
  const { text: decoded, encoding } = decodeText(bytes);
  const text = decoded.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new ImportError("This file is empty: there are no rows to import.");

  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", quoteChar: '"', skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    const rowNumber = (quoteError.row ?? 0) + 1;
    const line = quoteError.index === undefined ? undefined : lineAt(text, quoteError.index);
    throw new ImportError(
      `Row ${rowNumber} has a quoted cell whose closing quote (") is missing or misplaced, so the rest of the file cannot be read. Fix the quotes in that row and try again.`,
      line,
    );
  }

  const records = parsed.data;
  const headerIndex = records.findIndex((record) => record.some((cell) => cell.trim() !== ""));
  if (headerIndex === -1) throw new ImportError("This file is empty: there are no rows to import.");
  const headerFields = records[headerIndex].length;
  if (headerFields > maxColumns) {
    throw new ImportError(
      `This file has ${headerFields} columns; at most ${maxColumns} can be imported. Remove unneeded columns and try again.`,
    );
  }
  records.forEach((record, index) => {
    if (index > headerIndex) assertFieldCount(record, index + 1, headerFields, delimiter);
  });

  const table = tidySurveyTable(
    records,
    records.map((_, index) => index + 1),
    maxColumns,
  );
  return { format: "csv", encoding, delimiter, ...table };
}

/** Short rows are padded (spreadsheets drop trailing empty cells) unless fewer than half the fields are there. */
function assertFieldCount(record: string[], rowNumber: number, headerFields: number, delimiter: string): void {
  if (record.every((cell) => cell.trim() === "")) return;
  let fields = record.length;
  while (fields > headerFields && record[fields - 1].trim() === "") fields--;
  if (fields > headerFields || fields * 2 < headerFields) {
    const name = DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
    throw new ImportError(
      `Row ${rowNumber} has ${fields} cells but the header row has ${headerFields}. Check that row for an unquoted ${name} or a line break inside a cell that is not in quotes.`,
    );
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
