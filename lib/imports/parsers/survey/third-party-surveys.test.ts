import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMapping } from "./apply-mapping";
import { parseSurvey } from "./parse-survey";
import { proposeMapping } from "./propose-mapping";

const FIXTURES = path.resolve(__dirname, "../../../../../shared/fixtures/third_party");
const fixturesPresent = existsSync(FIXTURES);

if (!fixturesPresent && process.env.CI === "true") {
  describe("third-party survey fixtures", () => {
    it("are present under ../shared (required in CI)", () => {
      expect.fail(`Missing ${FIXTURES}: the third-party fixtures must be checked out next to the project in CI.`);
    });
  });
} else if (!fixturesPresent) {
  console.warn(`Skipped the third-party survey tests: ../shared is absent (${FIXTURES}).`);
}

const describeFixtures = fixturesPresent ? describe : describe.skip;

async function importFixture(relativePath: string) {
  const survey = await parseSurvey(path.basename(relativePath), readFileSync(path.join(FIXTURES, relativePath)));
  const mapping = proposeMapping(survey, []);
  return { survey, mapping, records: applyMapping(survey, mapping) };
}

function allCells(rows: string[][]): string[] {
  return rows.flat();
}

describeFixtures("third-party survey exports", () => {
  it("SurveyGizmo notebook UX export: 1,706 respondents, 37 columns, the 😀 kept", async () => {
    const { survey, mapping, records } = await importFixture("jupyter-surveys/2015-12-notebook-ux_SurveyExport.csv");
    expect(survey.headers).toHaveLength(37);
    expect(survey.rows).toHaveLength(1706);
    expect(records.respondents).toHaveLength(1706);
    expect(allCells(survey.rows).some((cell) => cell.includes("\u{1F600}"))).toBe(true);
    expect(records.questions.some((question) => question.answers.some((answer) => answer.text.includes("😀")))).toBe(
      true,
    );
    expect(mapping.slice(0, 3).map((entry) => entry.role)).toEqual(["ignore", "ignore", "attribute"]);
    expect(records.respondents[0].externalId).toBe("2");
    const hinders = records.questions.find((question) => question.header.startsWith("What, if anything, hinders"));
    expect(hinders?.answers).toHaveLength(764);
  });

  it("Google Forms education survey: 125 respondents, 25 columns, multi-line cells kept", async () => {
    const { survey, mapping, records } = await importFixture("jupyter-surveys/2016-05-education-survey_responses.csv");
    expect(survey.headers).toHaveLength(25);
    expect(survey.headers[3]).toBe("If there an official course webpage, please list it here:");
    expect(records.respondents).toHaveLength(125);
    expect(mapping[0]).toEqual({ column: 0, header: "Timestamp", role: "ignore" });
    expect(allCells(survey.rows).some((cell) => cell.includes("\n"))).toBe(true);
    expect(allCells(survey.rows).some((cell) => cell.includes("\r"))).toBe(false);
    expect(survey.rows[0][1]).toBe("COGSCI 131 (Computational Models of Cognition)");
  });

  it("SurveyMonkey text fields: 1,135 respondents, 19 columns, keyed by Respondent ID", async () => {
    const { survey, mapping, records } = await importFixture("jupyter-surveys/2020-12-jupyter-survey_text_fields.csv");
    expect(survey.headers).toHaveLength(19);
    expect(records.respondents).toHaveLength(1135);
    expect(mapping[0]).toEqual({ column: 0, header: "Respondent ID", role: "id" });
    expect(records.respondents[0].externalId).toBe("12390574951");
    expect(new Set(records.respondents.map((respondent) => respondent.externalId)).size).toBe(1135);
    expect(records.questions).toHaveLength(18);
  });

  it("QualCoder survey456: 3 respondents, one missing numeric value, CRLF", async () => {
    const { survey, mapping, records } = await importFixture("qualcoder-examples/survey456.csv");
    expect(survey.headers).toEqual(["Case", "Age", "Gender", "Interest", "freetext"]);
    expect(mapping.map((entry) => entry.role)).toEqual(["id", "attribute", "attribute", "attribute", "text"]);
    expect(records.respondents.map((respondent) => respondent.externalId)).toEqual(["ID4", "ID5", "ID6"]);
    expect(records.respondents.map((respondent) => respondent.attributes.age)).toEqual(["24", undefined, "67"]);
    expect(records.respondents[1].attributes).toEqual({ gender: "m", interest: "golf" });
    const answers = records.questions[0].answers;
    expect(answers).toHaveLength(3);
    expect(answers[2].text).toBe(
      "I did not enrol in any studies, even though I am retired. Currently, I am mainly enjoying being away from work and doing my gardening.",
    );
  });

  it("detects the semicolon delimiter of the hinderances themes file", async () => {
    const { survey } = await importFixture("jupyter-surveys/2015-12-notebook-ux_hinderances_themes.csv");
    expect(survey.delimiter).toBe(";");
    expect(survey.headers).toEqual(["Column 1", "hinderances_themes", "hinderances_keywords"]);
    expect(survey.rows).toHaveLength(763);
    expect(survey.rows[2]).toEqual(["6", "setup,development", "setup,server,access,search"]);
  });
});
