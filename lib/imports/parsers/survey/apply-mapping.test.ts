import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { applyMapping } from "./apply-mapping";
import { parseSurvey } from "./parse-survey";
import { proposeMapping } from "./propose-mapping";
import type { ColumnMapping } from "./types";

async function parseTestFile(name: string) {
  return parseSurvey(name, readFileSync(path.resolve(__dirname, "../test-files/survey", name)));
}

function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected an ImportError");
}

const METRICS = [
  { key: "workload_manageable", label: "My workload is manageable" },
  { key: "pay_fair", label: "My pay (or bursary/loan) fairly reflects the job I do" },
];

describe("applyMapping", () => {
  it("builds respondents, Likert scores and answers from the social-care survey", async () => {
    const survey = await parseTestFile("social-care-survey.csv");
    const records = applyMapping(survey, proposeMapping(survey, METRICS));

    expect(records.respondents).toHaveLength(12);
    expect(records.respondents[0]).toEqual({
      externalId: "SC001",
      attributes: {
        region: "London",
        role: "Social worker",
        "employment type": "Permanent",
        gender: "Female",
        ethnicity: "White British",
        "years qualified": "3",
      },
      likert: { "My workload is manageable": 2, "My pay (or bursary/loan) fairly reflects the job I do": 2 },
    });
    expect(records.respondents[4].likert).toEqual({ "My workload is manageable": 4 });
    expect(records.respondents[7].likert).toEqual({ "My pay (or bursary/loan) fairly reflects the job I do": 3 });
    expect(records.likertColumns).toEqual([
      { header: "My workload is manageable", metricKey: "workload_manageable" },
      { header: "My pay (or bursary/loan) fairly reflects the job I do", metricKey: "pay_fair" },
    ]);

    expect(records.questions).toHaveLength(1);
    const [question] = records.questions;
    expect(question.header).toBe("What one change would most improve your working life?");
    expect(question.answers).toHaveLength(11);
    expect(question.answers.map((answer) => answer.respondentIndex)).not.toContain(11);
    expect(question.answers[7]).toEqual({
      respondentIndex: 7,
      text: "Good peer support; poor IT.\nThe laptops crash during visits.",
    });
    expect(records.attributeMerges).toEqual([]);
  });

  it("merges attribute spellings and reports the merge", async () => {
    const survey = await parseTestFile("attribute-variants.csv");
    const records = applyMapping(survey, proposeMapping(survey, []));
    expect(records.respondents.map((respondent) => respondent.attributes.region)).toEqual([
      "London",
      "London",
      "London",
      "London",
      "South East",
      "South East",
      "South East",
      "South East",
      undefined,
    ]);
    expect(records.attributeMerges).toEqual([
      { attribute: "region", canonical: "London", variants: ["london", "LONDON"] },
      { attribute: "region", canonical: "South East", variants: ["South-East", "south east"] },
    ]);
  });

  it("stores blank and don't-know Likert answers as missing, and drops whitespace-only answers", async () => {
    const survey = await parseTestFile("likert.csv");
    const mapping = proposeMapping(survey, []).map((entry) =>
      entry.header === "Comment" ? { ...entry, role: "text" as const, attribute: undefined } : entry,
    );
    const records = applyMapping(survey, mapping);
    expect(records.respondents.map((respondent) => respondent.likert)).toEqual([
      { "The training was useful": 5, "Rate your manager": 5 },
      { "The training was useful": 4, "Rate your manager": 4 },
      { "The training was useful": 3, "Rate your manager": 3 },
      { "The training was useful": 2, "Rate your manager": 2 },
      { "The training was useful": 1, "Rate your manager": 1 },
      {},
      { "Rate your manager": 2 },
    ]);
    expect(records.likertColumns).toEqual([
      { header: "The training was useful", metricKey: null },
      { header: "Rate your manager", metricKey: null },
    ]);
    expect(records.questions[0].answers).toEqual([
      { respondentIndex: 0, text: "Great" },
      { respondentIndex: 1, text: "Good" },
      { respondentIndex: 4, text: "Poor" },
      { respondentIndex: 5, text: "No scores" },
    ]);
  });

  it("refuses a non-Likert value in a Likert column, naming row and column", async () => {
    const survey = await parseTestFile("bad-likert.csv");
    const mapping: ColumnMapping[] = [
      { column: 0, header: "ID", role: "id" },
      { column: 1, header: "The training was useful", role: "likert", metricKey: null },
      { column: 2, header: "Comment", role: "text" },
    ];
    const error = importErrorOf(() => applyMapping(survey, mapping));
    expect(error.message).toMatch(/^Row 3, column "The training was useful": "Maybe" is not a Likert answer/);
  });

  it("names the first bad Likert answer of the first column that has one, whatever the row order", async () => {
    const survey = await parseSurvey(
      "two-bad.csv",
      new TextEncoder().encode("ID,Workload,Pay\nA,Agree,Sometimes-ish\nB,Perhaps,Agree\nC,Nope,Agree\n"),
    );
    const error = importErrorOf(() =>
      applyMapping(survey, [
        { column: 0, header: "ID", role: "id" },
        { column: 1, header: "Workload", role: "likert", metricKey: null },
        { column: 2, header: "Pay", role: "likert", metricKey: null },
      ]),
    );
    expect(error.message).toMatch(/^Row 3, column "Workload": "Perhaps" is not a Likert answer/);
  });

  it("refuses duplicate respondent ids, naming the row", async () => {
    const survey = await parseTestFile("duplicate-ids.csv");
    const mapping: ColumnMapping[] = [
      { column: 0, header: "Respondent ID", role: "id" },
      { column: 2, header: "Comment", role: "text" },
    ];
    const error = importErrorOf(() => applyMapping(survey, mapping));
    expect(error.message).toMatch(/^Row 4 repeats respondent id "R1".*row 2/);
  });

  it("refuses a blank respondent id", async () => {
    const survey = await parseSurvey("blank-id.csv", new TextEncoder().encode("ID,Comment\n1,a\n,b\n"));
    const error = importErrorOf(() => applyMapping(survey, [{ column: 0, header: "ID", role: "id" }]));
    expect(error.message).toMatch(/^Row 3 has no respondent id/);
  });

  it("uses the file's row number as the id when there is no id column", async () => {
    const survey = await parseTestFile("surveymonkey.csv");
    const records = applyMapping(survey, [{ column: 10, header: survey.headers[10], role: "text" }]);
    expect(records.respondents.map((respondent) => respondent.externalId)).toEqual(["3", "4", "5"]);
    expect(records.questions[0].answers.map((answer) => answer.respondentIndex)).toEqual([0, 1]);
    expect(records.questions[0].answers[1].text).toBe("The visit was late, and nobody told us");
  });

  it("keeps <script> and emoji in answers as literal text", async () => {
    const survey = await parseTestFile("script-and-unicode.csv");
    const records = applyMapping(survey, [
      { column: 0, header: "ID", role: "id" },
      { column: 1, header: "Town", role: "attribute", attribute: "town" },
      { column: 2, header: "Comment", role: "text" },
    ]);
    expect(records.questions[0].answers.map((answer) => answer.text)).toEqual([
      "<script>alert('x')</script>",
      "Zażółć gęślą jaźń 😀",
      "Très bien — ó",
    ]);
    expect(records.respondents[1].attributes).toEqual({ town: "Łódź" });
  });

  it("refuses two columns mapped to one attribute and a column out of range", async () => {
    const survey = await parseTestFile("attribute-variants.csv");
    const twice = importErrorOf(() =>
      applyMapping(survey, [
        { column: 1, header: "Region", role: "attribute", attribute: "region" },
        { column: 2, header: "Comment", role: "attribute", attribute: "region" },
      ]),
    );
    expect(twice.message).toMatch(/same attribute "region"/);
    const outOfRange = importErrorOf(() => applyMapping(survey, [{ column: 3, header: "Nope", role: "text" }]));
    expect(outOfRange.message).toMatch(/column 4, but the file has 3 columns/);
  });
});
