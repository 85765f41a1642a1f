import type { ColumnHint, ParsedSurvey, SurveyTool } from "./types";

export const SURVEY_TOOL_NAMES: Record<SurveyTool, string> = {
  qualtrics: "Qualtrics",
  "qualtrics-legacy": "Qualtrics (legacy export)",
  surveymonkey: "SurveyMonkey",
  "microsoft-forms": "Microsoft Forms",
  "google-forms": "Google Forms",
  limesurvey: "LimeSurvey",
  smartsurvey: "SmartSurvey",
};

export interface ToolOptions {
  /** Keep Qualtrics preview and test responses (left out by default). */
  includePreviewResponses?: boolean;
}

const IDENTIFIER: ColumnHint = {
  role: "identifier",
  reason: "identifies the respondent (personal data): not imported",
};
const METADATA: ColumnHint = { role: "ignore", reason: "export metadata" };

/** Qualtrics' own columns (new and legacy exports), by column id. */
const QUALTRICS_COLUMNS: Record<string, ColumnHint | "id"> = {
  startdate: METADATA,
  enddate: METADATA,
  status: METADATA,
  ipaddress: IDENTIFIER,
  progress: METADATA,
  "duration (in seconds)": METADATA,
  finished: METADATA,
  recordeddate: METADATA,
  responseid: "id",
  responseset: METADATA,
  recipientlastname: IDENTIFIER,
  recipientfirstname: IDENTIFIER,
  recipientemail: IDENTIFIER,
  name: IDENTIFIER,
  emailaddress: IDENTIFIER,
  externalreference: METADATA,
  externaldatareference: METADATA,
  locationlatitude: IDENTIFIER,
  locationlongitude: IDENTIFIER,
  locationaccuracy: METADATA,
  distributionchannel: METADATA,
  userlanguage: METADATA,
};

const IDENTIFIER_HEADERS = new Set([
  "email",
  "email address",
  "e-mail",
  "e-mail address",
  "name",
  "full name",
  "first name",
  "last name",
  "respondent email",
  "recipient email",
]);

/** Statuses and channels of responses that are not real: previews and tests by the survey's authors. */
const PREVIEW_STATUS = new Set(["1", "9", "17", "survey preview", "preview spam", "offline preview"]);
const TEST_STATUS = new Set(["2", "survey test"]);

const key = (header: string) => header.trim().toLowerCase();

/**
 * Recognises the survey tool that wrote an export by its headers, and reshapes what that tool
 * adds around the answers: Qualtrics' second and third header rows (question text, ImportId) and
 * its preview and test responses, the legacy Qualtrics "V1…" ids, SurveyMonkey's option columns,
 * LimeSurvey's end-point labels. Column hints say which columns identify people (never imported)
 * and which are free text whatever their values look like. An export from no known tool is
 * returned unchanged.
 */
export function adaptToolExport(survey: ParsedSurvey, options: ToolOptions = {}): ParsedSurvey {
  const headers = survey.headers.map(key);
  const firstRow = survey.rows[0] ?? [];
  const importIdRow = survey.rows[1] ?? [];
  const nonBlank = (row: string[]) => row.filter((cell) => cell !== "");
  if (
    headers.includes("responseid") &&
    nonBlank(importIdRow).length > 0 &&
    nonBlank(importIdRow).every((cell) => /^\{"ImportId":/.test(cell))
  ) {
    return adaptQualtrics(survey, options);
  }
  if (
    headers.filter((header) => /^v\d+$/.test(header)).length >= 3 &&
    firstRow.some((cell) => key(cell) === "responseid")
  ) {
    return adaptQualtricsLegacy(survey);
  }
  if (headers.includes("respondent id") && headers.includes("collector id")) return adaptSurveyMonkey(survey, false);
  if (headers.filter((header) => /^column\s?\d+$/.test(header)).length >= 3) return adaptSurveyMonkey(survey, true);
  if (headers[0] === "id" && headers.includes("start time") && headers.includes("completion time")) {
    return withTool(survey, "microsoft-forms", identifierHints(survey));
  }
  if (headers[0] === "timestamp") return adaptGoogleForms(survey);
  if (
    headers.filter((header) => /^[a-z][a-z0-9_]*(\[[^\]]*\])?\. /i.test(header)).length >=
    Math.max(3, headers.length * 0.3)
  ) {
    return adaptLimeSurvey(survey);
  }
  if (
    (headers.includes("userno") || headers.includes("user id") || headers.includes("userid")) &&
    headers.includes("started") &&
    headers.includes("ended")
  ) {
    const hints = identifierHints(survey);
    headers.forEach((header, column) => {
      if (["started", "ended", "ip address", "tracking link", "custom value"].includes(header)) {
        hints[column] = header === "ip address" ? IDENTIFIER : METADATA;
      }
    });
    return withTool(survey, "smartsurvey", hints);
  }
  return survey;
}

