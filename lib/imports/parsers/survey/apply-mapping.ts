import { ImportError } from "../import-error";
import { answerTooLongMessage, MAX_ANSWER_LENGTH } from "./max-answer-length";
import { buildAttributeValueMap } from "./normalise-attribute-values";
import { scoreLikert } from "./score-likert";
import type { ColumnMapping, ParsedSurvey, SurveyAnswer, SurveyRecords, SurveyRespondent } from "./types";

export type { SurveyRecords } from "./types";

/**
 * Turns a parsed survey and a confirmed column mapping into respondents, questions with their
 * answers, and Likert scores. Without an id column a respondent's external id is the number of
 * its row in the file (the header is row 1), the same number error messages use. Columns left
 * out of the mapping are ignored.
 */
export function applyMapping(survey: ParsedSurvey, mapping: ColumnMapping[]): SurveyRecords {
  assertMappingFits(survey, mapping);
  const rowNumberOf = (rowIndex: number) => survey.rowNumbers?.[rowIndex] ?? rowIndex + 2;

  const idColumn = mapping.find((entry) => entry.role === "id");
  const attributeColumns = mapping.filter((entry) => entry.role === "attribute");
  const likertColumns = mapping.filter((entry) => entry.role === "likert");
  const textColumns = mapping.filter((entry) => entry.role === "text");

  const respondents: SurveyRespondent[] = survey.rows.map((row, rowIndex) => ({
    externalId: idColumn ? row[idColumn.column].trim() : String(rowNumberOf(rowIndex)),
    attributes: {},
    likert: {},
  }));

  if (idColumn) {
    const firstRowById = new Map<string, number>();
    respondents.forEach((respondent, rowIndex) => {
      const rowNumber = rowNumberOf(rowIndex);
      if (respondent.externalId === "") {
        throw new ImportError(`Row ${rowNumber} has no respondent id in column "${idColumn.header}".`);
      }
      const firstRow = firstRowById.get(respondent.externalId);
      if (firstRow !== undefined) {
        throw new ImportError(
          `Row ${rowNumber} repeats respondent id "${respondent.externalId}" (column "${idColumn.header}"), already used in row ${firstRow}. Each respondent needs a unique id.`,
        );
      }
      firstRowById.set(respondent.externalId, rowNumber);
    });
  }

  // The columns are read row by row, not column by column: a row's cells lie together in memory,
  // and on a large export walking down one column at a time costs several times as much.
  const attributeMerges: SurveyRecords["attributeMerges"] = [];
  const tallies = tallyColumns(survey.rows, attributeColumns);
  const attributes = attributeColumns.map((entry, index) => {
    const name = entry.attribute?.trim() || entry.header;
    const { values, counts } = tallies[index];
    const canonicalByValue = buildAttributeValueMap(values, counts);
    // The map's keys are the distinct values in the order first seen, so the variants are found
    // once per distinct value rather than once per row.
    const variantsByCanonical = new Map<string, Set<string>>();
    for (const [value, canonical] of canonicalByValue) {
      const spelling = value.trim();
      if (spelling === canonical) continue;
      const variants = variantsByCanonical.get(canonical) ?? new Set<string>();
      variants.add(spelling);
      variantsByCanonical.set(canonical, variants);
    }
    for (const [canonical, variants] of variantsByCanonical) {
      attributeMerges.push({ attribute: name, canonical, variants: [...variants] });
    }
    return {
      name,
      canonicalOf: values.map((value) => canonicalByValue.get(value)),
      valueOfRow: tallies[index].valueOfRow,
    };
  });
  respondents.forEach((respondent, rowIndex) => {
    for (const { name, canonicalOf, valueOfRow } of attributes) {
      const canonical = canonicalOf[valueOfRow[rowIndex]];
      if (canonical !== undefined) respondent.attributes[name] = canonical;
    }
  });

  // A Likert column holds a handful of distinct labels: score each once, not once per row.
  // Unscorable values are never cached: the first one stops the import.
  const scores = new Map<string, number | null>();
  survey.rows.forEach((row, rowIndex) => {
    const { likert } = respondents[rowIndex];
    for (const entry of likertColumns) {
      const value = row[entry.column];
      let score = scores.get(value);
      if (score === undefined) {
        const scored = scoreLikert(value);
        if (scored === undefined) throw firstLikertError(survey, likertColumns, rowNumberOf);
        score = scored;
        scores.set(value, score);
      }
      if (score !== null) likert[entry.header] = score;
    }
  });

  const questions = textColumns.map((entry) => ({ header: entry.header, answers: [] as SurveyAnswer[] }));
  survey.rows.forEach((row, respondentIndex) => {
    textColumns.forEach((entry, index) => {
      const text = row[entry.column].trim();
      if (text.length > MAX_ANSWER_LENGTH) {
        throw new ImportError(answerTooLongMessage(rowNumberOf(respondentIndex), entry.header, text.length));
      }
      if (text !== "") questions[index].answers.push({ respondentIndex, text });
    });
  });

  return {
    respondents,
    questions,
    likertColumns: likertColumns.map((entry) => ({ header: entry.header, metricKey: entry.metricKey ?? null })),
    attributeMerges,
  };
}

