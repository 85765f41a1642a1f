import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../../db/client";
import { codes, roundCoders, rounds, roundUnits } from "../../../db/schema";
import type { ParsedTranscript } from "../../imports/parsers/transcript/parsed-transcript";
import { storeTranscript } from "../../imports/store-transcript";
import { createProject } from "../../projects/create-project";
import { applyCodings } from "../apply-codings";
import { deleteCodings } from "../delete-codings";
import { liveHub } from "./live-hub";
import { openLiveFeed } from "./open-live-feed";

const transcript: ParsedTranscript = {
  format: "txt",
  cueCount: 1,
  speakers: ["Ewa"],
  warnings: [],
  turns: [{ speaker: "Ewa", startMs: null, endMs: null, text: "Caseloads 😀 are high; supervision is rare." }],
};

interface Received {
  event: string;
  data: unknown;
}

/** Reads events off a feed until `count` have come (comments and the retry line skipped). */
async function readEvents(stream: ReadableStream<Uint8Array>, count: number): Promise<Received[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const events: Received[] = [];
  let buffer = "";
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
      end = buffer.indexOf("\n\n");
    }
  }
  reader.releaseLock();
  return events;
}

describe("openLiveFeed", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let documentId: number;
  let codeId: number;
  const aborts: AbortController[] = [];

  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "live", name: "Live" }).id;
    db.$client
      .prepare("insert into users (email, name, password_hash) values ('a@x.org','Ann','x'), ('b@x.org','Ben','x')")
      .run();
    documentId = storeTranscript(db, {
      projectId,
      userId: 1,
      parsed: transcript,
      metadata: { title: "T", filename: "t.txt" },
    }).documentId;
    codeId = db.insert(codes).values({ projectId, name: "Caseloads" }).returning().get().id;
  });
  afterEach(() => {
    for (const abort of aborts.splice(0)) abort.abort();
    db.$client.close();
  });

  function feed(userId: number, name: string) {
    const abort = new AbortController();
    aborts.push(abort);
    const stream = openLiveFeed(db, {
      projectId,
      documentId,
      viewer: { userId, name, role: "researcher" },
      signal: abort.signal,
    });
    if (!stream) throw new Error("refused");
    return { stream, abort };
  }

  it("tells a viewer who else is here, then the codings another coder adds and removes", async () => {
    const ben = feed(2, "Ben");
    feed(1, "Ann");
    const coded = applyCodings(db, {
      projectId,
      coderId: 1,
      documentId,
      ranges: [{ start: 0, end: 9 }],
      codeIds: [codeId],
    });
    deleteCodings(db, { projectId, actorId: 1, codingIds: [coded[0].id] });
    const events = await readEvents(ben.stream, 4);
    expect(events.map((e) => e.event)).toEqual(["presence", "presence", "codings", "codings"]);
    expect(events[1].data).toEqual({
      present: [
        { userId: 2, name: "Ben" },
        { userId: 1, name: "Ann" },
      ],
    });
    const added = events[2].data as {
      added: { id: number; start: number; end: number; codeName: string; coderName: string }[];
    };
    expect(added.added).toMatchObject([{ id: coded[0].id, start: 0, end: 9, codeName: "Caseloads", coderName: "Ann" }]);
    expect(events[3].data).toEqual({ added: [], removedIds: [coded[0].id] });
  });

  it("keeps another coder's work in an open blind round from a round coder, and leaves the hub when the request ends", async () => {
    const round = db
      .insert(rounds)
      .values({ projectId, name: "Blind", mode: "blind", unitKind: "documents", createdBy: 1 })
      .returning()
      .get();
    db.insert(roundCoders)
      .values([
        { roundId: round.id, userId: 1 },
        { roundId: round.id, userId: 2 },
      ])
      .run();
    db.insert(roundUnits).values({ roundId: round.id, position: 0, documentId }).run();
    const before = liveHub().connections();
    const ben = feed(2, "Ben");
    applyCodings(db, { projectId, coderId: 1, documentId, ranges: [{ start: 0, end: 9 }], codeIds: [codeId] });
    applyCodings(db, { projectId, coderId: 2, documentId, ranges: [{ start: 13, end: 16 }], codeIds: [codeId] });
    const events = await readEvents(ben.stream, 2);
    expect(events[1].event).toBe("codings");
    expect((events[1].data as { added: { coderId: number }[] }).added.map((c) => c.coderId)).toEqual([2]);
    expect(liveHub().connections()).toBe(before + 1);
    ben.abort.abort();
    expect(liveHub().connections()).toBe(before);
  });
});
