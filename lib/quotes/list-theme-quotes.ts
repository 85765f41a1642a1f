import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type QuoteStatus, quotes } from "../../db/schema";

export interface ThemeQuote {
  id: number;
  status: Extract<QuoteStatus, "shortlisted" | "approved">;
  /** Always the anonymised wording: a quote never holds raw text. */
  wording: string;
  attribution: string;
  reportPosition: number | null;
  decidedAt: Date | null;
}

/**
 * The quotes a theme summary shows: approved ones for everyone, and shortlisted ones too when
 * `includeUnapproved` is set (pass `roleAllows(role, "read_text")`).
 * Note: candidates and rejected quotes are never returned, and a viewer must get
 * `includeUnapproved: false` — viewers see approved text only.
 */
export function listThemeQuotes(
  db: Db,
  projectId: number,
  codeId: number,
  options: { includeUnapproved: boolean },
): ThemeQuote[] {
  const statuses: ThemeQuote["status"][] = options.includeUnapproved ? ["approved", "shortlisted"] : ["approved"];
  const rows = db
    .select({
      id: quotes.id,
      status: quotes.status,
      wording: quotes.wording,
      attribution: quotes.attribution,
      reportPosition: quotes.reportPosition,
      decidedAt: quotes.decidedAt,
    })
    .from(quotes)
    .where(and(eq(quotes.projectId, projectId), eq(quotes.codeId, codeId), inArray(quotes.status, statuses)))
    // Approved first, in report order; then shortlisted, oldest first.
    .orderBy(
      sql`case ${quotes.status} when 'approved' then 0 else 1 end`,
      sql`${quotes.reportPosition} is null`,
      asc(quotes.reportPosition),
      asc(quotes.id),
    )
    .all();
  return rows as ThemeQuote[];
}
