import type { ReviewFlag, ReviewRedaction } from "@/lib/quotes/review-types";

export interface Piece {
  start: number;
  end: number;
  redaction: ReviewRedaction | null;
  undone: boolean;
  flag: ReviewFlag | null;
}

/** Splits the text at every redaction and flag boundary, so each piece has one look. */
export function pieces(text: string, redactions: ReviewRedaction[], flags: ReviewFlag[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const item of [...redactions, ...flags]) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  const sorted = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b);
  const result: Piece[] = [];
  for (let index = 0; index < sorted.length - 1; index++) {
    const start = sorted[index];
    const end = sorted[index + 1];
    if (start === end) continue;
    const covering = (item: { start: number; end: number }) => item.start <= start && end <= item.end;
    result.push({
      start,
      end,
      redaction: redactions.find((r) => !r.undone && covering(r)) ?? null,
      undone: redactions.some((r) => r.undone && covering(r)),
      flag: flags.find(covering) ?? null,
    });
  }
  return result;
}

/** The text offset of a DOM position inside the review text, or null outside the source pieces. */
export function offsetAt(node: Node, offset: number, edge: "start" | "end"): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-offset]");
  if (piece) {
    const base = Number(piece.dataset.offset);
    if (node.nodeType === Node.TEXT_NODE) return base + offset;
    return base + (offset === 0 ? 0 : (piece.textContent?.length ?? 0));
  }
  // A boundary between pieces: take the nearest piece on the selection's side.
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const children = (node as Element).childNodes;
  const neighbour = edge === "start" ? children[offset] : children[offset - 1];
  const neighbourPiece =
    neighbour instanceof Element
      ? neighbour.matches("[data-offset]")
        ? neighbour
        : neighbour.querySelector<HTMLElement>(edge === "start" ? "[data-offset]" : "[data-offset]:last-of-type")
      : null;
  if (!(neighbourPiece instanceof HTMLElement)) return null;
  const base = Number(neighbourPiece.dataset.offset);
  return edge === "start" ? base : base + (neighbourPiece.textContent?.length ?? 0);
}

/** Every case-insensitive occurrence of `phrase` in `text` on word boundaries. */
export function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const lower = phrase.toLocaleLowerCase("en-GB");
  for (let index = 0; index + phrase.length <= text.length; index++) {
    if (text.slice(index, index + phrase.length).toLocaleLowerCase("en-GB") !== lower) continue;
    const before = text[index - 1];
    const after = text[index + phrase.length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    found.push({ start: index, end: index + phrase.length });
    index += phrase.length - 1;
  }
  return found;
}
