import { eq } from "drizzle-orm";
import mammoth from "mammoth";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codeMetricLinks, codes, metrics, quotes } from "../../db/schema";
import { storeMetricLevels, storePublishedChanges } from "../metrics/store-metrics";
import { changeQuoteStatus } from "../quotes/change-quote-status";
import { getQuoteDetail } from "../quotes/get-quote-detail";
import { proposeQuote } from "../quotes/propose-quote";
import { setQuoteAttribution } from "../quotes/set-quote-attribution";
import { crowd, seedFocusGroup, seedQuoteProject } from "../quotes/test-fixtures";
import { updateQuoteReview } from "../quotes/update-quote-review";
import type { QuoteActor } from "../quotes/workflow";
import { seedSurveyWave } from "../respondents/test-fixtures";
import { buildReport } from "./build-report";
import { exportReport } from "./export-report";
import { setReportQuoteOrder, setReportThemeOrder } from "./reorder-report";

type TestDb = ReturnType<typeof createTestDb>;

const ROSTER = ["Kwame Asante", "Zofia Wójcik", "Siobhán Murphy"];
const TEXTS = {
  kwame: "Hello, Kwame. Supervision with Siobhán is the only thing that keeps me going, honestly.",
  zofia: "Zofia here: my caseload went from 18 to 31 children and nobody at Kent County Council noticed.",
  siobhan: "I'd say to Kwame: *pay* is [still] the issue | always = more hours.",
};

