import { z } from "zod";
import type { PageDb } from "@/app/_server/page";
import { type AgreementSelection, chosenSelection, roundSelection } from "@/lib/agreement/agreement-selection";

const ids = z
  .string()
  .max(4000)
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .filter(Boolean)
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
  );

/** The report's search parameters: `round`, or `coders` (ids, comma-separated) with optional `documents`. */
export const selectionParams = z.object({
  round: z.coerce.number().int().positive().optional().catch(undefined),
  coders: ids,
  documents: ids,
});

export type SelectionParams = z.infer<typeof selectionParams>;

/** A page's search parameters; a checkbox list arrives as several values of one name. */
export type PageSearch = Record<string, string | string[] | undefined>;

export const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);

export function selectionParamsOf(search: PageSearch): SelectionParams {
  return selectionParams.parse({
    round: joined(search.round),
    coders: joined(search.coders),
    documents: joined(search.documents),
  });
}

/** The selection the parameters name, or null when they name none yet. */
export function selectionFrom(db: PageDb, projectId: number, params: SelectionParams): AgreementSelection | null {
  if (params.round) return roundSelection(db, projectId, params.round);
  if (params.coders.length === 0) return null;
  return chosenSelection(db, projectId, params.coders, params.documents);
}

/** The same selection as search parameters, for links between the report, its CSV and the queue. */
export function selectionQuery(selection: AgreementSelection): string {
  if (selection.roundId !== null) return `round=${selection.roundId}`;
  const documents = selection.documentIds?.length ? `&documents=${selection.documentIds.join(",")}` : "";
  return `coders=${selection.coderIds.join(",")}${documents}`;
}
