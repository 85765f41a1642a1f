import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { applyMapping } from "./apply-mapping";
import { MAX_ANSWER_LENGTH } from "./max-answer-length";
import { parseSurvey } from "./parse-survey";
import { proposeMapping } from "./propose-mapping";

const TOOLS = path.resolve(__dirname, "../../../../../shared/fixtures/third_party/survey-tools");
const present = existsSync(TOOLS);
if (!present && process.env.CI === "true") {
  it("has the survey-tool fixtures under ../shared (required in CI)", () => expect.fail(`Missing ${TOOLS}`));
}
const describeTools = present ? describe : describe.skip;

async function read(name: string, bytes: Uint8Array, options: { includePreviewResponses?: boolean } = {}) {
  const survey = await parseSurvey(name, bytes, options);
  const mapping = proposeMapping(survey, []);
  const records = applyMapping(survey, mapping);
  const headersWith = (role: string) => mapping.filter((entry) => entry.role === role).map((entry) => entry.header);
  return { survey, mapping, records, text: headersWith("text"), likert: headersWith("likert") };
}

const fixture = (name: string) => read(name, readFileSync(path.join(TOOLS, name)));

/** Data rows of a CSV read by papaparse directly, for counts computed apart from the importer. */
function csvRecords(name: string): string[][] {
  const text = readFileSync(path.join(TOOLS, name), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describeTools("survey exports as the tools write them", () => {
  it("Qualtrics: three header rows become one, question text names the columns, text entry is free text", async () => {
    const { survey, mapping, records, text } = await fixture("qualtrics_qualtRics_sample.csv");
    expect(survey.tool?.name).toBe("Qualtrics");
    expect(csvRecords("qualtrics_qualtRics_sample.csv").length - 3).toBe(1);
    expect(records.respondents).toHaveLength(1);
    expect(records.respondents[0].externalId).toBe("R_2YPOQ602ER1jkf1");
    expect(text).toEqual(["This is a free text question."]);
    expect(records.questions[0].answers[0].text).toBe("Hello World!");
    const ignored = mapping.filter((entry) => entry.role === "ignore").map((entry) => entry.header);
    expect(ignored).toEqual(expect.arrayContaining(["StartDate", "IPAddress", "RecipientEmail", "LocationLatitude"]));
    expect(mapping.find((entry) => entry.header === "RecipientEmail")?.reason).toMatch(/identifies the respondent/);
    expect(Object.keys(records.respondents[0].attributes)).toEqual([]);
  });

  it("Qualtrics: preview and test responses are left out by default, with the count; kept on request", async () => {
    const lines = readFileSync(path.join(TOOLS, "qualtrics_qualtRics_sample.csv"), "utf8").trimEnd().split("\n");
    const real = lines[3];
    const preview = real.replace(",0,130.92.34.66,", ",1,130.92.34.66,").replace("R_2YPOQ602ER1jkf1", "R_preview1");
    const test = real.replace(",anonymous,", ",test,").replace("R_2YPOQ602ER1jkf1", "R_test1");
    const bytes = new TextEncoder().encode(
      [...lines, preview, test, preview.replace("R_preview1", "R_preview2")].join("\n"),
    );
    const byDefault = await read("qualtrics.csv", bytes);
    expect(byDefault.records.respondents.map((respondent) => respondent.externalId)).toEqual(["R_2YPOQ602ER1jkf1"]);
    expect(byDefault.survey.excludedResponses).toEqual({ preview: 2, test: 1 });
    expect(byDefault.survey.warnings).toContain("3 preview or test responses were left out (2 preview, 1 test).");
    const kept = await read("qualtrics.csv", bytes, { includePreviewResponses: true });
    expect(kept.records.respondents).toHaveLength(4);
  });

  it("Qualtrics XLSX: the same three header rows", async () => {
    const rows = csvRecords("qualtrics_qualtRics_sample.csv");
    const { survey, records, text } = await read("qualtrics.xlsx", await xlsx(rows));
    expect(survey.tool?.name).toBe("Qualtrics");
    expect(records.respondents).toHaveLength(1);
    expect(text).toEqual(["This is a free text question."]);
  });

  it("legacy Qualtrics: V1… ids, labels in row 2, BOM and trailing commas", async () => {
    const { survey, records, text, mapping } = await fixture("qualtrics_legacy_qualtRics_sample_legacy.csv");
    expect(survey.tool?.name).toBe("Qualtrics (legacy export)");
    expect(records.respondents).toHaveLength(1);
    expect(records.respondents[0].externalId).toBe("R_2YPOQ602ER1jkf1");
    expect(text).toEqual(["This is a free text question."]);
    expect(mapping.find((entry) => entry.header === "Name")?.role).toBe("ignore");
    expect(mapping.find((entry) => entry.header === "EmailAddress")?.role).toBe("ignore");
  });

  it('Google Forms: Timestamp, checkbox answers joined by ", ", multi-line answers', async () => {
    const { survey, records, text, likert, mapping } = await fixture(
      "googleforms_AutisticaCitizenScience_Form_Responses_1.csv",
    );
    expect(survey.tool?.name).toBe("Google Forms");
    expect(records.respondents).toHaveLength(
      csvRecords("googleforms_AutisticaCitizenScience_Form_Responses_1.csv").length - 1,
    );
    expect(records.respondents).toHaveLength(42);
    expect(text).toEqual([
      "Q1: What information would you like us to know about your needs, priorities, desires and concerns for the citizen science platform?",
    ]);
    expect(likert).toEqual([]);
    const checkbox = mapping.find((entry) => entry.header.startsWith("Q2:"))!;
    expect(checkbox.role).toBe("attribute");
    expect(checkbox.reason).toMatch(/checkbox/);
  });

  it('SurveyMonkey flattened: option columns named after their option, "Other" columns as free text, 7 Likert items', async () => {
    const { survey, records, text, likert } = await fixture("surveymonkey_carpentries_longterm_October2017.csv");
    expect(survey.tool?.name).toBe("SurveyMonkey");
    expect(records.respondents).toHaveLength(
      csvRecords("surveymonkey_carpentries_longterm_October2017.csv").length - 1,
    );
    expect(records.respondents).toHaveLength(476);
    expect(survey.headers).toContain("Field - Biomedical/Health Sciences");
    expect(survey.headers).toContain("Content - Git");
    expect(text).toEqual([
      "Country",
      "Position-Other",
      "Field - Other (please specify)",
      "Content - Other (please specify)",
      "Behaviors-Adopted - Other (please specify)",
      "How-Tools-Learned-Help - Other (please specify)",
      "Carpentry-Involvement - Other (please specify)",
      "Activities - Other (please specify)",
    ]);
    expect(likert).toEqual([
      "Skills-Advance-Career",
      "Motivated-Seek-Knowledge",
      "Made-Analyses-Reproducible",
      "Received-Professional-Recognition",
      "Improved Coding Practices",
      "Improved-Research-Productivity",
      "Gained-Confidence-With-Data",
    ]);
  });

  it("LimeSurvey: code[sub] headings, 1–10 scales labelled at the ends read as numbers, 5-point items as Likert", async () => {
    const { survey, records, text, likert, mapping } = await fixture(
      "limesurvey_softwaresaved_rse2017_zaf_public_data.csv",
    );
    expect(survey.tool?.name).toBe("LimeSurvey");
    expect(records.respondents).toHaveLength(22);
    expect(likert).toHaveLength(22);
    expect(likert.every((header) => /^likert\d\[/.test(header))).toBe(true);
    const time = mapping.find((entry) => entry.header.startsWith("likert0[time1can]"))!;
    expect(time.role).toBe("attribute");
    const column = survey.headers.indexOf(time.header);
    expect(new Set(survey.rows.map((row) => row[column]))).toContain("10");
    expect(survey.rows.some((row) => row.some((cell) => /^\d+ \((Never|Always)\)$/.test(cell)))).toBe(false);
    expect(text).toContain("ukrse3. How did you learn the skills you need to become an RSE?");
    expect(text).toContain(
      "skill2. What three skills would you like to acquire or improve to help your work as a Research Software Engineer? The skills can be technical and non-technical.",
    );
    expect(text).toHaveLength(12);
  });
});

describe("survey tools without a shared fixture", () => {
  it("Microsoft Forms XLSX: email and name are identifiers, never attributes", async () => {
    const bytes = await xlsx([
      ["ID", "Start time", "Completion time", "Email", "Name", "Team", "What should change?"],
      [
        1,
        "2025-03-01 09:00:00",
        "2025-03-01 09:05:00",
        "a@example.org",
        "Ann Smith",
        "North",
        "More time with the families we support, and fewer forms to fill in.",
      ],
      [
        2,
        "2025-03-01 10:00:00",
        "2025-03-01 10:09:00",
        "b@example.org",
        "Bo Jones",
        "South",
        "Stable teams would help all of us far more than new systems.",
      ],
      [
        3,
        "2025-03-02 11:00:00",
        "2025-03-02 11:02:00",
        "c@example.org",
        "Cy Patel",
        "North",
        "Please fix the laptops before anything else, they crash every day.",
      ],
    ]);
    const { survey, records, mapping, text } = await read("form.xlsx", bytes);
    expect(survey.tool?.name).toBe("Microsoft Forms");
    expect(mapping.find((entry) => entry.header === "ID")?.role).toBe("id");
    for (const header of ["Email", "Name"]) {
      const entry = mapping.find((candidate) => candidate.header === header)!;
      expect(entry.role).toBe("ignore");
      expect(entry.reason).toMatch(/identifies the respondent/);
    }
    expect(text).toEqual(["What should change?"]);
    expect(records.respondents.map((respondent) => Object.keys(respondent.attributes))).toEqual([
      ["team"],
      ["team"],
      ["team"],
    ]);
    expect(JSON.stringify(records)).not.toMatch(/example\.org|Ann Smith/);
  });

  it("SmartSurvey CSV: UserNo, Started and Ended recognised, email not imported", async () => {
    const csv = [
      "UserNo,Name,Email,IP Address,Unique ID,Started,Ended,Region,Any other comments?",
      '101,Ann,a@example.org,10.0.0.1,u1,01/03/2025 09:00,01/03/2025 09:10,London,"Workload is too high, honestly, and nobody seems to notice it."',
      "102,Bo,b@example.org,10.0.0.2,u2,01/03/2025 09:30,01/03/2025 09:40,Kent,We need more supervision time with a manager who has read the case.",
    ].join("\n");
    const { survey, mapping, text } = await read("smartsurvey.csv", new TextEncoder().encode(csv));
    expect(survey.tool?.name).toBe("SmartSurvey");
    for (const header of ["Name", "Email", "IP Address", "Started", "Ended"]) {
      expect(mapping.find((entry) => entry.header === header)?.role).toBe("ignore");
    }
    expect(text).toEqual(["Any other comments?"]);
  });

  it("refuses an answer longer than the maximum, naming the row and question", async () => {
    const long = "a".repeat(MAX_ANSWER_LENGTH + 1);
    const csv = `ID,Comment\nr1,short answer here\nr2,${long}\n`;
    const survey = await parseSurvey("long.csv", new TextEncoder().encode(csv));
    const mapping = proposeMapping(survey, []).map((entry) =>
      entry.header === "Comment" ? { ...entry, role: "text" as const } : entry,
    );
    expect(() => applyMapping(survey, mapping)).toThrow(
      /Row 3 answers "Comment" with 20,001 characters; an answer may hold at most 20,000/,
    );
  });
});
