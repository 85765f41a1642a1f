import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseSurvey } from "./parse-survey";
import { attributeName, proposeMapping } from "./propose-mapping";
import type { ColumnMapping } from "./types";

async function parseTestFile(name: string) {
  return parseSurvey(name, readFileSync(path.resolve(__dirname, "../test-files/survey", name)));
}

function roles(mapping: ColumnMapping[]): Record<string, string> {
  return Object.fromEntries(mapping.map((entry) => [entry.header, entry.role]));
}

const SOCIAL_CARE_METRICS = [
  { key: "workload_manageable", label: "My workload is manageable" },
  { key: "pay_fair", label: "My pay (or bursary/loan) fairly reflects the job I do" },
];

describe("proposeMapping", () => {
  it("maps a social-care survey: id, attributes, Likert columns linked to metrics, free text", async () => {
    const survey = await parseTestFile("social-care-survey.csv");
    const mapping = proposeMapping(survey, SOCIAL_CARE_METRICS);
    expect(mapping).toEqual([
      { column: 0, header: "Respondent ID", role: "id" },
      { column: 1, header: "Region", role: "attribute", attribute: "region" },
      { column: 2, header: "Role", role: "attribute", attribute: "role" },
      { column: 3, header: "Employment type", role: "attribute", attribute: "employment type" },
      { column: 4, header: "Gender", role: "attribute", attribute: "gender" },
      { column: 5, header: "Ethnicity", role: "attribute", attribute: "ethnicity" },
      { column: 6, header: "Years qualified", role: "attribute", attribute: "years qualified" },
      { column: 7, header: "My workload is manageable", role: "likert", metricKey: "workload_manageable" },
      {
        column: 8,
        header: "My pay (or bursary/loan) fairly reflects the job I do",
        role: "likert",
        metricKey: "pay_fair",
      },
      { column: 9, header: "What one change would most improve your working life?", role: "text" },
    ]);
  });

  it("leaves metricKey null when no metric label is close", async () => {
    const survey = await parseTestFile("social-care-survey.csv");
    const mapping = proposeMapping(survey, [{ key: "supervision", label: "I receive regular reflective supervision" }]);
    expect(mapping.filter((entry) => entry.role === "likert").map((entry) => entry.metricKey)).toEqual([null, null]);
  });

  it("links a metric to a header with a question number in front, and each metric only once", async () => {
    const survey = await parseSurvey(
      "numbered.csv",
      new TextEncoder().encode(
        "Q7. My workload is manageable,Q8. My workload is manageable this year\nAgree,Agree\nDisagree,Agree\n",
      ),
    );
    const mapping = proposeMapping(survey, SOCIAL_CARE_METRICS);
    expect(mapping.map((entry) => entry.metricKey)).toEqual(["workload_manageable", null]);
  });

  it("recognises Likert labels and digits, with blanks and don't-knows", async () => {
    const survey = await parseTestFile("likert.csv");
    expect(roles(proposeMapping(survey, []))).toEqual({
      ID: "id",
      "The training was useful": "likert",
      "Rate your manager": "likert",
      Comment: "attribute",
    });
  });

  it("ignores SurveyMonkey metadata columns and uses Respondent ID", async () => {
    const survey = await parseTestFile("surveymonkey.csv");
    expect(roles(proposeMapping(survey, []))).toEqual({
      "Respondent ID": "id",
      "Collector ID": "ignore",
      "Start Date": "ignore",
      "End Date": "ignore",
      "IP Address": "ignore",
      "Email Address": "ignore",
      "First Name": "ignore",
      "Last Name": "ignore",
      "Custom Data 1": "ignore",
      "How satisfied are you with the support you received?": "likert",
      "What could we do better?": "text",
      "Which services have you used? - Advice line": "attribute",
      "Which services have you used? - Home visits": "attribute",
      "Which services have you used? - Other (please specify)": "text",
    });
  });

  it("ignores Microsoft Forms times, email and name in an xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Form1");
    sheet.addRow(["ID", "Start time", "Completion time", "Email", "Name", "Team", "What should change?"]);
    const answers = [
      "Fewer meetings, more time with families.",
      "Better laptops that do not crash during home visits.",
      "A clearer route to senior practitioner roles.",
    ];
    answers.forEach((answer, index) => {
      sheet.addRow([
        index + 1,
        new Date(Date.UTC(2024, 0, index + 1, 9)),
        new Date(Date.UTC(2024, 0, index + 1, 10)),
        "anonymous",
        "",
        "Children",
        answer,
      ]);
    });
    const survey = await parseSurvey("forms.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(roles(proposeMapping(survey, []))).toEqual({
      ID: "id",
      "Start time": "ignore",
      "Completion time": "ignore",
      Email: "ignore",
      Name: "ignore",
      Team: "attribute",
      "What should change?": "text",
    });
  });

  it("ignores a Google Forms Timestamp column even though its values are unique", async () => {
    const survey = await parseSurvey(
      "google.csv",
      new TextEncoder().encode(
        "Timestamp,Region,Comment\n4/22/2016 19:57:50,London,Caseloads are too high for the time we have\n4/23/2016 08:01:12,South East,More training on the new recording system please\n",
      ),
    );
    expect(roles(proposeMapping(survey, []))).toEqual({ Timestamp: "ignore", Region: "attribute", Comment: "text" });
  });

  it("falls back to a column of unique unspaced values as the id, and ignores emails, IPs and empty columns", async () => {
    const survey = await parseSurvey(
      "no-id-header.csv",
      new TextEncoder().encode(
        "Ref,Contact,IP,Unused,Region\nA-101,a@example.org,10.0.0.1,,London\nA-102,b@example.org,10.0.0.2,,London\nA-103,c@example.org,10.0.0.3,,South East\n",
      ),
    );
    expect(roles(proposeMapping(survey, []))).toEqual({
      Ref: "id",
      Contact: "ignore",
      IP: "ignore",
      Unused: "ignore",
      Region: "attribute",
    });
  });

  it("treats many all-different short answers as text, not an attribute", async () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i + 1},tool ${i + 1}`);
    const survey = await parseSurvey(
      "other.csv",
      new TextEncoder().encode(`ID,Other (please specify)\n${lines.join("\n")}\n`),
    );
    expect(roles(proposeMapping(survey, []))["Other (please specify)"]).toBe("text");
  });

  it("gives attributes distinct names", async () => {
    const survey = await parseSurvey(
      "dupes.csv",
      new TextEncoder().encode("ID,Region,region?\n1,London,London\n2,London,South East\n"),
    );
    const mapping = proposeMapping(survey, []);
    expect(mapping.map((entry) => entry.attribute)).toEqual([undefined, "region", "region (2)"]);
  });
});

describe("attributeName", () => {
  it.each([
    ["Region", "region"],
    ["Employment type", "employment type"],
    ["  Years   qualified? ", "years qualified"],
    ["Local authority:", "local authority"],
  ])("names %j as %j", (header, name) => {
    expect(attributeName(header)).toBe(name);
  });
});
