import type { QuoteSource } from "./quote-source";
import type { QuoteSourceSnapshot } from "./review-types";

export function snapshotSource(source: QuoteSource): QuoteSourceSnapshot {
  return {
    kind: source.kind,
    documentId: source.documentId,
    documentTitle: source.documentTitle,
    wave: source.wave,
    turnId: source.turnId,
    answerId: source.answerId,
    participantId: source.participantId,
    respondentId: source.respondentId,
  };
}
