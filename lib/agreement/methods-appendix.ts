import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, type Role, rounds } from "../../db/schema";
import { getAgreementReport } from "./agreement-report";
import { roundSelection } from "./agreement-selection";

export interface MethodsAppendix {
  roundName: string;
  /** The coders by role, never by name: "two researchers". */
  coders: string;
  units: number;
  documents: number;
  seed: string;
  resamples: number;
  themes: { name: string; alpha: number | null; low: number | null; high: number | null; verdict: string }[];
  pooled: { alpha: number | null; low: number | null; high: number | null; verdict: string };
}

const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ROLE_WORDS: Record<Role, [string, string]> = {
  owner: ["project owner", "project owners"],
  researcher: ["researcher", "researchers"],
  lead: ["programme lead", "programme leads"],
  author: ["report author", "report authors"],
  viewer: ["viewer", "viewers"],
};

/** "two researchers and one project owner": how many coders of each role, in words. */
export function codersByRole(roles: (Role | null)[]): string {
  const counts = new Map<string, number>();
  for (const role of roles) {
    const key = role ?? "former member";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([role, count]) => {
    const words = ROLE_WORDS[role as Role] ?? ["former member", "former members"];
    return `${NUMBERS[count] ?? count} ${count === 1 ? words[0] : words[1]}`;
  });
  return parts.length <= 1 ? (parts[0] ?? "no coders") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * The methods appendix of the report export: a round's coders by role (never by name) and α per theme
 * with its interval. By default the latest closed round; null when the project has none.
 */
export function buildMethodsAppendix(db: Db, projectId: number, roundId?: number | null): MethodsAppendix | null {
  const round =
    roundId != null
      ? db
          .select({ id: rounds.id })
          .from(rounds)
          .where(and(eq(rounds.id, roundId), eq(rounds.projectId, projectId)))
          .get()
      : db
          .select({ id: rounds.id })
          .from(rounds)
          .where(and(eq(rounds.projectId, projectId), eq(rounds.status, "closed")))
          .orderBy(desc(rounds.closedAt), desc(rounds.id))
          .get();
  if (!round) return null;
  const selection = roundSelection(db, projectId, round.id);
  if (selection.coderIds.length < 2) return null;
  const report = getAgreementReport(db, projectId, selection);
  const roles = new Map(
    db
      .select({ userId: members.userId, role: members.role })
      .from(members)
      .where(and(eq(members.projectId, projectId), inArray(members.userId, selection.coderIds)))
      .all()
      .map((row) => [row.userId, row.role]),
  );
  const figures = (value: (typeof report)["pooled"]) => ({
    alpha: value.alpha,
    low: value.interval?.low ?? null,
    high: value.interval?.high ?? null,
    verdict: value.verdict,
  });
  return {
    roundName: selection.roundName ?? "",
    coders: codersByRole(selection.coderIds.map((id) => roles.get(id) ?? null)),
    units: Math.max(0, ...report.perCode.map((code) => code.units)),
    documents: report.documents,
    seed: report.seed,
    resamples: report.resamples,
    themes: report.perCode.map((code) => ({ name: code.name, ...figures(code) })),
    pooled: figures(report.pooled),
  };
}

const three = (value: number | null) => (value === null ? "–" : value.toFixed(3));

/** The appendix as plain sentences and rows, for the Word and Markdown renderers alike. */
export function methodsText(appendix: MethodsAppendix): { intro: string; rows: string[][]; pooled: string } {
  return {
    intro: `Inter-coder agreement was measured in the round “${appendix.roundName}”: ${appendix.coders} coded the same ${appendix.units.toLocaleString("en-GB")} units (answers and focus-group turns) in ${appendix.documents} documents independently. For each theme, a unit counts as coded or not by each coder; Krippendorff’s α (nominal) is given with a 95% bootstrap interval from ${appendix.resamples.toLocaleString("en-GB")} resamples of units (seed “${appendix.seed}”). α of 0.800 or more is read as reliable, 0.667 to 0.800 as tentative.`,
    rows: appendix.themes.map((theme) => [
      theme.name,
      three(theme.alpha),
      theme.low === null ? "–" : `${three(theme.low)} to ${three(theme.high)}`,
      theme.verdict,
    ]),
    pooled: `All themes pooled: α = ${three(appendix.pooled.alpha)}${appendix.pooled.low === null ? "" : ` (95% interval ${three(appendix.pooled.low)} to ${three(appendix.pooled.high)})`}. ${appendix.pooled.verdict}`,
  };
}
