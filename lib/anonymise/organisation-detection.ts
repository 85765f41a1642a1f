import type { Detection } from "./types";

/** What an organisation detection is: its kind, its replacement, and the sentence around it that a cue is looked for in. */

export type OrganisationKind = "agency" | "interpreting" | "court" | "hospital" | "employer";

const REPLACEMENT: Record<OrganisationKind, string> = {
  agency: "[agency]",
  interpreting: "[interpreting firm]",
  court: "[court]",
  hospital: "[hospital]",
  employer: "[organisation]",
};

export function detection(
  start: number,
  end: number,
  kind: OrganisationKind | "team",
  reason: string,
  source: "list" | "nlp",
): Detection {
  return {
    start,
    end,
    category: "organisation",
    reason,
    source,
    replacement: kind === "team" ? "[team]" : REPLACEMENT[kind],
  };
}

export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 160);
  const to = Math.min(text.length, end + 160);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const cut = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("? "),
    before.lastIndexOf("! "),
  );
  const stop = after.search(/[.?!](?:\s|$)|\n/u);
  return `${cut >= 0 ? before.slice(cut + 1) : before} ${stop >= 0 ? after.slice(0, stop) : after}`;
}

export function insideAny(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}
