import Papa from "papaparse";
import seedrandom from "seedrandom";
import { type AnswerContext, composeAnswer } from "./compose-answer";
import { generateRespondents } from "./generate-respondents";
import { generateScores, likertItems } from "./generate-scores";
import { loadSurveyFigures, type SurveyFigures } from "./survey-figures";
import { FREE_TEXT_QUESTIONS, QUESTION_PRIORS } from "./survey-tables";
import {
  AGREEMENT_LABELS,
  ATTRIBUTE_HEADERS,
  DEFAULT_SEED,
  DIGIT_SCORED_METRICS,
  type FreeTextQuestion,
  type GeneratedSurvey,
  type Region,
  type SurveyScale,
  type SurveyWave,
} from "./survey-types";
import { pickThemes, type ScoreOf, themeLeanings, voicesOf } from "./theme-leanings";
import { THEME_CODES } from "./themes";

export { FREE_TEXT_QUESTIONS } from "./survey-tables";
export * from "./survey-types";

export interface GenerateSurveyOptions {
  seed?: string;
  /** Respondents per region; defaults to the published response counts of the wave. */
  scale?: SurveyScale;
  /** Expected number of non-blank free-text answers per respondent, 0 to the number of questions. */
  answersPerRespondent?: number;
  /** The free-text questions; defaults to the demo survey's three. Larger benchmark surveys ask more. */
  questions?: readonly FreeTextQuestion[];
  /** Defaults to the figures in `db/seed/data`. */
  figures?: SurveyFigures;
}

const WHITESPACE_ONLY_RATE = 0.015;
const WHITESPACE_CELLS = [" ", "  ", "\n", " \t "];

function answerRates(questions: readonly FreeTextQuestion[], answersPerRespondent: number | undefined): number[] {
  const base = questions.map((question) => question.answerRate);
  if (answersPerRespondent === undefined) return base;
  if (!(answersPerRespondent >= 0 && answersPerRespondent <= questions.length)) {
    throw new RangeError(`answersPerRespondent must be between 0 and ${questions.length}`);
  }
  const ratesFor = (factor: number) => base.map((rate) => Math.min(1, rate * factor));
  const total = (factor: number) => ratesFor(factor).reduce((sum, rate) => sum + rate, 0);
  // Scale every rate by one factor, capping each at 1, so the expected answers add up to the request.
  let low = 0;
  let high = questions.length / Math.min(...base);
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (total(middle) < answersPerRespondent) low = middle;
    else high = middle;
  }
  return ratesFor(high);
}

function defaultScale(figures: SurveyFigures, wave: SurveyWave): SurveyScale {
  const countOf = (region: Region) => {
    const row = figures.responseCounts.find((count) => count.wave === wave && count.region === region);
    if (!row) throw new RangeError(`No response count for ${region} in ${wave}`);
    return row.responses;
  };
  return { london: countOf("London"), southEast: countOf("South East") };
}

/**
 * A deterministic demo survey export for one wave: respondent attributes, Likert items whose means match the
 * published levels, and free-text answers whose themes follow each respondent's Likert answers.
 */
export function generateSurvey(
  wave: SurveyWave,
  options: GenerateSurveyOptions = {},
): GeneratedSurvey & { answerThemes: Map<string, string[]> } {
  const figures = options.figures ?? loadSurveyFigures();
  const scale = options.scale ?? defaultScale(figures, wave);
  for (const count of [scale.london, scale.southEast]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError("scale counts must be whole numbers, 0 or more");
  }
  const questions = options.questions ?? FREE_TEXT_QUESTIONS;
  if (questions.length === 0 || new Set(questions.map((q) => q.header)).size !== questions.length) {
    throw new RangeError("questions must be at least one, each with its own header");
  }
  const rates = answerRates(questions, options.answersPerRespondent);
  const seed = `${options.seed ?? DEFAULT_SEED}|${wave}`;
  const items = likertItems(figures, wave);
  if (items.length === 0) throw new RangeError(`No published levels for ${wave}`);

  const respondents = generateRespondents(seedrandom.alea(`${seed}|respondents`), wave, scale);
  const scores = generateScores(seedrandom.alea(`${seed}|likert`), figures, wave, respondents, items);
  const textRandom = seedrandom.alea(`${seed}|text`);
  const columnOf = new Map(items.map((item, column) => [item.metricKey, column]));
  const digitScored = items.map((item) => DIGIT_SCORED_METRICS.includes(item.metricKey));

  const headers = [...ATTRIBUTE_HEADERS, ...items.map((item) => item.label), ...questions.map((q) => q.header)];
  const answerThemes = new Map<string, string[]>();
  const rows = respondents.map((respondent, index) => {
    const offset = index * items.length;
    const row: string[] = [
      respondent.id,
      respondent.region,
      respondent.role,
      respondent.employment,
      respondent.gender,
      respondent.ethnicity,
      respondent.yearsQualified,
    ];
    for (let column = 0; column < items.length; column++) {
      const score = scores[offset + column];
      if (score === 0) row.push("");
      else row.push(digitScored[column] ? String(score) : AGREEMENT_LABELS[score - 1]);
    }

    const scoreOf: ScoreOf = (metricKey) => {
      const column = columnOf.get(metricKey);
      const score = column === undefined ? 0 : scores[offset + column];
      return score === 0 ? 3 : score;
    };
    const leanings = themeLeanings(respondent, wave, scoreOf);
    const positive = THEME_CODES.map((code) => textRandom() < leanings[code].positive);
    const context: AnswerContext = {
      voices: voicesOf(respondent),
      region: respondent.region,
      yearsQualified: respondent.yearsQualified,
    };
    questions.forEach((question, questionIndex) => {
      if (textRandom() >= rates[questionIndex]) {
        row.push(textRandom() < WHITESPACE_ONLY_RATE ? WHITESPACE_CELLS[Math.floor(textRandom() * 4)] : "");
        return;
      }
      const prior = QUESTION_PRIORS[question.kind];
      const weights = THEME_CODES.map((code) => leanings[code].weight * prior[code]);
      const themes = pickThemes(textRandom, weights, positive);
      row.push(composeAnswer(textRandom, context, question.kind, themes));
      answerThemes.set(
        `${respondent.id}|${question.header}`,
        themes.map((theme) => theme.code),
      );
    });
    return row;
  });

  return { wave, headers, rows, answerThemes };
}

/** The survey as an RFC 4180 CSV export: CRLF line ends, fields quoted only where they need it. */
export function toCsv(survey: GeneratedSurvey): string {
  return Papa.unparse({ fields: survey.headers, data: survey.rows }, { newline: "\r\n" });
}
