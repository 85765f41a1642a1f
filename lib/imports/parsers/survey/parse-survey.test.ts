import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { parseSurvey } from "./parse-survey";

function testFile(name: string): Uint8Array {
  return readFileSync(path.resolve(__dirname, "../test-files/survey", name));
}

async function parseTestFile(name: string) {
  return parseSurvey(name, testFile(name));
}

async function importErrorOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe("parseSurvey: CSV encodings", () => {
  it("reads UTF-16LE with a BOM", async () => {
    const survey = await parseTestFile("utf16le-bom.csv");
    expect(survey.encoding).toBe("utf-16le");
    expect(survey.headers).toEqual(["Respondent ID", "Town", "Comment"]);
    expect(survey.rows).toEqual([
      ["1", "Łódź", "Zażółć gęślą jaźń 😀"],
      ["2", "London", "Fine overall"],
    ]);
  });

  it("reads Windows-1252 with curly quotes and a pound sign", async () => {
    const survey = await parseTestFile("windows-1252.csv");
    expect(survey.encoding).toBe("windows-1252");
    expect(survey.rows[0][2]).toBe("“It’s fine” – but it costs £40 a week");
    expect(survey.rows[1]).toEqual(["2", "South East", "Café was closed"]);
  });

  it("drops a UTF-8 BOM so the first header is clean", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...csvBytes("ID,Comment\n1,hello\n")]);
    const survey = await parseSurvey("bom.csv", bytes);
    expect(survey.headers).toEqual(["ID", "Comment"]);
    expect(survey.encoding).toBe("utf-8");
  });

  it("keeps ś, ó, emoji and <script> as literal text", async () => {
    const survey = await parseTestFile("script-and-unicode.csv");
    expect(survey.rows.map((row) => row[1])).toEqual(["Kraków", "Łódź", "Gdańsk"]);
    expect(survey.rows[0][2]).toBe("<script>alert('x')</script>");
    expect(survey.rows[1][2]).toBe("Zażółć gęślą jaźń 😀");
    expect(survey.rows[2][2]).toBe("Très bien — ó");
  });
});

describe("parseSurvey: CSV structure", () => {
  it("detects a semicolon delimiter and keeps commas inside cells", async () => {
    const survey = await parseTestFile("semicolon.csv");
    expect(survey.delimiter).toBe(";");
    expect(survey.headers).toEqual(["Respondent ID", "Region", "Comment"]);
    expect(survey.rows[0][2]).toBe("Too much paperwork, not enough time");
    expect(survey.rows[1][2]).toBe("Quoted; with a semicolon");
  });

  it("detects a tab delimiter", async () => {
    const survey = await parseTestFile("tab-delimited.tsv");
    expect(survey.delimiter).toBe("\t");
    expect(survey.rows).toEqual([
      ["1", "London", "Fine, thanks"],
      ["2", "South East", "Not; great"],
    ]);
  });

  it("reads mixed CRLF/LF line endings and keeps a multi-line cell (as LF)", async () => {
    const survey = await parseTestFile("mixed-line-endings.csv");
    expect(survey.rows).toEqual([
      ["1", "London", "first answer"],
      ["2", "South East", "line one\nline two"],
      ["3", "London", "third answer"],
    ]);
    expect(survey.rowNumbers).toEqual([2, 3, 4]);
  });

  it("names empty header cells by position and makes duplicates unique", async () => {
    const survey = await parseTestFile("duplicate-headers.csv");
    expect(survey.headers).toEqual(["ID", "Comment", "Comment (2)", "Column 4", "Region"]);
  });

  it("trims outer whitespace but keeps inner text, and skips blank rows with a warning", async () => {
    const survey = await parseSurvey("spaces.csv", csvBytes('ID,Comment\n1,"  two  spaces inside  "\n\n,\n2,ok\n'));
    expect(survey.rows).toEqual([
      ["1", "two  spaces inside"],
      ["2", "ok"],
    ]);
    expect(survey.rowNumbers).toEqual([2, 5]);
    expect(survey.warnings).toEqual(["2 blank rows were skipped."]);
  });

  it("pads short rows whose trailing empty cells were dropped", async () => {
    const survey = await parseSurvey("short.csv", csvBytes("ID,Region,Role,Comment\n1,London,Social worker\n"));
    expect(survey.rows).toEqual([["1", "London", "Social worker", ""]]);
  });

  it("folds a SurveyMonkey sub-header row into the headers and warns", async () => {
    const survey = await parseTestFile("surveymonkey.csv");
    expect(survey.rows).toHaveLength(3);
    expect(survey.rows[0][0]).toBe("11401958711");
    expect(survey.rowNumbers).toEqual([3, 4, 5]);
    expect(survey.headers.slice(9)).toEqual([
      "How satisfied are you with the support you received?",
      "What could we do better?",
      "Which services have you used? - Advice line",
      "Which services have you used? - Home visits",
      "Which services have you used? - Other (please specify)",
    ]);
    expect(survey.warnings).toHaveLength(1);
    expect(survey.warnings[0]).toMatch(/Row 2 .*second header row/);
  });
});