describe("report export", () => {
  let db: TestDb;
  let projectId: number;
  let workload: number;
  let pay: number;
  let actors: Record<string, QuoteActor>;
  let ids: Record<keyof typeof TEXTS, number>;

  beforeEach(() => {
    db = createTestDb();
    const seeded = seedQuoteProject(db, "report");
    projectId = seeded.projectId;
    workload = seeded.codeId;
    actors = seeded.actors;
    pay = db.insert(codes).values({ projectId, name: "Pay and remuneration" }).returning().get().id;
    const group = seedFocusGroup(db, projectId, {
      wave: "2025",
      groupType: "mixed",
      speakers: [
        { name: "Kwame Asante", attributes: { role: "Senior social worker", region: "London" }, text: TEXTS.kwame },
        { name: "Zofia Wójcik", attributes: { role: "Social worker", region: "South East" }, text: TEXTS.zofia },
        { name: "Siobhán Murphy", attributes: { role: "Team manager", region: "South East" }, text: TEXTS.siobhan },
        ...crowd("Padding", 12, { role: "Social worker", region: "London" }),
      ],
    });
    // Two survey waves: in 2023, 12 of 20 respondents who answered raised the theme; in 2025, 3 of 20 (hidden: under 10).
    for (const [wave, raised] of [
      ["2023", 12],
      ["2025", 3],
    ] as const) {
      const rows = Array.from({ length: 20 }, (_, index) => ({
        id: `${wave}-${index}`,
        answer: index < raised ? "Too many cases." : "Fine.",
      }));
      const survey = seedSurveyWave(db, projectId, wave, rows);
      const coded = db.$client
        .prepare(
          "select start_offset s, end_offset e, text from answers where document_id = ? and text = 'Too many cases.'",
        )
        .all(survey.documentId) as { s: number; e: number; text: string }[];
      for (const answer of coded) {
        const segment = db.$client
          .prepare(
            "insert into segments (project_id, document_id, start_offset, end_offset, text) values (?, ?, ?, ?, ?) returning id",
          )
          .get(projectId, survey.documentId, answer.s, answer.e, answer.text) as { id: number };
        db.$client
          .prepare("insert into codings (project_id, segment_id, code_id, coder_id) values (?, ?, ?, ?)")
          .run(projectId, segment.id, workload, actors.researcher.userId);
      }
    }
    storeMetricLevels(db, projectId, [
      {
        metricKey: "workload_manageable",
        label: "My workload is manageable",
        kind: "mean_score",
        scaleMin: 1,
        scaleMax: 5,
        wave: "2023",
        segmentDimension: "all",
        segmentValue: "all",
        value: 3.07,
        n: null,
      },
      {
        metricKey: "workload_manageable",
        label: "My workload is manageable",
        kind: "mean_score",
        scaleMin: 1,
        scaleMax: 5,
        wave: "2025",
        segmentDimension: "all",
        segmentValue: "all",
        value: 3.2,
        n: null,
      },
      {
        metricKey: "workload_manageable",
        label: "My workload is manageable",
        kind: "mean_score",
        scaleMin: 1,
        scaleMax: 5,
        wave: "2025",
        segmentDimension: "region",
        segmentValue: "London",
        value: 3.31,
        n: null,
      },
      {
        metricKey: "workload_manageable",
        label: "My workload is manageable",
        kind: "mean_score",
        scaleMin: 1,
        scaleMax: 5,
        wave: "2023",
        segmentDimension: "region",
        segmentValue: "London",
        value: 3.1,
        n: null,
      },
    ]);
    storePublishedChanges(db, projectId, [
      {
        metricKey: "workload_manageable",
        waveFrom: "2023",
        waveTo: "2025",
        segmentDimension: "all",
        segmentValue: "all",
        change: 0.13,
      },
    ]);
    const metricId = db.select({ id: metrics.id }).from(metrics).get()!.id;
    db.insert(codeMetricLinks).values({ codeId: workload, metricId, polarity: "concern" }).run();

    const quoteFor = (key: keyof typeof TEXTS, codeId: number) => {
      const turn = group.turns.get(ROSTER[Object.keys(TEXTS).indexOf(key)])!;
      return proposeQuote(db, actors.author, {
        projectId,
        codeId,
        documentId: group.documentId,
        start: turn.start,
        end: turn.end,
      }).id;
    };
    ids = { kwame: quoteFor("kwame", workload), zofia: quoteFor("zofia", workload), siobhan: quoteFor("siobhan", pay) };
    for (const key of ["kwame", "siobhan"] as const) approve(ids[key]);
  });
  afterEach(() => db.cleanup());

  function approve(id: number) {
    for (const flag of getQuoteDetail(db, projectId, id).review.flags) {
      updateQuoteReview(db, actors.author, {
        projectId,
        quoteId: id,
        operation: { type: "resolve", flagId: flag.id, resolution: "redact" },
      });
    }
    const label = setQuoteAttribution(db, actors.author, {
      projectId,
      quoteId: id,
      attributes: ["role", "region", "wave"],
    });
    expect(label.ok).toBe(true);
    changeQuoteStatus(db, actors.author, { projectId, quoteId: id, to: "shortlisted" });
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: id, to: "approved" });
  }

  it("writes a Word document holding the approved quotes and their labels, and none of the roster's names", async () => {
    const file = await exportReport(db, projectId, "docx", { now: new Date("2026-03-01T12:00:00Z") });
    expect(file.filename).toBe("report-report-2026-03-01.docx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.body.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value: text } = await mammoth.extractRawText({ buffer: file.body });
    expect(text).toContain(
      "“Hello, [colleague 1]. Supervision with [colleague 2] is the only thing that keeps me going, honestly.”",
    );
    expect(text).toContain("— Social worker, London, focus-group participant, 2025");
    expect(text).toContain("Pay and remuneration");
    expect(text).toContain("My workload is manageable");
    expect(text).toMatch(/3\.07\s+3\.20\s+\+0\.13/);
    expect(text).toContain(
      "Survey — 2023: 60% of respondents (12 of 20); 2025: <10 of 20 respondents. Focus groups — raised in 0 of 1 group (0 turns).",
    );
    for (const name of ROSTER.flatMap((full) => full.split(" "))) expect(text).not.toContain(name);
    // The candidate (Zofia's turn) is not approved, so it is not in the report at all.
    expect(text).not.toContain("caseload went from");
  });

  it("writes Markdown and CSV with the same content, escaped", async () => {
    const md = (await exportReport(db, projectId, "md", { now: new Date("2026-03-01T12:00:00Z") })).body.toString(
      "utf8",
    );
    expect(md).toContain("# Project report: report");
    expect(md).toContain("## 1. Workload");
    expect(md).toContain("| My workload is manageable | All | 3.07 | 3.20 | +0.13 |");
    expect(md).toContain("|  | London | 3.10 | 3.31 | +0.21 |");
    expect(md).toContain(
      "> “I'd say to \\[colleague 1\\]: \\*pay\\* is \\[still\\] the issue \\| always = more hours.”",
    );
    expect(md).not.toMatch(/Kwame|Zofia|Siobhán|caseload went/);

    const csvFile = await exportReport(db, projectId, "csv");
    expect(csvFile.contentType).toBe("text/csv; charset=utf-8");
    const parsed = Papa.parse<Record<string, string>>(csvFile.body.toString("utf8").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.theme, row.row_type])).toEqual([
      ["Workload", "summary"],
      ["Workload", "metric"],
      ["Workload", "metric"],
      ["Workload", "quote"],
      ["Pay and remuneration", "summary"],
      ["Pay and remuneration", "quote"],
    ]);
    expect(parsed.data[1]).toMatchObject({
      metric: "My workload is manageable",
      group: "All",
      value_2023: "3.07",
      value_2025: "3.20",
      change: "0.13",
    });
    expect(parsed.data[3]).toMatchObject({
      quote_position: "1",
      attribution: "Social worker, London, focus-group participant, 2025",
    });
    expect(parsed.data[5].text).toBe("I'd say to [colleague 1]: *pay* is [still] the issue | always = more hours.");
  });

  it("follows the author's order of themes and quotes", () => {
    approve(ids.zofia);
    expect(buildReport(db, projectId).themes.map((theme) => theme.name)).toEqual(["Workload", "Pay and remuneration"]);
    setReportThemeOrder(db, actors.author, { projectId, codeIds: [pay, workload] });
    setReportQuoteOrder(db, actors.author, { projectId, codeId: workload, quoteIds: [ids.zofia, ids.kwame] });
    const report = buildReport(db, projectId);
    expect(report.themes.map((theme) => theme.name)).toEqual(["Pay and remuneration", "Workload"]);
    expect(report.themes[1].quotes.map((quote) => quote.id)).toEqual([ids.zofia, ids.kwame]);
    expect(() =>
      setReportQuoteOrder(db, actors.author, { projectId, codeId: workload, quoteIds: [ids.kwame] }),
    ).toThrow(/every approved quote/);
    expect(() => setReportThemeOrder(db, actors.lead, { projectId, codeIds: [workload] })).toThrow(/does not allow/);
  });

  it("refuses to export when one person carries two labels", async () => {
    db.update(quotes).set({ attribution: "Something else" }).where(eq(quotes.id, ids.siobhan)).run();
    const review = getQuoteDetail(db, projectId, ids.siobhan).review;
    const kwameSource = getQuoteDetail(db, projectId, ids.kwame).review.source!;
    db.update(quotes)
      .set({ review: { ...review, source: { ...review.source!, participantId: kwameSource.participantId } } })
      .where(eq(quotes.id, ids.siobhan))
      .run();
    await expect(exportReport(db, projectId, "md")).rejects.toThrow(
      /One person carries different labels in approved quotes/,
    );
  });
});