function withTool(
  survey: ParsedSurvey,
  id: SurveyTool,
  hints: (ColumnHint | undefined)[],
  extra: Partial<ParsedSurvey> = {},
): ParsedSurvey {
  return { ...survey, ...extra, tool: { id, name: SURVEY_TOOL_NAMES[id] }, columnHints: hints };
}

function identifierHints(survey: ParsedSurvey): (ColumnHint | undefined)[] {
  return survey.headers.map((header) => (IDENTIFIER_HEADERS.has(key(header)) ? IDENTIFIER : undefined));
}

function adaptQualtrics(survey: ParsedSurvey, options: ToolOptions): ParsedSurvey {
  const labels = survey.rows[0];
  const importIds = survey.rows[1];
  const hints: (ColumnHint | undefined)[] = [];
  const headers = survey.headers.map((id, column) => {
    const own = QUALTRICS_COLUMNS[key(id)];
    if (own !== undefined) {
      if (own !== "id") hints[column] = own;
      return id;
    }
    // "QID2_TEXT": a text entry question, free text however short its answers are.
    if (/"ImportId":"QID\d+(_\d+)?_TEXT"/.test(importIds[column] ?? ""))
      hints[column] = { role: "text", reason: "a Qualtrics text entry question" };
    return labels[column] || id;
  });
  const statusColumn = survey.headers.findIndex((header) => key(header) === "status");
  const channelColumn = survey.headers.findIndex((header) => key(header) === "distributionchannel");
  let preview = 0;
  let test = 0;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  survey.rows.slice(2).forEach((row, index) => {
    const status = statusColumn >= 0 ? key(row[statusColumn]) : "";
    const channel = channelColumn >= 0 ? key(row[channelColumn]) : "";
    const isPreview = PREVIEW_STATUS.has(status) || channel === "preview";
    const isTest = !isPreview && (TEST_STATUS.has(status) || channel === "test");
    if (!options.includePreviewResponses && (isPreview || isTest)) {
      if (isPreview) preview++;
      else test++;
      return;
    }
    rows.push(row);
    rowNumbers.push(survey.rowNumbers?.[index + 2] ?? index + 4);
  });
  const warnings = [...survey.warnings];
  warnings.push(
    "Rows 2 and 3 hold Qualtrics' question text and ImportIds (header rows, not respondents); the question text names the columns.",
  );
  if (preview + test > 0) {
    warnings.push(
      `${preview + test} preview or test response${preview + test === 1 ? " was" : "s were"} left out (${preview} preview, ${test} test).`,
    );
  }
  return withTool(survey, "qualtrics", hints, {
    headers: uniqueHeaders(headers),
    rows,
    rowNumbers,
    warnings,
    excludedResponses: { preview, test },
  });
}

function adaptQualtricsLegacy(survey: ParsedSurvey): ParsedSurvey {
  const labels = survey.rows[0];
  const hints: (ColumnHint | undefined)[] = [];
  const headers = survey.headers.map((id, column) => {
    const label = labels[column] || id;
    const own = QUALTRICS_COLUMNS[key(label)];
    if (own !== undefined && own !== "id") hints[column] = own;
    return label;
  });
  return withTool(survey, "qualtrics-legacy", hints, {
    headers: uniqueHeaders(headers),
    rows: survey.rows.slice(1),
    rowNumbers: survey.rowNumbers?.slice(1),
    warnings: [
      ...survey.warnings,
      "Row 2 holds the legacy Qualtrics question text (a header row, not a respondent); it names the columns.",
    ],
  });
}

