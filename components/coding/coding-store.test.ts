import { describe, expect, it } from "vitest";
import {
  type CodingEvent,
  type CodingFacts,
  type CodingStoreState,
  codingKey,
  createCodingStore,
  PER_CALL,
  reduceCodingStore,
  type ServerCoding,
} from "./coding-store";

const ME = 7;
const OTHER = 9;
const DOC = 3;
let nextServerId = 100;

function run(state: CodingStoreState, ...events: CodingEvent[]): CodingStoreState {
  return events.reduce(reduceCodingStore, state);
}

function facts(start: number, end: number, codeId: number, extra: Partial<CodingFacts> = {}): CodingFacts {
  return { documentId: DOC, start, end, codeId, coderId: ME, ...extra };
}

/** The server's answer to one apply part of a request: every range × code, all new unless said otherwise. */
function answer(state: CodingStoreState, requestId: number, part: number, existing: string[] = []): CodingEvent {
  const request = state.requests.get(requestId)!;
  const apply = request.parts[part];
  if (apply.kind !== "apply") throw new Error("not an apply part");
  const codings: ServerCoding[] = apply.ranges.flatMap((range) =>
    apply.codeIds.map((codeId) => {
      const coding = { documentId: apply.documentId, ...range, codeId, coderId: state.coderId };
      return { ...coding, id: nextServerId++, segmentId: 1, created: !existing.includes(codingKey(coding)) };
    }),
  );
  return { type: "settled", requestId, part, codings, at: 1_000 };
}

/** Settles every pending part of a request as the server would. */
function settleAll(state: CodingStoreState, requestId: number): CodingStoreState {
  let next = state;
  const request = state.requests.get(requestId);
  if (!request) return state;
  request.parts.forEach((part, index) => {
    next = run(
      next,
      part.kind === "apply" ? answer(next, requestId, index) : { type: "settled", requestId, part: index, at: 1 },
    );
  });
  return next;
}

function confirmed(start: number, end: number, codeId: number, id: number, coderId = ME) {
  return { documentId: DOC, start, end, codeId, coderId, id, segmentId: 1, createdAt: 5 };
}