describe("parseSurvey: refusals", () => {
  it("names the row of an unclosed quote", async () => {
    const error = await importErrorOf(parseTestFile("unclosed-quote.csv"));
    expect(error.message).toMatch(/Row 3 has a quoted cell/);
    expect(error.line).toBe(3);
  });

  it("names the row whose field count is far from the header's", async () => {
    const error = await importErrorOf(parseTestFile("ragged-rows.csv"));
    expect(error.message).toMatch(/^Row 4 has 1 cells but the header row has 6/);
  });

  it("refuses a row with more filled cells than headers", async () => {
    const error = await importErrorOf(parseSurvey("wide.csv", csvBytes("ID,Comment\n1,ok\n2,one,two\n")));
    expect(error.message).toMatch(/^Row 3 has 3 cells but the header row has 2/);
  });

  it("refuses an empty file", async () => {
    const error = await importErrorOf(parseTestFile("empty.csv"));
    expect(error.message).toMatch(/empty.*no rows/);
  });

  it("refuses a file of blank lines", async () => {
    const error = await importErrorOf(parseSurvey("blank.csv", csvBytes("\r\n  \r\n")));
    expect(error.message).toMatch(/no rows/);
  });

  it("refuses a header with no rows", async () => {
    const error = await importErrorOf(parseTestFile("header-only.csv"));
    expect(error.message).toMatch(/header row but no rows/);
  });

  it("refuses binary garbage", async () => {
    const error = await importErrorOf(parseTestFile("binary-garbage.csv"));
    expect(error.message).toMatch(/not text/);
  });

  it("refuses 2,001 columns and accepts 2,000", async () => {
    const csv = (columns: number) =>
      csvBytes(
        `${Array.from({ length: columns }, (_, i) => `Q${i + 1}`).join(",")}\n${Array.from({ length: columns }, () => "x").join(",")}\n`,
      );
    const error = await importErrorOf(parseSurvey("wide.csv", csv(2001)));
    expect(error.message).toMatch(/2001 columns; at most 2000/);
    expect((await parseSurvey("ok.csv", csv(2000))).headers).toHaveLength(2000);
  });

  it("honours a smaller maxColumns", async () => {
    const error = await importErrorOf(parseSurvey("x.csv", testFile("duplicate-headers.csv"), { maxColumns: 4 }));
    expect(error.message).toMatch(/5 columns; at most 4/);
  });
});

async function microsoftFormsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRow([
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Which region do you work in?",
    "Score",
    "Any other comments?",
  ]);
  sheet.addRow([
    1,
    new Date(Date.UTC(2024, 2, 1, 9, 30, 0)),
    new Date(Date.UTC(2024, 2, 1, 9, 41, 5)),
    "anonymous",
    null,
    "London",
    { formula: "2+2", result: 4 },
    { richText: [{ text: "Supervision is " }, { font: { bold: true }, text: "rushed" }, { text: " 😀" }] },
  ]);
  sheet.addRow([
    2,
    new Date(Date.UTC(2024, 2, 2, 14, 0, 0)),
    new Date(Date.UTC(2024, 2, 2, 14, 12, 0)),
    "anonymous",
    null,
    "South East",
    3,
    "Więcej szkoleń, proszę",
  ]);
  workbook.addWorksheet("Second sheet").addRow(["ignored"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("parseSurvey: xlsx", () => {
  it("reads a Microsoft Forms-shaped workbook: first sheet, dates, formulas and rich text as plain strings", async () => {
    const survey = await parseSurvey("forms.xlsx", await microsoftFormsWorkbook());
    expect(survey.format).toBe("xlsx");
    expect(survey.delimiter).toBeNull();
    expect(survey.headers).toEqual([
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      "Which region do you work in?",
      "Score",
      "Any other comments?",
    ]);
    expect(survey.rows).toEqual([
      ["1", "2024-03-01 09:30:00", "2024-03-01 09:41:05", "anonymous", "", "London", "4", "Supervision is rushed 😀"],
      ["2", "2024-03-02 14:00:00", "2024-03-02 14:12:00", "anonymous", "", "South East", "3", "Więcej szkoleń, proszę"],
    ]);
    expect(survey.rowNumbers).toEqual([2, 3]);
  });

  it("refuses a truncated workbook", async () => {
    const bytes = await microsoftFormsWorkbook();
    const error = await importErrorOf(parseSurvey("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.message).toMatch(/damaged/);
  });

  it("refuses a file named .xlsx that is not a workbook", async () => {
    const error = await importErrorOf(parseSurvey("fake.xlsx", csvBytes("ID,Comment\n1,hello\n")));
    expect(error.message).toMatch(/not an Excel workbook/);
  });

  it("refuses a workbook wider than maxColumns", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Wide").addRow(["ID", "Region", "Role", "Comment"]);
    workbook.getWorksheet("Wide")!.addRow([1, "London", "Social worker", "ok"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const error = await importErrorOf(parseSurvey("wide.xlsx", bytes, { maxColumns: 3 }));
    expect(error.message).toMatch(/more than 3 columns/);
  });

  it("refuses a header-only workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Only header").addRow(["ID", "Comment"]);
    const error = await importErrorOf(parseSurvey("header.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(error.message).toMatch(/no rows/);
  });
});
