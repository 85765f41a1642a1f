import { type CodingFacts, type CodingRequest, codingKey } from "@/components/coding/coding-store";

/** One hit as "code all hits" sends it: its document and the ranges that would be coded. */
export interface SentHit {
  documentId: number;
  ranges: { start: number; end: number }[];
}

export interface CodeAllOutcome {
  tone: "success" | "warning" | "error";
  message: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What a run of "code all hits" did, hit by hit: a hit is new when the server created at least one of
 * its codings, already coded when every one of them existed before, refused when its document failed.
 */
export function codeAllOutcome(
  request: CodingRequest | null,
  hits: readonly SentHit[],
  codeId: number,
  coderId: number,
  codeName: string,
): CodeAllOutcome {
  const created = new Set<string>();
  const failedDocuments = new Set<number>();
  const failures = new Set<string>();
  for (const part of request?.parts ?? []) {
    if (part.kind !== "apply") continue;
    if (part.status === "failed") {
      failedDocuments.add(part.documentId);
      failures.add(part.message ?? "Refused.");
    } else for (const key of part.created) created.add(key);
  }
  let fresh = 0;
  let already = 0;
  for (const hit of hits) {
    if (failedDocuments.has(hit.documentId)) continue;
    const keys = hit.ranges.map((range) =>
      codingKey({ documentId: hit.documentId, ...range, codeId, coderId } satisfies CodingFacts),
    );
    if (keys.some((key) => created.has(key))) fresh += 1;
    else already += 1;
  }
  const segments = plural(created.size, "segment", "segments");
  const summary =
    already === 0
      ? `Coded ${plural(fresh, "hit", "hits")} (${segments}) with ${codeName}.`
      : `Coded ${plural(fresh, "new hit", "new hits")} (${segments}) with ${codeName}; ${already} ${already === 1 ? "was" : "were"} already coded.`;
  if (failures.size === 0) return { tone: "success", message: summary };
  return {
    tone: fresh + already > 0 ? "warning" : "error",
    message: `${summary} Some were refused: ${[...failures].join(" ")}`,
  };
}