/**
 * A multiple-choice question spreads over several columns: the question's column, then columns
 * headed only by a placeholder ("Column2") or by the option, each holding the option's label when
 * chosen. The last column of such a group with many different answers is "Other (please specify)".
 */
function adaptSurveyMonkey(survey: ParsedSurvey, flattened: boolean): ParsedSurvey {
  const hints = identifierHints(survey);
  const headers = [...survey.headers];
  survey.headers.forEach((header, column) => {
    if (/other \(please specify\)$/i.test(header))
      hints[column] = { role: "text", reason: 'the free text of an "Other (please specify)" answer' };
    if (["collector id", "start date", "end date", "ip address"].includes(key(header))) {
      hints[column] = key(header) === "ip address" ? IDENTIFIER : METADATA;
    }
  });
  if (flattened) {
    let question: string | null = null;
    survey.headers.forEach((header, column) => {
      const placeholder = /^column\s?\d+$/i.test(header);
      const distinct = new Set(survey.rows.map((row) => row[column]).filter((cell) => cell !== ""));
      const nextIsPlaceholder = /^column\s?\d+$/i.test(survey.headers[column + 1] ?? "");
      if (!placeholder) {
        question = nextIsPlaceholder ? header : null;
        if (question && distinct.size === 1) {
          headers[column] = `${header} - ${[...distinct][0]}`;
          hints[column] = { role: "attribute", reason: "an option of a multiple-choice question" };
        }
        return;
      }
      if (question === null) return;
      if (distinct.size === 1) {
        headers[column] = `${question} - ${[...distinct][0]}`;
        hints[column] = { role: "attribute", reason: "an option of a multiple-choice question" };
      } else if (distinct.size > 1) {
        headers[column] = `${question} - Other (please specify)`;
        hints[column] = { role: "text", reason: 'the free text of an "Other (please specify)" answer' };
      }
    });
  }
  return withTool(survey, "surveymonkey", hints, { headers: uniqueHeaders(headers) });
}

/** Google Forms joins the options of a checkbox question with ", ": such a column is a choice, not free text. */
function adaptGoogleForms(survey: ParsedSurvey): ParsedSurvey {
  const hints = identifierHints(survey);
  survey.headers.forEach((header, column) => {
    if (key(header) === "timestamp" || key(header) === "score") hints[column] = METADATA;
    if (hints[column]) return;
    const values = survey.rows.map((row) => row[column]).filter((cell) => cell !== "");
    if (!values.some((value) => value.includes(", "))) return;
    const parts = values.flatMap((value) => value.split(", "));
    const options = new Set(parts);
    if (options.size <= 15 && parts.length >= options.size * 2 && values.every((value) => !value.includes("\n"))) {
      hints[column] = { role: "attribute", reason: 'a checkbox question (options joined by ", ")' };
    }
  });
  return withTool(survey, "google-forms", hints);
}

/** LimeSurvey labels a scale only at its ends ("1 (Never)" … "10 (Always)") and pandas writes "10.0": both read as plain numbers. */
function adaptLimeSurvey(survey: ParsedSurvey): ParsedSurvey {
  const rows = survey.rows.map((row) =>
    row.map((cell) => {
      const labelled = /^(\d+)(?:\.0+)? \([^)]*\)$/.exec(cell);
      if (labelled) return labelled[1];
      const decimal = /^(\d+)\.0+$/.exec(cell);
      return decimal ? decimal[1] : cell;
    }),
  );
  const hints = identifierHints(survey);
  if (survey.headers[0] === "Column 1" && survey.rows.every((row, index) => row[0] === String(index))) {
    hints[0] = { role: "ignore", reason: "a row index added when the export was re-saved" };
  }
  return withTool(survey, "limesurvey", hints, { rows });
}

function uniqueHeaders(headers: string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, column) => {
    const name = header.trim() || `Column ${column + 1}`;
    let candidate = name;
    for (let copy = 2; used.has(candidate.toLowerCase()); copy++) candidate = `${name} (${copy})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
