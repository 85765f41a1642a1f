import { AppError } from "../errors";

export interface LabelledQuote {
  quoteId: number;
  /** "participant:12" / "respondent:40"; null when the speaker is not a known person. */
  personKey: string | null;
  label: string;
}

export interface LabelConflict {
  personKey: string;
  labels: { label: string; quoteIds: number[] }[];
}

/** People who carry more than one label across these quotes (one person gets one label per report). */
export function findLabelConflicts(quotes: readonly LabelledQuote[]): LabelConflict[] {
  const byPerson = new Map<string, Map<string, number[]>>();
  for (const quote of quotes) {
    if (!quote.personKey) continue;
    const labels = byPerson.get(quote.personKey) ?? new Map<string, number[]>();
    labels.set(quote.label, [...(labels.get(quote.label) ?? []), quote.quoteId]);
    byPerson.set(quote.personKey, labels);
  }
  const conflicts: LabelConflict[] = [];
  for (const [personKey, labels] of byPerson) {
    if (labels.size > 1)
      conflicts.push({ personKey, labels: [...labels].map(([label, quoteIds]) => ({ label, quoteIds })) });
  }
  return conflicts;
}

/** Refuses a label that differs from the one this person already carries in an approved quote. */
export function assertSameLabel(candidate: LabelledQuote, approved: readonly LabelledQuote[]): void {
  if (!candidate.personKey) return;
  const other = approved.find(
    (quote) => quote.personKey === candidate.personKey && quote.quoteId !== candidate.quoteId,
  );
  if (other && other.label !== candidate.label) {
    throw new AppError(
      "conflict",
      `The same person already has an approved quote labelled ‘${other.label}’. One person gets one label per report: give this quote the same attribution.`,
    );
  }
}
