import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { answers, codes, codings, documents, questions, respondents, segments, users } from "../../db/schema";
import { ensureWave } from "../imports/ensure-wave";
import { layoutText } from "../imports/layout-text";
import { createProject } from "../projects/create-project";
import { agreementCsv, getAgreementReport } from "./agreement-report";

type TestDb = ReturnType<typeof createTestDb>;

/**
 * One question of six answers coded by three coders with Workload (W); a second question of three answers
 * coded by the first coder only. Pay (P) is never applied.
 * W: A on answers 1, 2, 3; B on 1, 2; C on 1, 2, 3, 4 (answer 3 twice, two overlapping segments).
 */
function build(db: TestDb) {
  const coder = (email: string) =>
    db.insert(users).values({ email, name: email, passwordHash: "x" }).returning().get().id;
  const [a, b, c] = ["a@example.org", "b@example.org", "c@example.org"].map(coder);
  const projectId = createProject(db, { slug: "agreement", name: "Agreement" }).id;
  const waveId = ensureWave(db, projectId, "2025");
  const W = db.insert(codes).values({ projectId, name: "Workload" }).returning().get().id;
  const P = db.insert(codes).values({ projectId, name: "Pay" }).returning().get().id;
  const question = (text: string, rows: string[]) => {
    const questionId = db.insert(questions).values({ projectId, text }).returning().get().id;
    const { text: body, units } = layoutText(rows.map((answer, index) => ({ label: String(index), text: answer })));
    const documentId = db
      .insert(documents)
      .values({ projectId, kind: "question", title: text, waveId, questionId, text: body, textLength: body.length })
      .returning()
      .get().id;
    const ranges = units.map(({ startOffset, endOffset }, position) => {
      const respondentId = db
        .insert(respondents)
        .values({ projectId, waveId, externalId: `${text}-${position}` })
        .returning()
        .get().id;
      db.insert(answers)
        .values({ documentId, respondentId, position, startOffset, endOffset, text: rows[position] })
        .run();
      return { start: startOffset, end: endOffset };
    });
    return { documentId, ranges, body };
  };
  const first = question("What helps?", [
    "Caseloads 😩",
    "Too many cases",
    "Caseloads again",
    "Hours",
    "Nothing",
    "Pay",
  ]);
  const second = question("Anything else?", ["More time", "Less admin", "Supervision"]);
  const code = (document: typeof first, coderId: number, unit: number, codeId: number, part?: [number, number]) => {
    const range = document.ranges[unit];
    const start = part ? range.start + part[0] : range.start;
    const end = part ? range.start + part[1] : range.end;
    const inserted = db
      .insert(segments)
      .values({
        projectId,
        documentId: document.documentId,
        startOffset: start,
        endOffset: end,
        text: document.body.slice(start, end),
      })
      .onConflictDoNothing()
      .returning()
      .get()?.id;
    // The same span coded by another coder shares its segment.
    const id =
      inserted ??
      db.$client
        .prepare("select id from segments where document_id = ? and start_offset = ? and end_offset = ?")
        .pluck()
        .get(document.documentId, start, end);
    db.insert(codings)
      .values({ projectId, segmentId: id as number, codeId, coderId })
      .run();
  };
  for (const unit of [0, 1, 2]) code(first, a, unit, W);
  for (const unit of [0, 1]) code(first, b, unit, W);
  for (const unit of [0, 1, 2, 3]) code(first, c, unit, W);
  code(first, c, 2, W, [0, 4]);
  code(second, a, 0, W);
  return { a, b, c, W, P, projectId };
}

describe("agreement report", () => {
  let db: TestDb;
  beforeEach(() => {
    db = createTestDb();
  });
  afterEach(() => db.cleanup());

  it("computes unit-level figures per code and pooled, worked by hand", () => {
    const fixture = build(db);
    const report = getAgreementReport(db, fixture.projectId, {
      coderIds: [fixture.a, fixture.b, fixture.c],
      seed: "s",
    });
    // Only the first question was coded by two or more coders.
    expect(report.documents).toBe(1);
    const workload = report.perCode.find((code) => code.name === "Workload")!;
    // Rows: [1,1,1] [1,1,1] [1,0,1] [0,0,1] [0,0,0] [0,0,0]; n = 18, n₁ = n₀ = 9, D_o = 2 + 2 = 4;
    // α = 1 − 17 · 4 / (324 − 81 − 81) = 0.5802; pairs agreeing 14 of 18; Fleiss: (0.7778 − 0.5) / 0.5 = 0.5556.
    expect(workload).toMatchObject({ units: 6, codedByAny: 4, codedByAll: 2, cohenKappa: null });
    expect(workload.alpha).toBeCloseTo(0.5802, 4);
    expect(workload.percentAgreement).toBeCloseTo(14 / 18, 10);
    expect(workload.fleissKappa).toBeCloseTo(0.5556, 4);
    expect(workload.verdict).toMatch(/^Not reliable/);
    expect(workload.interval).toMatchObject({ resamples: 1000, seed: `s|${fixture.W}` });
    const pay = report.perCode.find((code) => code.name === "Pay")!;
    expect(pay).toMatchObject({ units: 6, codedByAny: 0, alpha: null, interval: null });
    // Pooled: Pay adds six rows of three zeros: n = 36, n₁ = 9, n₀ = 27, D_o = 4;
    // α = 1 − 35 · 4 / (1296 − 81 − 729) = 1 − 140 / 486 = 0.7119.
    expect(report.pooled.alpha).toBeCloseTo(0.7119, 4);
    expect(report.pooled.units).toBe(12);
  });

  it("gives Cohen's κ for two coders, and counts a coder who coded nothing in a document as missing there", () => {
    const fixture = build(db);
    const report = getAgreementReport(db, fixture.projectId, { coderIds: [fixture.a, fixture.b] });
    const workload = report.perCode.find((code) => code.name === "Workload")!;
    // A: 1 1 1 0 0 0, B: 1 1 0 0 0 0: agree 5 of 6; chance = (3/6)(2/6) + (3/6)(4/6) = 0.5; κ = (5/6 − 0.5)/0.5.
    expect(workload.cohenKappa).toBeCloseTo((5 / 6 - 0.5) / 0.5, 10);
    expect(workload.fleissKappa).toBeNull();
    expect(report.documents).toBe(1);
    expect(agreementCsv(report).split("\n")[1]).toBe(
      "code,units,coded_by_any,coded_by_all,percent_agreement,cohen_kappa,fleiss_kappa,alpha,alpha_low_95,alpha_high_95,verdict",
    );
  });

  it("refuses fewer than two coders", () => {
    const fixture = build(db);
    expect(() => getAgreementReport(db, fixture.projectId, { coderIds: [fixture.a, fixture.a] })).toThrow(
      /two or more/,
    );
  });
});
