import { describe, expect, it } from "vitest";
import { type CodingRequest, codingKey, type RequestPart } from "@/components/coding/coding-store";
import { codeAllOutcome } from "./code-all-outcome";

const codeId = 7;
const coderId = 3;
const key = (documentId: number, start: number, end: number) => codingKey({ documentId, start, end, codeId, coderId });

function applyPart(documentId: number, created: string[], status: "confirmed" | "failed" = "confirmed"): RequestPart {
  return {
    kind: "apply",
    documentId,
    ranges: [],
    codeIds: [codeId],
    keys: [],
    status,
    created,
    rows: created.length,
    message: status === "failed" ? "The project is busy." : undefined,
  };
}

function request(parts: RequestPart[]): CodingRequest {
  return { id: 1, origin: "do", label: "coding", parts, source: null, status: "confirmed" };
}

const hits = [
  { documentId: 1, ranges: [{ start: 0, end: 5 }] },
  {
    documentId: 1,
    ranges: [
      { start: 10, end: 15 },
      { start: 20, end: 25 },
    ],
  },
  { documentId: 2, ranges: [{ start: 0, end: 4 }] },
];

describe("code all hits outcome", () => {
  it("says how many hits were coded when all were new", () => {
    const outcome = codeAllOutcome(
      request([applyPart(1, [key(1, 0, 5), key(1, 10, 15), key(1, 20, 25)]), applyPart(2, [key(2, 0, 4)])]),
      hits,
      codeId,
      coderId,
      "Workload",
    );
    expect(outcome).toEqual({ tone: "success", message: "Coded 3 hits (4 segments) with Workload." });
  });

  it("tells new hits from hits already coded", () => {
    // Only one of the second hit's two ranges is new: the hit counts as new.
    const outcome = codeAllOutcome(
      request([applyPart(1, [key(1, 20, 25)]), applyPart(2, [])]),
      hits,
      codeId,
      coderId,
      "Pay",
    );
    expect(outcome.message).toBe("Coded 1 new hit (1 segment) with Pay; 2 were already coded.");
  });

  it("counts hits the client did not send again (nothing to send) as already coded", () => {
    const outcome = codeAllOutcome(request([]), hits.slice(0, 1), codeId, coderId, "Pay");
    expect(outcome.message).toBe("Coded 0 new hits (0 segments) with Pay; 1 was already coded.");
  });

  it("leaves out refused documents and names the refusal", () => {
    const outcome = codeAllOutcome(
      request([applyPart(1, [key(1, 0, 5)]), applyPart(2, [], "failed")]),
      hits,
      codeId,
      coderId,
      "Pay",
    );
    expect(outcome.tone).toBe("warning");
    expect(outcome.message).toBe(
      "Coded 1 new hit (1 segment) with Pay; 1 was already coded. Some were refused: The project is busy.",
    );
  });

  it("is an error when every document was refused", () => {
    const outcome = codeAllOutcome(request([applyPart(2, [], "failed")]), hits.slice(2), codeId, coderId, "Pay");
    expect(outcome.tone).toBe("error");
  });
});
