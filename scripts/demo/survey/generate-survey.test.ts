import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  AGREEMENT_LABELS,
  ATTRIBUTE_HEADERS,
  DIGIT_SCORED_METRICS,
  FREE_TEXT_QUESTIONS,
  type GeneratedSurvey,
  generateSurvey,
  type SurveyWave,
  toCsv,
} from "./generate-survey";
import { matchThemeKeywords } from "./match-theme-keywords";
import { readMetricLevels, readPublishedChanges, readResponseCounts } from "./seed-data";
import { readSeedDataFile } from "./seed-files";

const WAVES: readonly SurveyWave[] = ["2023", "2025"];
const sentiment = readMetricLevels(readSeedDataFile("sentiment_metrics.csv"));
const changes = readPublishedChanges(readSeedDataFile("published_changes.csv"));
const responseCounts = readResponseCounts(readSeedDataFile("response_counts.csv"));
const surveys = { "2023": generateSurvey("2023"), "2025": generateSurvey("2025") };

const itemMetrics = sentiment.filter(
  (row) => row.kind === "mean_score" && row.metricKey !== "all_sentiment" && row.segmentDimension === "all",
);
const labelOf = new Map(itemMetrics.map((row) => [row.metricKey, row.label]));
const freeTextHeaders = FREE_TEXT_QUESTIONS.map((question) => question.header);

function scoreOf(cell: string): number | null {
  if (cell === "") return null;
  if (/^[1-5]$/.test(cell)) return Number(cell);
  const index = AGREEMENT_LABELS.indexOf(cell as (typeof AGREEMENT_LABELS)[number]);
  if (index < 0) throw new Error(`Not a Likert answer: "${cell}"`);
  return index + 1;
}

function column(survey: GeneratedSurvey, header: string): number {
  const index = survey.headers.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}"`);
  return index;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function itemMean(survey: GeneratedSurvey, metricKey: string, rows = survey.rows): number {
  const index = column(survey, labelOf.get(metricKey)!);
  return mean(rows.map((row) => scoreOf(row[index])).filter((score): score is number => score !== null));
}

/** all_sentiment: the mean of every Likert answer given by the respondents in the rows. */
function sentimentMean(survey: GeneratedSurvey, rows: readonly string[][]): number {
  const columns = [...labelOf.values()].map((label) => column(survey, label));
  return mean(
    rows.flatMap((row) =>
      columns.map((index) => scoreOf(row[index])).filter((score): score is number => score !== null),
    ),
  );
}

