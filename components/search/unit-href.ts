/** The place of a turn (an anchor in the transcript) or an answer (focused in the question's grid). */
export function unitHref(
  slug: string,
  unit: { kind: "turn" | "answer"; documentId: number; unitId: number; offset: number },
): string {
  if (unit.kind === "answer") return `/projects/${slug}/questions/${unit.documentId}?answer=${unit.unitId}`;
  return `/projects/${slug}/documents/${unit.documentId}?at=${unit.offset}#turn-${unit.unitId}`;
}