/**
 * Each column's distinct values in the order first seen, how often each occurs, and which one
 * each row holds, at one hash lookup per cell.
 */
function tallyColumns(
  rows: string[][],
  columns: ColumnMapping[],
): { values: string[]; counts: number[]; valueOfRow: Int32Array }[] {
  const tallies = columns.map(() => ({
    indexOf: new Map<string, number>(),
    values: [] as string[],
    counts: [] as number[],
    valueOfRow: new Int32Array(rows.length),
  }));
  rows.forEach((row, rowIndex) => {
    columns.forEach((entry, columnIndex) => {
      const tally = tallies[columnIndex];
      const value = row[entry.column];
      let index = tally.indexOf.get(value);
      if (index === undefined) {
        index = tally.values.length;
        tally.indexOf.set(value, index);
        tally.values.push(value);
        tally.counts.push(0);
      }
      tally.counts[index]++;
      tally.valueOfRow[rowIndex] = index;
    });
  });
  return tallies;
}

/** The error for the first unscorable Likert answer, column by column as the mapping lists them. */
function firstLikertError(
  survey: ParsedSurvey,
  likertColumns: ColumnMapping[],
  rowNumberOf: (rowIndex: number) => number,
): ImportError {
  for (const entry of likertColumns) {
    const rowIndex = survey.rows.findIndex((row) => scoreLikert(row[entry.column]) === undefined);
    if (rowIndex !== -1) {
      return new ImportError(
        `Row ${rowNumberOf(rowIndex)}, column "${entry.header}": "${survey.rows[rowIndex][entry.column].trim()}" is not a Likert answer (expected 1–5 or a label such as "Strongly agree"). Correct the value or map the column as text.`,
      );
    }
  }
  return new ImportError("A Likert column holds an answer that is not on a five-point scale.");
}

function assertMappingFits(survey: ParsedSurvey, mapping: ColumnMapping[]): void {
  const seenColumns = new Set<number>();
  const seenAttributes = new Set<string>();
  let idColumns = 0;
  for (const entry of mapping) {
    if (!Number.isInteger(entry.column) || entry.column < 0 || entry.column >= survey.headers.length) {
      throw new ImportError(
        `The mapping names column ${entry.column + 1}, but the file has ${survey.headers.length} columns.`,
      );
    }
    if (seenColumns.has(entry.column)) {
      throw new ImportError(`The mapping lists column "${survey.headers[entry.column]}" twice.`);
    }
    seenColumns.add(entry.column);
    if (entry.role === "id") idColumns++;
    if (entry.role === "attribute") {
      const attribute = entry.attribute?.trim() || entry.header;
      if (seenAttributes.has(attribute)) {
        throw new ImportError(
          `Two columns are mapped to the same attribute "${attribute}"; give each a different name.`,
        );
      }
      seenAttributes.add(attribute);
    }
  }
  if (idColumns > 1) throw new ImportError("Only one column can hold the respondent id.");
}