function answers(survey: GeneratedSurvey): string[] {
  const columns = freeTextHeaders.map((header) => column(survey, header));
  return survey.rows.flatMap((row) => columns.map((index) => row[index])).filter((cell) => cell.trim() !== "");
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

describe("generateSurvey", () => {
  it.each(WAVES)("gives %s the published number of respondents per region", (wave) => {
    const survey = surveys[wave];
    const regionColumn = column(survey, "Region");
    for (const { region, responses } of responseCounts.filter((row) => row.wave === wave)) {
      expect(survey.rows.filter((row) => row[regionColumn] === region)).toHaveLength(responses);
    }
    expect(survey.rows).toHaveLength(
      responseCounts.filter((row) => row.wave === wave).reduce((sum, row) => sum + row.responses, 0),
    );
  });

  it.each(WAVES)("names the %s Likert columns exactly as the published metric labels", (wave) => {
    const survey = surveys[wave];
    expect(survey.headers).toEqual([...ATTRIBUTE_HEADERS, ...labelOf.values(), ...freeTextHeaders]);
    expect(survey.rows.every((row) => row.length === survey.headers.length)).toBe(true);
  });

  it.each(WAVES)("numbers %s respondents uniquely", (wave) => {
    const ids = surveys[wave].rows.map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(`R${wave.slice(2)}-00001`);
    expect(ids.every((id) => /^R\d{2}-\d{5}$/.test(id))).toBe(true);
  });

  it.each(WAVES)("meets every published %s item mean within 0.03", (wave) => {
    const survey = surveys[wave];
    const published = itemMetrics.filter((row) => row.wave === wave && row.segmentValue === "all");
    expect(published).toHaveLength(11);
    for (const { metricKey, value } of published) {
      expect(Math.abs(itemMean(survey, metricKey) - value), metricKey).toBeLessThanOrEqual(0.03);
    }
  });

  it("moves each region by its published change", () => {
    const regional = changes.filter((row) => row.segmentDimension === "region");
    expect(regional.length).toBeGreaterThan(0);
    for (const { metricKey, waveFrom, waveTo, segmentValue, change } of regional) {
      const levelIn = (wave: SurveyWave) => {
        const survey = surveys[wave];
        const regionColumn = column(survey, "Region");
        return itemMean(
          survey,
          metricKey,
          survey.rows.filter((row) => row[regionColumn] === segmentValue),
        );
      };
      const computed = levelIn(waveTo as SurveyWave) - levelIn(waveFrom as SurveyWave);
      expect(Math.abs(computed - change), `${metricKey} in ${segmentValue}`).toBeLessThanOrEqual(0.02);
    }
  });

  it("moves overall sentiment by ethnicity and gender in the published direction", () => {
    const bySegment = changes.filter(
      (row) => row.metricKey === "all_sentiment" && ["ethnicity", "gender"].includes(row.segmentDimension),
    );
    expect(bySegment).toHaveLength(5);
    const levelIn = (wave: SurveyWave, dimension: string, value: string) => {
      const survey = surveys[wave];
      const index = column(survey, dimension === "ethnicity" ? "Ethnicity" : "Gender");
      return sentimentMean(
        survey,
        survey.rows.filter((row) => row[index] === value),
      );
    };
    for (const { waveFrom, waveTo, segmentDimension, segmentValue, change } of bySegment) {
      const computed =
        levelIn(waveTo as SurveyWave, segmentDimension, segmentValue) -
        levelIn(waveFrom as SurveyWave, segmentDimension, segmentValue);
      expect(Math.sign(computed), segmentValue).toBe(Math.sign(change));
      expect(Math.abs(computed - change), segmentValue).toBeLessThanOrEqual(0.07);
    }
    expect(levelIn("2025", "gender", "Male")).toBeGreaterThan(levelIn("2025", "gender", "Female") + 0.1);
  });

  it.each(WAVES)("leaves about 3 percent of %s Likert answers blank and writes one item as digits", (wave) => {
    const survey = surveys[wave];
    const columns = [...labelOf.values()].map((label) => column(survey, label));
    const cells = survey.rows.flatMap((row) => columns.map((index) => row[index]));
    const blankShare = cells.filter((cell) => cell === "").length / cells.length;
    expect(blankShare).toBeGreaterThan(0.02);
    expect(blankShare).toBeLessThan(0.04);
    for (const [metricKey, label] of labelOf) {
      const values = new Set(survey.rows.map((row) => row[column(survey, label)]).filter((cell) => cell !== ""));
      const expected = DIGIT_SCORED_METRICS.includes(metricKey) ? ["1", "2", "3", "4", "5"] : [...AGREEMENT_LABELS];
      expect(
        [...values].every((value) => expected.includes(value)),
        metricKey,
      ).toBe(true);
    }
  });

  it.each(WAVES)("gives %s plausible attribute shares", (wave) => {
    const survey = surveys[wave];
    const share = (header: string, value: string) =>
      survey.rows.filter((row) => row[column(survey, header)] === value).length / survey.rows.length;
    const agency = share("Employment type", "Agency");
    expect(agency).toBeGreaterThan(wave === "2023" ? 0.09 : 0.05);
    expect(agency).toBeLessThan(wave === "2023" ? 0.15 : 0.11);
    expect(share("Gender", "Female")).toBeGreaterThan(0.74);
    expect(share("Gender", "Female")).toBeLessThan(0.86);
    expect(share("Ethnicity", "Not specified")).toBeLessThan(0.1);
    const roleColumn = column(survey, "Role");
    const employmentColumn = column(survey, "Employment type");
    const students = survey.rows.filter((row) => row[roleColumn] === "Student");
    expect(students.length).toBeGreaterThan(0);
    expect(students.every((row) => row[employmentColumn] === "Student")).toBe(true);
  });

  it.each(WAVES)("has %s free-text questions each answered by 60 to 75 percent of respondents", (wave) => {
    const survey = surveys[wave];
    for (const header of freeTextHeaders) {
      const cells = survey.rows.map((row) => row[column(survey, header)]);
      const answered = cells.filter((cell) => cell.trim() !== "").length / cells.length;
      expect(answered, header).toBeGreaterThanOrEqual(0.6);
      expect(answered, header).toBeLessThanOrEqual(0.75);
    }
    const whitespaceOnly = survey.rows
      .flatMap((row) => freeTextHeaders.map((header) => row[column(survey, header)]))
      .filter((cell) => cell !== "" && cell.trim() === "");
    expect(whitespaceOnly.length).toBeGreaterThan(0);
  });

  it.each(WAVES)("writes at least 90 percent distinct %s answers of 8 to 80 words", (wave) => {
    const texts = answers(surveys[wave]);
    expect(new Set(texts).size / texts.length).toBeGreaterThanOrEqual(0.9);
    for (const text of texts) {
      expect(countWords(text), text).toBeGreaterThanOrEqual(8);
      expect(countWords(text), text).toBeLessThanOrEqual(80);
      expect(text, text).toBe(text.trim());
    }
  });

  it("writes some Unicode and some line breaks", () => {
    const texts = [...answers(surveys["2023"]), ...answers(surveys["2025"])];
    expect(texts.some((text) => text.includes("’"))).toBe(true);
    expect(texts.some((text) => text.includes("–"))).toBe(true);
    expect(texts.some((text) => text.includes("café"))).toBe(true);
    expect(texts.some((text) => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
    expect(texts.some((text) => text.includes("\n"))).toBe(true);
    expect(texts.some((text) => text.includes('"'))).toBe(true);
  });

  it.each(WAVES)("records the themes of every %s answer, each findable by its keywords", (wave) => {
    const survey = surveys[wave];
    let recorded = 0;
    let twoThemes = 0;
    for (const row of survey.rows) {
      for (const header of freeTextHeaders) {
        const text = row[column(survey, header)];
        const themes = survey.answerThemes.get(`${row[0]}|${header}`);
        if (text.trim() === "") {
          expect(themes).toBeUndefined();
          continue;
        }
        expect(themes?.length).toBeGreaterThan(0);
        recorded += 1;
        if (themes!.length === 2) twoThemes += 1;
        const found = matchThemeKeywords(text);
        for (const theme of themes!) expect(found, `${theme}: ${text}`).toContain(theme);
      }
    }
    expect(recorded).toBe(answers(survey).length);
    expect(twoThemes / recorded).toBeGreaterThan(0.2);
    expect(twoThemes / recorded).toBeLessThan(0.4);
  });

  it.each(WAVES)("ties caseload answers in %s to disagreeing that workload is manageable", (wave) => {
    const survey = surveys[wave];
    const workloadColumn = column(survey, labelOf.get("workload_manageable")!);
    const caseloadShare = (accept: (cell: string) => boolean) => {
      let total = 0;
      let caseload = 0;
      for (const row of survey.rows.filter((candidate) => accept(candidate[workloadColumn]))) {
        for (const header of freeTextHeaders) {
          const themes = survey.answerThemes.get(`${row[0]}|${header}`);
          if (!themes) continue;
          total += 1;
          if (themes.includes("Workload and caseloads")) caseload += 1;
        }
      }
      expect(total).toBeGreaterThan(30);
      return caseload / total;
    };
    const stronglyDisagree = caseloadShare((cell) => cell === "Strongly disagree");
    const agree = caseloadShare((cell) => cell === "Agree" || cell === "Strongly agree");
    expect(stronglyDisagree).toBeGreaterThan(2 * agree);
  });

  it("follows other Likert answers too: low pay → pay, high supervision → praise of supervision", () => {
    const survey = surveys["2025"];
    const shareOf = (metricKey: string, cells: readonly string[], theme: string) => {
      const index = column(survey, labelOf.get(metricKey)!);
      const keys = survey.rows
        .filter((row) => cells.includes(row[index]))
        .flatMap((row) => freeTextHeaders.map((header) => `${row[0]}|${header}`))
        .filter((key) => survey.answerThemes.has(key));
      return keys.filter((key) => survey.answerThemes.get(key)!.includes(theme)).length / keys.length;
    };
    const low = ["Strongly disagree", "Disagree"];
    const high = ["Agree", "Strongly agree"];
    expect(shareOf("pay_fair", low, "Pay and remuneration")).toBeGreaterThan(
      2 * shareOf("pay_fair", high, "Pay and remuneration"),
    );
    expect(shareOf("psychological_safety", low, "Psychological safety")).toBeGreaterThan(
      2 * shareOf("psychological_safety", high, "Psychological safety"),
    );
    expect(shareOf("ict_support", ["1", "2"], "ICT and systems")).toBeGreaterThan(
      2 * shareOf("ict_support", ["4", "5"], "ICT and systems"),
    );
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const again = generateSurvey("2025");
    expect(again.rows).toEqual(surveys["2025"].rows);
    expect([...again.answerThemes]).toEqual([...surveys["2025"].answerThemes]);
    const other = generateSurvey("2025", { seed: "another seed" });
    expect(other.rows).not.toEqual(surveys["2025"].rows);
    expect(other.rows.map((row) => row[1]).filter((region) => region === "London")).toHaveLength(
      responseCounts.find((row) => row.wave === "2025" && row.region === "London")!.responses,
    );
  });

  it("round-trips through CSV", () => {
    const survey = surveys["2025"];
    const csv = toCsv(survey);
    expect(csv.startsWith(`${ATTRIBUTE_HEADERS.join(",")},`)).toBe(true);
    expect(csv.split("\r\n").length).toBeGreaterThan(survey.rows.length);
    const parsed = Papa.parse<string[]>(csv, { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([survey.headers, ...survey.rows]);
  });

  it("scales to a custom size and answer rate", () => {
    const small = generateSurvey("2023", { scale: { london: 7, southEast: 3 }, answersPerRespondent: 0 });
    expect(small.rows).toHaveLength(10);
    expect(small.answerThemes.size).toBe(0);
    const all = generateSurvey("2023", { scale: { london: 40, southEast: 0 }, answersPerRespondent: 3 });
    expect(all.answerThemes.size).toBe(120);
    expect(() => generateSurvey("2025", { scale: { london: -1, southEast: 0 } })).toThrow(RangeError);
    expect(() => generateSurvey("2025", { answersPerRespondent: 4 })).toThrow(RangeError);
  });

  it("generates 50,000 respondents with about 1.8 answers each", () => {
    const survey = generateSurvey("2025", { scale: { london: 36_000, southEast: 14_000 }, answersPerRespondent: 1.8 });
    expect(survey.rows).toHaveLength(50_000);
    expect(survey.answerThemes.size / 50_000).toBeGreaterThan(1.7);
    expect(survey.answerThemes.size / 50_000).toBeLessThan(1.9);
    expect(survey.rows[49_999][0]).toBe("R25-50000");
  });

  it("asks the questions it is given, at the requested answer rate", () => {
    const questions = [
      ...FREE_TEXT_QUESTIONS,
      { kind: "change", header: "What would help you stay in your role?", answerRate: 0.5 },
      { kind: "support", header: "How do you find reflective practice sessions?", answerRate: 0.5 },
    ] as const;
    const survey = generateSurvey("2025", {
      scale: { london: 300, southEast: 100 },
      questions,
      answersPerRespondent: 4.5,
    });
    expect(survey.headers.slice(-5)).toEqual(questions.map((q) => q.header));
    for (const row of survey.rows) expect(row).toHaveLength(survey.headers.length);
    const perQuestion = questions.map(
      (q) => [...survey.answerThemes.keys()].filter((key) => key.endsWith(`|${q.header}`)).length,
    );
    expect(perQuestion.every((n) => n > 200)).toBe(true);
    expect(survey.answerThemes.size / 400).toBeGreaterThan(4.2);
    expect(survey.answerThemes.size / 400).toBeLessThan(4.8);
    expect(() => generateSurvey("2025", { questions, answersPerRespondent: 6 })).toThrow(RangeError);
    expect(() => generateSurvey("2025", { questions: [] })).toThrow(RangeError);
  });
});
