import { ImportError } from "../import-error";
import { parseSurveyCsv } from "./parse-survey-csv";
import { parseSurveyXlsx } from "./parse-survey-xlsx";
import { adaptToolExport } from "./recognise-survey-tool";
import type { ParsedSurvey } from "./types";

export type { ParsedSurvey } from "./types";

export const DEFAULT_MAX_SURVEY_COLUMNS = 2000;

/**
 * Reads a survey export (CSV/TSV in any of the encodings decodeText knows, or .xlsx) into
 * trimmed headers and rows. The content decides the format: a zip is read as .xlsx, anything
 * else as delimited text. Exports from Qualtrics, SurveyMonkey, Microsoft Forms, Google Forms,
 * LimeSurvey and SmartSurvey are recognised and reshaped (see adaptToolExport).
 */
export async function parseSurvey(
  filename: string,
  bytes: Uint8Array,
  options: { maxColumns?: number; includePreviewResponses?: boolean } = {},
): Promise<ParsedSurvey> {
  return adaptToolExport(await parseSurveyFile(filename, bytes, options), options);
}

/** The file read as a grid, before the survey tool's own layout is recognised. */
async function parseSurveyFile(
  filename: string,
  bytes: Uint8Array,
  options: { maxColumns?: number },
): Promise<ParsedSurvey> {
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_SURVEY_COLUMNS;
  if (bytes.length === 0) throw new ImportError("This file is empty: there are no rows to import.");
  const extension = filename.toLowerCase().split(".").pop() ?? "";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return parseSurveyXlsx(bytes, maxColumns);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(
      "This is an old-style .xls workbook or a password-protected file, which cannot be read. Save it as .xlsx or .csv (without a password) and try again.",
    );
  }
  if (extension === "xlsx" || extension === "xlsm") {
    throw new ImportError(
      "This file is named .xlsx but is not an Excel workbook (it may be damaged or renamed). Open it in Excel, save it again as .xlsx (or .csv) and retry.",
    );
  }
  return parseSurveyCsv(bytes, maxColumns);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}
