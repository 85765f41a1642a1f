import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, projectSettings, ROLES, type Role } from "../../db/schema";
import { seedSurveyWave } from "../respondents/test-fixtures";
import { addQuoteComment } from "./add-quote-comment";
import { changeQuoteStatus } from "./change-quote-status";
import { getQuoteDetail } from "./get-quote-detail";
import { listQuoteBoard } from "./list-quote-board";
import { listThemeQuotes } from "./list-theme-quotes";
import { listThemeSegments } from "./list-theme-segments";
import { proposeQuote } from "./propose-quote";
import { setQuoteAttribution } from "./set-quote-attribution";
import { crowd, seedFocusGroup, seedQuoteProject } from "./test-fixtures";
import { updateQuoteReview } from "./update-quote-review";
import { availableTransitions, type QuoteActor } from "./workflow";

type TestDb = ReturnType<typeof createTestDb>;

const KWAME_TEXT =
  "Hello, Kwame. Senior social worker in a child protection team. Seven, nearly eight years qualified.";
const KWAME_AGAIN = "Honestly, Zofia carries more than I do, and the duty rota is relentless.";

describe("quote workflow", () => {
  let db: TestDb;
  let projectId: number;
  let codeId: number;
  let actors: Record<Role, QuoteActor>;
  let group: ReturnType<typeof seedFocusGroup>;

  beforeEach(() => {
    db = createTestDb();
    ({ projectId, codeId, actors } = seedQuoteProject(db));
    group = seedFocusGroup(db, projectId, {
      wave: "2025",
      groupType: "permanent social workers",
      speakers: [
        {
          name: "Nadia Haddad",
          attributes: { role: "Facilitator" },
          text: "Welcome, everyone. Kwame, would you start?",
        },
        {
          name: "Kwame Asante",
          attributes: { role: "Senior social worker", region: "London", "employment type": "Permanent" },
          text: KWAME_TEXT,
        },
        {
          name: "Zofia Wójcik",
          attributes: { role: "Social worker", region: "South East", "employment type": "Permanent" },
          text: "I'm in Surrey, in a looked-after children team.",
        },
        { name: "Kwame Asante", attributes: {}, text: KWAME_AGAIN },
        ...crowd("Padding", 9, { role: "Social worker", region: "London", "employment type": "Permanent" }),
        ...crowd("Manager", 6, { role: "Team manager", region: "South East", "employment type": "Permanent" }),
      ],
    });
  });
  afterEach(() => db.cleanup());

  function propose(actor: QuoteActor = actors.author, text = KWAME_TEXT) {
    const turn = db.$client
      .prepare("select start_offset s, end_offset e from turns where document_id = ? and text = ?")
      .get(group.documentId, text) as { s: number; e: number };
    return proposeQuote(db, actor, { projectId, codeId, documentId: group.documentId, start: turn.s, end: turn.e });
  }

  /** Proposes, resolves every flag, sets a label and shortlists, as the author. */
  function shortlisted(text = KWAME_TEXT, attributes = ["role", "region"]) {
    const { id } = propose(actors.author, text);
    const detail = getQuoteDetail(db, projectId, id);
    for (const flag of detail.review.flags) {
      updateQuoteReview(db, actors.author, {
        projectId,
        quoteId: id,
        operation: { type: "resolve", flagId: flag.id, resolution: "keep" },
      });
    }
    setQuoteAttribution(db, actors.author, { projectId, quoteId: id, attributes });
    changeQuoteStatus(db, actors.author, { projectId, quoteId: id, to: "shortlisted" });
    return id;
  }

  it("takes a segment from candidate to approved with who and when, anonymised and safely labelled", () => {
    const proposed = propose();
    expect(proposed).toMatchObject({ status: "candidate", created: true });
    let detail = getQuoteDetail(db, projectId, proposed.id);
    expect(detail.wording).toBe(
      "Hello, [colleague 1]. Senior social worker in a child protection team. Seven, nearly eight years qualified.",
    );
    expect(detail.review.flags.map((flag) => flag.kind)).toEqual(["years_of_service"]);
    expect(detail.source).toMatchObject({ kind: "focus_group", speaker: "Kwame Asante", wave: "2025" });

    expect(() => changeQuoteStatus(db, actors.author, { projectId, quoteId: proposed.id, to: "shortlisted" })).toThrow(
      /Resolve every flag first: 1 is still open \(“eight years qualified”\)/,
    );
    updateQuoteReview(db, actors.author, {
      projectId,
      quoteId: proposed.id,
      operation: { type: "resolve", flagId: detail.review.flags[0].id, resolution: "redact" },
    });
    expect(() => changeQuoteStatus(db, actors.author, { projectId, quoteId: proposed.id, to: "shortlisted" })).toThrow(
      /Choose an attribution/,
    );

    const label = setQuoteAttribution(db, actors.author, {
      projectId,
      quoteId: proposed.id,
      attributes: ["role", "region", "wave"],
    });
    // 12 London social workers of any kind (Kwame and 9 padding … plus no others) → "Senior social worker, London" fits 1,
    // generalised to "social worker, London" which fits 10 (the facilitator is not counted).
    expect(label.steps.map((step) => step.message)).toEqual([
      "‘Senior social worker, London, focus-group participant, 2025’ fits 1 person; generalised role ‘Senior social worker’ to ‘social worker’.",
    ]);
    expect(label).toMatchObject({
      ok: true,
      label: "Social worker, London, focus-group participant, 2025",
      fits: 10,
      population: 17,
    });

    changeQuoteStatus(db, actors.author, { projectId, quoteId: proposed.id, to: "shortlisted" });
    addQuoteComment(db, actors.lead, { projectId, quoteId: proposed.id, body: "Good one — approving." });
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: proposed.id, to: "approved" });

    detail = getQuoteDetail(db, projectId, proposed.id);
    expect(detail.status).toBe("approved");
    expect(detail.wording).toBe(
      "Hello, [colleague 1]. Senior social worker in a child protection team. Seven, nearly [length of service].",
    );
    expect(detail.attribution).toBe("Social worker, London, focus-group participant, 2025");
    expect(detail.people.proposed.name).toBe("author of quotes");
    expect(detail.people.shortlisted?.name).toBe("author of quotes");
    expect(detail.people.decided?.name).toBe("lead of quotes");
    expect(detail.people.decided?.at).toBeInstanceOf(Date);
    expect(detail.comments.map((comment) => comment.body)).toEqual(["Good one — approving."]);
    expect(detail.review.source).toMatchObject({
      kind: "focus_group",
      documentId: group.documentId,
      wave: "2025",
      participantId: group.turns.get("Kwame Asante")!.participantId,
    });
    expect(detail.history.map((entry) => entry.action)).toEqual([
      "quote.propose",
      "quote.review.resolve",
      "quote.attribution",
      "quote.shortlist",
      "quote.comment",
      "quote.approve",
    ]);
    // Note: the event log holds offsets and ids, never quoted words.
    const details = db.$client.prepare("select detail from events where target_type = 'quote'").all() as {
      detail: string | null;
    }[];
    expect(details.map((row) => row.detail ?? "").join(" ")).not.toMatch(/Kwame|eight years/);
  });

  it("locks an approved quote's wording, label and status", () => {
    const id = shortlisted();
    changeQuoteStatus(db, actors.owner, { projectId, quoteId: id, to: "approved" });
    const redactionId = getQuoteDetail(db, projectId, id).review.redactions[0].id;
    expect(() =>
      updateQuoteReview(db, actors.author, { projectId, quoteId: id, operation: { type: "undo", redactionId } }),
    ).toThrow(/approved: its wording is locked/);
    expect(() => setQuoteAttribution(db, actors.owner, { projectId, quoteId: id, attributes: [] })).toThrow(/locked/);
    for (const to of ["rejected", "candidate", "shortlisted"] as const) {
      expect(() => changeQuoteStatus(db, actors.owner, { projectId, quoteId: id, to })).toThrow(
        /approved: its wording and status are locked/,
      );
    }
    expect(availableTransitions(actors.owner, "approved")).toEqual([]);
  });

  it("edits only candidates: a shortlisted quote goes back to the candidates first, and a rejected one can be reopened", () => {
    const id = shortlisted();
    const redactionId = getQuoteDetail(db, projectId, id).review.redactions[0].id;
    expect(() =>
      updateQuoteReview(db, actors.author, { projectId, quoteId: id, operation: { type: "undo", redactionId } }),
    ).toThrow(/move it back to the candidates/);
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: id, to: "rejected", comment: "Too identifying." });
    let detail = getQuoteDetail(db, projectId, id);
    expect(detail.status).toBe("rejected");
    expect(detail.comments.map((comment) => comment.body)).toEqual(["Too identifying."]);
    changeQuoteStatus(db, actors.author, { projectId, quoteId: id, to: "candidate" });
    detail = getQuoteDetail(db, projectId, id);
    expect(detail).toMatchObject({ status: "candidate", people: { shortlisted: null, decided: null } });
    updateQuoteReview(db, actors.author, { projectId, quoteId: id, operation: { type: "undo", redactionId } });
    expect(getQuoteDetail(db, projectId, id).wording).toMatch(/^Hello, Kwame\./);
  });

  it("lets each role make exactly the moves the role table gives it", () => {
    const allowed = (role: Role, run: () => unknown) => {
      try {
        run();
        return role;
      } catch (error) {
        if ((error as { code?: string }).code === "forbidden") return null;
        throw error;
      }
    };
    const who = (run: (actor: QuoteActor) => unknown) =>
      ROLES.map((role) => allowed(role, () => run(actors[role]))).filter(Boolean);

    const freshCandidates = ROLES.map((_, index) =>
      proposeQuote(db, actors.author, {
        projectId,
        codeId,
        documentId: group.documentId,
        start: index,
        end: index + 5,
      }),
    );
    expect(
      who((actor) =>
        proposeQuote(db, actor, {
          projectId,
          codeId,
          documentId: group.documentId,
          start: 20 + actor.userId,
          end: 30 + actor.userId,
        }),
      ),
    ).toEqual(["owner", "researcher", "lead", "author"]);
    expect(
      who((actor) => addQuoteComment(db, actor, { projectId, quoteId: freshCandidates[0].id, body: "note" })),
    ).toEqual(["owner", "researcher", "lead", "author"]);
    expect(
      who((actor) =>
        setQuoteAttribution(db, actor, {
          projectId,
          quoteId: freshCandidates[ROLES.indexOf(actor.role)].id,
          attributes: [],
        }),
      ),
    ).toEqual(["owner", "author"]);
    expect(
      who((actor) =>
        updateQuoteReview(db, actor, {
          projectId,
          quoteId: freshCandidates[1].id,
          operation: { type: "add", start: 0, end: 5, category: "custom" },
        }),
      ),
    ).toEqual(["owner", "author"]);

    // Each role in turn tries every move, on a quote of its own in the right status (a new range each time).
    let shrink = 0;
    const ready = (shortlist: boolean): number => {
      const turn = group.turns.get("Kwame Asante")!;
      shrink += 1;
      const { id } = proposeQuote(db, actors.author, {
        projectId,
        codeId,
        documentId: group.documentId,
        start: turn.start,
        end: turn.end - shrink,
      });
      for (const flag of getQuoteDetail(db, projectId, id).review.flags) {
        updateQuoteReview(db, actors.author, {
          projectId,
          quoteId: id,
          operation: { type: "resolve", flagId: flag.id, resolution: "keep" },
        });
      }
      setQuoteAttribution(db, actors.author, { projectId, quoteId: id, attributes: ["region"] });
      if (shortlist) changeQuoteStatus(db, actors.author, { projectId, quoteId: id, to: "shortlisted" });
      return id;
    };
    const moves = { shortlist: "shortlisted", approve: "approved", reject: "rejected", return: "candidate" } as const;
    const results: Record<string, string[]> = {};
    for (const [name, to] of Object.entries(moves)) {
      results[name] = ROLES.filter((role) => {
        const id = ready(to !== "shortlisted");
        return allowed(role, () => changeQuoteStatus(db, actors[role], { projectId, quoteId: id, to })) !== null;
      });
    }
    expect(results).toEqual({
      shortlist: ["owner", "author"],
      approve: ["owner", "lead"],
      reject: ["owner", "lead"],
      return: ["owner", "author"],
    });
    expect(availableTransitions(actors.lead, "shortlisted")).toEqual(["approved", "rejected"]);
    expect(availableTransitions(actors.author, "shortlisted")).toEqual(["candidate"]);
    expect(availableTransitions(actors.viewer, "candidate")).toEqual([]);
  });

  it("gives one person one label: a second quote of the same participant must carry the same label to be approved", () => {
    const first = shortlisted(KWAME_TEXT, ["role", "region"]);
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: first, to: "approved" });
    const second = shortlisted(KWAME_AGAIN, ["employment type"]);
    expect(() => changeQuoteStatus(db, actors.lead, { projectId, quoteId: second, to: "approved" })).toThrow(
      /already has an approved quote labelled ‘Social worker, London, focus-group participant’/,
    );
    const detail = getQuoteDetail(db, projectId, second);
    expect(detail.personLabel).toMatchObject({
      label: "Social worker, London, focus-group participant",
      attributes: ["role", "region"],
    });
    changeQuoteStatus(db, actors.author, { projectId, quoteId: second, to: "candidate" });
    setQuoteAttribution(db, actors.author, { projectId, quoteId: second, attributes: detail.personLabel!.attributes });
    changeQuoteStatus(db, actors.author, { projectId, quoteId: second, to: "shortlisted" });
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: second, to: "approved" });
    expect(getQuoteDetail(db, projectId, second).attribution).toBe("Social worker, London, focus-group participant");
  });

  it("refuses to shortlist a quote whose label cannot fit k people", () => {
    const students = seedFocusGroup(db, projectId, {
      wave: "2023",
      groupType: "social work students",
      speakers: crowd("Student", 4, { role: "Student", region: "London" }).map((speaker, index) => ({
        ...speaker,
        text: `Placement number ${index} was hard.`,
      })),
    });
    const turn = [...students.turns.values()][0];
    const { id } = proposeQuote(db, actors.author, {
      projectId,
      codeId,
      documentId: students.documentId,
      start: turn.start,
      end: turn.end,
    });
    // A 4-person group is quotable once the wave is dropped (every wave's participants count) or, failing
    // that, as "(participant)" over the whole project (lib/attribution/small-group-label.test.ts): only a k
    // above the project's people leaves no label at all.
    db.update(projectSettings).set({ quoteK: 50 }).where(eq(projectSettings.projectId, projectId)).run();
    const check = setQuoteAttribution(db, actors.author, {
      projectId,
      quoteId: id,
      attributes: ["role", "region", "wave"],
    });
    expect(check).toMatchObject({ ok: false, fits: 21, population: 21 });
    expect(check.summary).toMatch(/cannot be attributed safely/);
    expect(() => changeQuoteStatus(db, actors.author, { projectId, quoteId: id, to: "shortlisted" })).toThrow(
      /Choose an attribution/,
    );
  });

  it("proposes from a coded segment or a range, once per theme, within one turn, and never across projects", () => {
    const turn = group.turns.get("Zofia Wójcik")!;
    const first = proposeQuote(db, actors.researcher, {
      projectId,
      codeId,
      documentId: group.documentId,
      start: turn.start,
      end: turn.end,
    });
    const again = proposeQuote(db, actors.author, {
      projectId,
      codeId,
      documentId: group.documentId,
      start: turn.start,
      end: turn.end,
    });
    expect(again).toEqual({ id: first.id, status: "candidate", created: false });
    const segmentId = (
      db.$client.prepare("select segment_id id from quotes where id = ?").get(first.id) as { id: number }
    ).id;
    expect(proposeQuote(db, actors.lead, { projectId, codeId, segmentId })).toMatchObject({
      id: first.id,
      created: false,
    });
    const other = db.insert(codes).values({ projectId, name: "Place" }).returning().get().id;
    expect(proposeQuote(db, actors.lead, { projectId, codeId: other, segmentId })).toMatchObject({ created: true });

    expect(() =>
      proposeQuote(db, actors.author, {
        projectId,
        codeId,
        documentId: group.documentId,
        start: turn.start,
        end: turn.end + 5,
      }),
    ).toThrow(/runs across more than one speaker's turn/);
    const elsewhere = seedQuoteProject(db, "elsewhere");
    expect(() =>
      proposeQuote(db, elsewhere.actors.author, {
        projectId: elsewhere.projectId,
        codeId: elsewhere.codeId,
        segmentId,
      }),
    ).toThrow(/Segment not found/);
    expect(() => proposeQuote(db, actors.author, { projectId, codeId: elsewhere.codeId, segmentId })).toThrow(
      /Theme not found/,
    );
    expect(() => getQuoteDetail(db, elsewhere.projectId, first.id)).toThrow(/Quote not found/);
  });

  it("shows viewers approved quotes only, and the board every status", () => {
    const approved = shortlisted();
    changeQuoteStatus(db, actors.lead, { projectId, quoteId: approved, to: "approved" });
    const stillShortlisted = shortlisted(KWAME_AGAIN, ["role", "region"]);
    const candidate = propose(actors.author, "I'm in Surrey, in a looked-after children team.");

    expect(listThemeQuotes(db, projectId, codeId, { includeUnapproved: false }).map((quote) => quote.id)).toEqual([
      approved,
    ]);
    expect(
      listThemeQuotes(db, projectId, codeId, { includeUnapproved: true }).map((quote) => [quote.id, quote.status]),
    ).toEqual([
      [approved, "approved"],
      [stillShortlisted, "shortlisted"],
    ]);
    const board = listQuoteBoard(db, projectId, codeId);
    expect(board.candidate.map((quote) => quote.id)).toEqual([candidate.id]);
    expect(board.candidate[0].wording).toBe("I'm in [South East authority], in a looked-after children team.");
    expect(board.approved[0]).toMatchObject({ id: approved, decided: { name: "lead of quotes" } });
    expect(board.shortlisted.map((quote) => quote.id)).toEqual([stillShortlisted]);
  });

  it("lists coded segments of a theme that are not yet quotes for it", () => {
    const turn = group.turns.get("Zofia Wójcik")!;
    db.$client
      .prepare("insert into segments (project_id, document_id, start_offset, end_offset, text) values (?, ?, ?, ?, ?)")
      .run(projectId, group.documentId, turn.start, turn.end, "I'm in Surrey, in a looked-after children team.");
    const segmentId = (db.$client.prepare("select max(id) id from segments").get() as { id: number }).id;
    db.$client
      .prepare("insert into codings (project_id, segment_id, code_id, coder_id) values (?, ?, ?, ?)")
      .run(projectId, segmentId, codeId, actors.researcher.userId);
    expect(listThemeSegments(db, projectId, codeId).map((segment) => segment.segmentId)).toEqual([segmentId]);
    expect(listThemeSegments(db, projectId, codeId, { query: "LOOKED-after" })).toHaveLength(1);
    expect(listThemeSegments(db, projectId, codeId, { query: "100%" })).toHaveLength(0);
    expect(listThemeSegments(db, projectId, codeId, { query: "_" })).toHaveLength(0);
    proposeQuote(db, actors.author, { projectId, codeId, segmentId });
    expect(listThemeSegments(db, projectId, codeId)).toEqual([]);
  });

  it("labels a survey answer against the respondents of its wave", () => {
    const rows = [
      {
        id: "R1",
        answer: "Our manager, Gwendolyn Pryce, never has time for supervision.",
        attributes: { role: "Senior social worker", region: "South East" },
      },
      ...Array.from({ length: 11 }, (_, index) => ({
        id: `S${index}`,
        answer: null,
        attributes: { role: "Social worker", region: "South East" },
      })),
      ...Array.from({ length: 30 }, (_, index) => ({
        id: `L${index}`,
        answer: "Fine.",
        attributes: { role: "Social worker", region: "London" },
      })),
    ];
    const wave = seedSurveyWave(db, projectId, "2023", rows);
    const { id } = proposeQuote(db, actors.author, {
      projectId,
      codeId,
      documentId: wave.documentId,
      start: 0,
      end: rows[0].answer!.length,
    });
    const detail = getQuoteDetail(db, projectId, id);
    expect(detail.source).toMatchObject({ kind: "survey", respondentExternalId: "R1", wave: "2023" });
    expect(detail.wording).toBe("Our manager, [person 1], never has time for supervision.");
    expect(detail.labelOptions.map((option) => option.attribute)).toEqual(["role", "region", "wave"]);
    const check = setQuoteAttribution(db, actors.author, {
      projectId,
      quoteId: id,
      attributes: ["role", "region", "wave"],
    });
    expect(check).toMatchObject({
      ok: true,
      label: "Social worker, South East, survey respondent, 2023",
      fits: 12,
      population: 42,
    });
  });
});
