import { and, eq, type SQL } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adjudications, codings, projectSettings, roundCoders, rounds, roundUnits, segments } from "../../db/schema";
import { loadAnalysisFrame, loadCodedUnits } from "../analysis-frame/analysis-frame";
import { createSearchFixture, offsetOf, type SearchFixture } from "../retrieval/test-fixtures";
import { applyCodings } from "./apply-codings";
import { type CodingViewer, resolveCodingScope } from "./coding-scope";

// Users: 1 Ada and 2 Ben code in the round; 3 Cat codes outside it; 4 is the consensus coder.
const ADA = 1;
const BEN = 2;
const CAT = 3;
const CONSENSUS = 4;

describe("coding scope", () => {
  let fixture: SearchFixture;
  let answerR251: number;
  let roundId: number;
  const code = (documentId: number, needle: string, codeId: number, coderId: number) =>
    applyCodings(fixture.db, {
      projectId: fixture.projectId,
      coderId,
      documentId,
      ranges: [offsetOf(fixture, documentId, needle)],
      codeIds: [codeId],
    });
  /** "coder:text:code name" for every coding the condition lets through, sorted. */
  const seen = (condition: SQL | undefined) =>
    fixture.db.$client
      .prepare(
        `select c.coder_id || ':' || s.text || ':' || k.name as label from codings c join segments s on s.id = c.segment_id
         join codes k on k.id = c.code_id where c.id in (${
           fixture.db
             .select({ id: codings.id })
             .from(codings)
             .innerJoin(segments, eq(segments.id, codings.segmentId))
             .where(and(eq(codings.projectId, fixture.projectId), condition))
             .all()
             .map((row) => row.id)
             .join(",") || "0"
         }) order by label`,
      )
      .all()
      .map((row) => (row as { label: string }).label);
  const scope = (viewer: CodingViewer) => resolveCodingScope(fixture.db, fixture.projectId, viewer);

  beforeEach(() => {
    fixture = createSearchFixture();
    const { db, projectId, transcriptId, question2025, codes: c } = fixture;
    db.$client
      .prepare(
        "insert into users (email, name, password_hash, kind) values ('c@x.org','Cat Coder','x','person'), ('consensus@x.org','Consensus','x','consensus')",
      )
      .run();
    answerR251 = (
      db.$client
        .prepare(
          "select a.id from answers a join respondents r on r.id = a.respondent_id where r.external_id = 'R25-1'",
        )
        .get() as { id: number }
    ).id;
    roundId = db
      .insert(rounds)
      .values({ projectId, name: "Pilot", mode: "blind", unitKind: "answers", createdBy: CAT })
      .returning()
      .get().id;
    db.insert(roundCoders)
      .values([
        { roundId, userId: ADA },
        { roundId, userId: BEN },
      ])
      .run();
    db.insert(roundUnits)
      .values([
        { roundId, position: 0, documentId: question2025, answerId: answerR251 },
        { roundId, position: 1, documentId: transcriptId, answerId: null },
      ])
      .run();
    code(question2025, "Caseloads are unmanageable.", c.caseloads, ADA); // on the round's answer
    code(question2025, "Caseloads are unmanageable.", c.caseloads, BEN);
    code(question2025, "Pay rise please!", c.pay, BEN); // on the round's answer
    code(question2025, "hybrid work", c.workload, BEN); // R25-3: not in the round
    code(transcriptId, "My caseload 😀 is 31 children.", c.caseloads, ADA); // the whole transcript is in the round
    code(transcriptId, "Pay is not great.", c.pay, BEN);
    code(transcriptId, "Pay is not great.", c.pay, CONSENSUS);
  });
  afterEach(() => fixture.db.cleanup());

  it("shows a blind round's coder only their own codings on its units, and everything elsewhere", () => {
    expect(seen(scope({ userId: ADA, role: "researcher" }).visible)).toEqual([
      "1:Caseloads are unmanageable.:Caseloads",
      "1:My caseload 😀 is 31 children.:Caseloads",
      "2:hybrid work:Workload",
    ]);
    expect(seen(scope({ userId: BEN, role: "researcher" }).visible)).toEqual([
      "2:Caseloads are unmanageable.:Caseloads",
      "2:Pay is not great.:Pay",
      "2:Pay rise please!:Pay",
      "2:hybrid work:Workload",
    ]);
  });

  it("lets owners, leads, coders outside the round and everyone after closing see every coding", () => {
    const everything = seen(undefined);
    expect(everything).toHaveLength(7);
    expect(scope({ userId: ADA, role: "owner" }).visible).toBeUndefined();
    expect(scope({ userId: ADA, role: "lead" }).visible).toBeUndefined();
    expect(scope({ userId: CAT, role: "researcher" }).visible).toBeUndefined();
    fixture.db.update(rounds).set({ status: "closed", closedAt: new Date() }).where(eq(rounds.id, roundId)).run();
    expect(scope({ userId: ADA, role: "researcher" }).visible).toBeUndefined();
    expect(seen(scope({ userId: ADA, role: "researcher" }).visible)).toEqual(everything);
  });

  it("an open round hides nothing", () => {
    fixture.db.update(rounds).set({ mode: "open" }).where(eq(rounds.id, roundId)).run();
    expect(scope({ userId: ADA, role: "researcher" }).blindRoundIds).toEqual([]);
  });

  it("counts every person coder's codings, never the consensus coder's, under 'all'", () => {
    const counted = seen(scope(null).counted);
    expect(counted).toHaveLength(6);
    expect(counted.some((label) => label.startsWith(`${CONSENSUS}:`))).toBe(false);
    // The coding views still show the consensus coder.
    expect(seen(scope(null).visible)).toHaveLength(7);
  });

  it("counts consensus codings and, where a code on a unit is adjudicated, nothing else of that code there", () => {
    const { db, projectId, question2025, transcriptId, codes: c } = fixture;
    db.update(projectSettings)
      .set({ countedCodings: "consensus" })
      .where(eq(projectSettings.projectId, projectId))
      .run();
    const turn = db.$client
      .prepare("select id, start_offset as start, end_offset as end from turns where document_id = ? and position = 1")
      .get(transcriptId) as { id: number; start: number; end: number };
    const answer = db.$client
      .prepare("select start_offset as start, end_offset as end from answers where id = ?")
      .get(answerR251) as { start: number; end: number };
    db.insert(adjudications)
      .values([
        // The pay disagreement in Tom's turn: settled, the consensus coding stands.
        {
          projectId,
          codeId: c.pay,
          unitType: "turn",
          unitId: turn.id,
          documentId: transcriptId,
          startOffset: turn.start,
          endOffset: turn.end,
          decision: "coder",
          chosenCoderId: BEN,
          decidedBy: CAT,
        },
        // Caseloads on R25-1 settled as "neither": both coders' codings of it drop out, Ben's pay stays.
        {
          projectId,
          codeId: c.caseloads,
          unitType: "answer",
          unitId: answerR251,
          documentId: question2025,
          startOffset: answer.start,
          endOffset: answer.end,
          decision: "neither",
          decidedBy: CAT,
        },
      ])
      .run();
    expect(seen(scope(null).counted)).toEqual([
      "1:My caseload 😀 is 31 children.:Caseloads",
      "2:Pay rise please!:Pay",
      "2:hybrid work:Workload",
      "4:Pay is not great.:Pay",
    ]);
  });

  it("counts one chosen coder only under 'coder', and every coder when that coder is gone", () => {
    const { db, projectId } = fixture;
    db.update(projectSettings)
      .set({ countedCodings: "coder", countedCoderId: BEN })
      .where(eq(projectSettings.projectId, projectId))
      .run();
    expect(seen(scope(null).counted)).toEqual([
      "2:Caseloads are unmanageable.:Caseloads",
      "2:Pay is not great.:Pay",
      "2:Pay rise please!:Pay",
      "2:hybrid work:Workload",
    ]);
    db.update(projectSettings).set({ countedCoderId: null }).where(eq(projectSettings.projectId, projectId)).run();
    expect(scope(null).counting).toEqual({ mode: "all", coderId: null });
  });

  it("blind and counting together: a round coder's analysis counts only what they may see", () => {
    const { db, projectId } = fixture;
    db.update(projectSettings)
      .set({ countedCodings: "coder", countedCoderId: BEN })
      .where(eq(projectSettings.projectId, projectId))
      .run();
    expect(seen(scope({ userId: ADA, role: "researcher" }).counted)).toEqual(["2:hybrid work:Workload"]);
  });

  it("gives the analysis frame the same codings per unit as the SQL conditions", () => {
    const { db, projectId, codes: c } = fixture;
    const frame = loadAnalysisFrame(db, projectId);
    /** "unit kind:code name" pairs in the frame for one scope. */
    const pairs = (viewer: CodingViewer) => {
      const coded = loadCodedUnits(db, frame, scope(viewer).frame);
      const names = new Map([
        [c.workload, "Workload"],
        [c.caseloads, "Caseloads"],
        [c.pay, "Pay"],
      ]);
      const result: string[] = [];
      for (let unit = 0; unit < frame.unitCount; unit++)
        for (let k = coded.offsets[unit]; k < coded.offsets[unit + 1]; k++)
          result.push(
            `${frame.unitIsTurn[unit] ? "turn" : "answer"} ${frame.unitId[unit]}:${names.get(coded.codeIds[coded.codes[k]])}`,
          );
      return result.sort();
    };
    const turnIds = db.$client
      .prepare("select id from turns where document_id = ? order by position")
      .all(fixture.transcriptId)
      .map((row) => (row as { id: number }).id);
    const r253 = (
      db.$client
        .prepare(
          "select a.id from answers a join respondents r on r.id = a.respondent_id where r.external_id = 'R25-3'",
        )
        .get() as { id: number }
    ).id;
    expect(pairs(null)).toEqual(
      [
        `answer ${answerR251}:Caseloads`,
        `answer ${answerR251}:Pay`,
        `answer ${r253}:Workload`,
        `turn ${turnIds[0]}:Caseloads`,
        `turn ${turnIds[1]}:Pay`,
      ].sort(),
    );
    expect(pairs({ userId: ADA, role: "researcher" })).toEqual(
      [`answer ${answerR251}:Caseloads`, `answer ${r253}:Workload`, `turn ${turnIds[0]}:Caseloads`].sort(),
    );
    expect(pairs({ userId: ADA, role: "lead" })).toEqual(pairs(null));
    // Only the consensus coder codes pay in Tom's turn: counted under "coder" for them, not under "all".
    db.update(projectSettings)
      .set({ countedCodings: "coder", countedCoderId: CONSENSUS })
      .where(eq(projectSettings.projectId, projectId))
      .run();
    expect(pairs(null)).toEqual([`turn ${turnIds[1]}:Pay`]);
  });
});