describe("coding store", () => {
  it("shows an applied coding at once under a key made on the client, and keeps that key when the server answers", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "coding with Pay", apply: [facts(0, 11, 4)] });
    const key = codingKey(facts(0, 11, 4));
    expect(key).toBe("3:0-11:4:7");
    expect(state.codings.get(key)).toMatchObject({ status: "pending", id: null, start: 0, end: 11 });
    expect(state.requests.get(1)!.parts).toEqual([
      expect.objectContaining({ kind: "apply", documentId: DOC, ranges: [{ start: 0, end: 11 }], codeIds: [4] }),
    ]);
    expect(state.undo).toEqual([]);

    state = settleAll(state, 1);
    expect([...state.codings.keys()]).toEqual([key]);
    expect(state.codings.get(key)).toMatchObject({ status: "confirmed", segmentId: 1, createdAt: 1_000 });
    expect(state.codings.get(key)!.id).toBeGreaterThan(0);
    expect(state.requests.size).toBe(0);
    expect(state.last).toMatchObject({ id: 1, status: "confirmed" });
    expect(state.undo).toEqual([{ label: "coding with Pay", applied: [facts(0, 11, 4)], removed: [] }]);
  });

  it("takes a refused coding away again, records the failure and adds nothing to undo", () => {
    let state = createCodingStore(ME, [confirmed(20, 30, 4, 50)]);
    state = run(
      state,
      { type: "begin", requestId: 1, label: "coding with Archived", apply: [facts(0, 5, 8)] },
      { type: "failed", requestId: 1, part: 0, message: "This code is archived; restore it to apply it." },
    );
    expect([...state.codings.keys()]).toEqual([codingKey(facts(20, 30, 4))]);
    expect(state.last).toMatchObject({ status: "failed" });
    expect(state.last!.parts[0]).toMatchObject({ status: "failed", message: expect.stringContaining("archived") });
    expect(state.undo).toEqual([]);
    expect(state.requests.size).toBe(0);
  });

  it("puts back a removed coding when the server refuses to remove it", () => {
    let state = createCodingStore(ME, [confirmed(0, 5, 4, 50)]);
    const key = codingKey(facts(0, 5, 4));
    state = run(state, { type: "begin", requestId: 1, label: "removing Pay", remove: [key] });
    expect(state.codings.has(key)).toBe(false);
    expect(state.requests.get(1)!.parts).toEqual([expect.objectContaining({ kind: "remove", codingIds: [50] })]);
    state = run(state, { type: "failed", requestId: 1, part: 0, message: "Coding not found." });
    expect(state.codings.get(key)).toMatchObject({ id: 50, status: "confirmed" });
    expect(state.undo).toEqual([]);
  });

  it("undoes and redoes a single coding without any key lookup: the key stays, the server id changes", () => {
    let state = createCodingStore(ME);
    const key = codingKey(facts(0, 11, 4));
    state = settleAll(
      run(state, { type: "begin", requestId: 1, label: "coding with Pay", apply: [facts(0, 11, 4)] }),
      1,
    );
    const firstId = state.codings.get(key)!.id;

    state = run(state, { type: "undo", requestId: 2 });
    expect(state.codings.has(key)).toBe(false);
    expect(state.requests.get(2)!.parts).toEqual([expect.objectContaining({ kind: "remove", codingIds: [firstId] })]);
    expect(state.undo).toEqual([]);
    state = settleAll(state, 2);
    expect(state.redo).toEqual([{ label: "coding with Pay", applied: [], removed: [facts(0, 11, 4)] }]);

    state = run(state, { type: "redo", requestId: 3 });
    expect(state.codings.get(key)).toMatchObject({ status: "pending" });
    state = settleAll(state, 3);
    expect(state.codings.get(key)!.id).not.toBe(firstId);
    expect(state.redo).toEqual([]);
    expect(state.undo).toEqual([{ label: "coding with Pay", applied: [facts(0, 11, 4)], removed: [] }]);

    // Undo again reaches the coding under its new id.
    const secondId = state.codings.get(key)!.id;
    state = run(state, { type: "undo", requestId: 4 });
    expect(state.requests.get(4)!.parts).toEqual([expect.objectContaining({ kind: "remove", codingIds: [secondId] })]);
  });

  it("treats a bulk action over several documents as one step, undone in one go", () => {
    let state = createCodingStore(ME);
    const apply = [facts(0, 4, 2), facts(10, 14, 2), facts(3, 9, 2, { documentId: 5 })];
    state = run(state, { type: "begin", requestId: 1, label: "coding 3 hits with Stress", apply });
    expect(state.requests.get(1)!.parts.map((part) => part.kind === "apply" && part.documentId)).toEqual([DOC, 5]);
    expect([...state.codings.values()].every((coding) => coding.status === "pending")).toBe(true);
    state = settleAll(state, 1);
    expect(state.undo).toHaveLength(1);
    expect(state.undo[0].applied).toEqual(apply);

    state = run(state, { type: "undo", requestId: 2 });
    expect(state.codings.size).toBe(0);
    expect(state.requests.get(2)!.parts).toHaveLength(1);
    state = settleAll(state, 2);
    expect(state.undo).toEqual([]);
    expect(state.redo[0].removed).toEqual(apply);
  });

  it("keeps only the documents the server accepted in a bulk step", () => {
    let state = createCodingStore(ME);
    state = run(state, {
      type: "begin",
      requestId: 1,
      label: "coding 2 hits",
      apply: [facts(0, 4, 2), facts(3, 9, 2, { documentId: 5 })],
    });
    state = run(state, answer(state, 1, 0), { type: "failed", requestId: 1, part: 1, message: "Document not found." });
    expect([...state.codings.keys()]).toEqual([codingKey(facts(0, 4, 2))]);
    expect(state.last!.status).toBe("failed");
    expect(state.undo).toEqual([{ label: "coding 2 hits", applied: [facts(0, 4, 2)], removed: [] }]);
  });

  it("sends one call per set of ranges and splits a long bulk apply at the server's limit", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "two codes", apply: [facts(0, 4, 2), facts(0, 4, 6)] });
    expect(state.requests.get(1)!.parts).toEqual([
      expect.objectContaining({ ranges: [{ start: 0, end: 4 }], codeIds: [2, 6] }),
    ]);
    const many = Array.from({ length: PER_CALL + 10 }, (_, index) => facts(index * 2, index * 2 + 1, 2));
    state = run(state, { type: "begin", requestId: 2, label: "many", apply: many });
    expect(state.requests.get(2)!.parts.map((part) => part.kind === "apply" && part.ranges.length)).toEqual([
      PER_CALL,
      10,
    ]);
  });

  it("keeps overlapping and nested codings apart, whichever order they come in", () => {
    let state = createCodingStore(ME, [confirmed(0, 20, 4, 50), confirmed(0, 20, 4, 51, OTHER)]);
    state = run(state, {
      type: "begin",
      requestId: 1,
      label: "overlaps",
      apply: [facts(5, 25, 4), facts(0, 20, 6), facts(5, 10, 4), facts(0, 20, 4)],
    });
    // The same range and code by the same coder is already there; by another coder it is another coding.
    expect(state.codings.size).toBe(5);
    expect(state.codings.get(codingKey(facts(0, 20, 4)))).toMatchObject({ id: 50, status: "confirmed" });
    state = settleAll(state, 1);
    expect(state.undo[0].applied).toHaveLength(3);
    expect(state.undo[0].applied).toEqual(expect.arrayContaining([facts(5, 25, 4), facts(0, 20, 6), facts(5, 10, 4)]));
    state = settleAll(run(state, { type: "undo", requestId: 2 }), 2);
    expect([...state.codings.keys()].sort()).toEqual([
      codingKey(facts(0, 20, 4)),
      codingKey(facts(0, 20, 4, { coderId: OTHER })),
    ]);
  });

  it("says nothing is new when every coding is already there, and leaves undo alone", () => {
    let state = createCodingStore(ME, [confirmed(0, 5, 4, 50)]);
    state = run(state, { type: "begin", requestId: 1, label: "again", apply: [facts(0, 5, 4)] });
    expect(state.last).toMatchObject({ id: 1, status: "confirmed", parts: [] });
    expect(state.undo).toEqual([]);
  });

  it("leaves codings another session had already made out of the undo step", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "two", apply: [facts(0, 5, 4), facts(0, 5, 6)] });
    state = run(state, answer(state, 1, 0, [codingKey(facts(0, 5, 6))]));
    expect(state.codings.get(codingKey(facts(0, 5, 6)))).toMatchObject({ status: "confirmed" });
    expect(state.undo[0].applied).toEqual([facts(0, 5, 4)]);
  });

  it("undoes a recode (one added, one removed) as one step, restoring another coder's coding as the actor's", () => {
    let state = createCodingStore(ME, [confirmed(0, 5, 4, 50, OTHER)]);
    const theirs = codingKey(facts(0, 5, 4, { coderId: OTHER }));
    state = run(state, {
      type: "begin",
      requestId: 1,
      label: "recoding Pay",
      apply: [facts(0, 5, 6)],
      remove: [theirs],
    });
    expect(state.requests.get(1)!.parts.map((part) => part.kind)).toEqual(["apply", "remove"]);
    state = settleAll(state, 1);
    expect(state.undo).toEqual([
      { label: "recoding Pay", applied: [facts(0, 5, 6)], removed: [facts(0, 5, 4, { coderId: OTHER })] },
    ]);
    state = settleAll(run(state, { type: "undo", requestId: 2 }), 2);
    expect([...state.codings.keys()]).toEqual([codingKey(facts(0, 5, 4))]);
  });

  it("drops an undo whose codings are gone, and keeps one the server refused to be tried again", () => {
    let state = createCodingStore(ME);
    const key = codingKey(facts(0, 5, 4));
    state = settleAll(run(state, { type: "begin", requestId: 1, label: "coding", apply: [facts(0, 5, 4)] }), 1);
    state = run(state, { type: "undo", requestId: 2 }, { type: "failed", requestId: 2, part: 0, message: "Busy" });
    expect(state.codings.get(key)).toMatchObject({ status: "confirmed" });
    expect(state.undo).toHaveLength(1);
    expect(state.redo).toEqual([]);

    // Removed meanwhile (still on its way to the server): undoing the coding finds nothing to do.
    state = run(state, { type: "begin", requestId: 3, label: "removing", remove: [key] });
    state = run(state, { type: "undo", requestId: 4 });
    expect(state.last).toMatchObject({ id: 4, parts: [] });
    expect(state.undo).toEqual([]);
    expect(state.requests.has(3)).toBe(true);
  });

  it("keeps UTF-16 offsets exactly, across accents, surrogate pairs and emoji", () => {
    const text = "Café 😀 Śląsk 👩🏽‍⚕️ end";
    const emoji = text.indexOf("😀");
    const nurse = text.indexOf("👩");
    expect(emoji).toBe(5);
    let state = createCodingStore(ME);
    const apply = [
      facts(emoji, emoji + 2, 4),
      facts(emoji, emoji + 1, 4),
      facts(nurse, nurse + "👩🏽‍⚕️".length, 4),
      facts(0, 4, 4),
    ];
    state = settleAll(run(state, { type: "begin", requestId: 1, label: "unicode", apply }), 1);
    const stored = [...state.codings.values()].map((coding) => text.slice(coding.start, coding.end));
    expect(stored).toEqual(["😀", "\ud83d", "👩🏽‍⚕️", "Café"]);
    expect(state.codings.size).toBe(4);
    state = settleAll(run(state, { type: "undo", requestId: 2 }), 2);
    expect(state.codings.size).toBe(0);
    state = settleAll(run(state, { type: "redo", requestId: 3 }), 3);
    expect([...state.codings.values()].map((coding) => [coding.start, coding.end])).toEqual(
      apply.map((fact) => [fact.start, fact.end]),
    );
  });

  it("refuses empty ranges and keeps at most the last twenty steps", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "empty", apply: [facts(4, 4, 2)] });
    expect(state.codings.size).toBe(0);
    for (let index = 0; index < 25; index++) {
      const requestId = 10 + index;
      state = settleAll(
        run(state, { type: "begin", requestId, label: `step ${index}`, apply: [facts(index, index + 1, 2)] }),
        requestId,
      );
    }
    expect(state.undo).toHaveLength(20);
    expect(state.undo.at(-1)!.label).toBe("step 24");
    expect(state.undo[0].label).toBe("step 5");
  });
  it("shows another coder's live codings and removals at once, leaving this coder's undo alone", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "coding", apply: [facts(0, 4, 1)] });
    state = run(state, answer(state, 1, 0));
    const undoBefore = state.undo;
    const theirs = { ...facts(2, 9, 5, { coderId: OTHER }), id: 500, segmentId: 2, createdAt: 10 };
    state = run(state, { type: "remote", added: [theirs, theirs], removedIds: [] });
    expect(state.codings.get(codingKey(theirs))).toMatchObject({ id: 500, status: "confirmed", coderId: OTHER });
    expect(state.codings.size).toBe(2);
    expect(state.undo).toBe(undoBefore);
    state = run(state, { type: "remote", added: [], removedIds: [500, 999] });
    expect(state.codings.has(codingKey(theirs))).toBe(false);
    expect(state.codings.size).toBe(1);
  });

  it("leaves a pending coding of its own alone when the live feed tells of the same key first", () => {
    let state = createCodingStore(ME);
    state = run(state, { type: "begin", requestId: 1, label: "coding", apply: [facts(0, 4, 1)] });
    const same = { ...facts(0, 4, 1), id: 42, segmentId: 1, createdAt: 10 };
    const after = run(state, { type: "remote", added: [same], removedIds: [] });
    expect(after).toBe(state);
    expect(after.codings.get(codingKey(same))?.status).toBe("pending");
  });
});
