import { ImportError } from "../import-error";
import { buildAttributeValueMap } from "./normalise-attribute-values";
import { scoreLikert } from "./score-likert";
import type { ColumnMapping, ParsedSurvey, SurveyRecords, SurveyRespondent } from "./types";

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

  const attributeMerges: SurveyRecords["attributeMerges"] = [];
  for (const entry of attributeColumns) {
    const attribute = entry.attribute?.trim() || entry.header;
    const values = survey.rows.map((row) => row[entry.column]);
    const canonicalByValue = buildAttributeValueMap(values);
    const variantsByCanonical = new Map<string, Set<string>>();
    values.forEach((value, rowIndex) => {
      const canonical = canonicalByValue.get(value);
      if (canonical === undefined) return;
      respondents[rowIndex].attributes[attribute] = canonical;
      const spelling = value.trim();
      if (spelling === canonical) return;
      const variants = variantsByCanonical.get(canonical) ?? new Set<string>();
      variants.add(spelling);
      variantsByCanonical.set(canonical, variants);
    });
    for (const [canonical, variants] of variantsByCanonical) {
      attributeMerges.push({ attribute, canonical, variants: [...variants] });
    }
  }

  // A Likert column holds a handful of distinct labels: score each once, not once per row.
  const scores = new Map<string, number | null | undefined>();
  const scoreOnce = (value: string) => {
    if (!scores.has(value)) scores.set(value, scoreLikert(value));
    return scores.get(value);
  };
  for (const entry of likertColumns) {
    survey.rows.forEach((row, rowIndex) => {
      const value = row[entry.column];
      const score = scoreOnce(value);
      if (score === undefined) {
        throw new ImportError(
          `Row ${rowNumberOf(rowIndex)}, column "${entry.header}": "${value.trim()}" is not a Likert answer (expected 1–5 or a label such as "Strongly agree"). Correct the value or map the column as text.`,
        );
      }
      if (score !== null) respondents[rowIndex].likert[entry.header] = score;
    });
  }

  const questions = textColumns.map((entry) => ({
    header: entry.header,
    answers: survey.rows.flatMap((row, respondentIndex) => {
      const text = row[entry.column].trim();
      return text === "" ? [] : [{ respondentIndex, text }];
    }),
  }));

  return {
    respondents,
    questions,
    likertColumns: likertColumns.map((entry) => ({ header: entry.header, metricKey: entry.metricKey ?? null })),
    attributeMerges,
  };
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
