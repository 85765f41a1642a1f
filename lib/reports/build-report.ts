import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, projects, quotes, reportThemes } from "../../db/schema";
import { countingStatement } from "../adjudication/counted-codings";
import { buildMethodsAppendix, type MethodsAppendix } from "../agreement/methods-appendix";
import { AppError } from "../errors";
import { readReview } from "../quotes/review-types";
import { type Comparison, resolveComparison } from "../waves/comparison";
import { type ReportMetric, themeSection } from "./theme-section";

export interface ReportQuote {
  id: number;
  wording: string;
  attribution: string;
  sourceKind: "survey" | "focus_group" | null;
  wave: string | null;
}

export interface ReportTheme {
  codeId: number;
  name: string;
  summary: string;
  metrics: ReportMetric[];
  quotes: ReportQuote[];
}

export interface Report {
  projectName: string;
  projectSlug: string;
  generatedAt: Date;
  /** Every wave a metric table shows, oldest first (the CSV's value columns). */
  waves: string[];
  /** The waves every change in the report is between (lib/waves); `label` reads "2023 → 2025". */
  comparison: Comparison;
  themes: ReportTheme[];
  /** Which codings the figures count (the project's counting setting), in one sentence. */
  counting: string;
  /** The methods appendix (agreement of a round, coders by role), when asked for and a round exists. */
  methods: MethodsAppendix | null;
}

/**
 * The report: every theme with an approved quote, in the author's order, with its summary line, linked
 * metrics and approved quotes. Note: only approved quotes are read, and their wording is the reviewed,
 * anonymised wording — never the segment's text.
 */
export function buildReport(
  db: Db,
  projectId: number,
  options: {
    now?: Date;
    compare?: string | null;
    comparison?: Comparison;
    /** true: the latest closed round's agreement as an appendix; a number: that round's. */
    methods?: boolean | number;
  } = {},
): Report {
  const project = db
    .select({ name: projects.name, slug: projects.slug })
    .from(projects)
    .where(eq(projects.id, projectId))
    .get();
  if (!project) throw new AppError("not_found", "Project not found.");
  const themes = listReportThemes(db, projectId);
  const approved = db
    .select({
      id: quotes.id,
      codeId: quotes.codeId,
      wording: quotes.wording,
      attribution: quotes.attribution,
      review: quotes.review,
    })
    .from(quotes)
    .where(and(eq(quotes.projectId, projectId), eq(quotes.status, "approved")))
    .orderBy(sql`${quotes.reportPosition} is null`, asc(quotes.reportPosition), asc(quotes.id))
    .all();
  const comparison = resolveComparison(db, projectId, options);
  const sections = new Map(themes.map((theme) => [theme.id, themeSection(db, projectId, theme.id, comparison)]));
  const reportWaves = [
    ...new Set([...sections.values()].flatMap((section) => section.metrics.flatMap((metric) => metric.waves))),
  ].sort((left, right) => left.localeCompare(right, "en-GB", { numeric: true }));
  return {
    projectName: project.name,
    projectSlug: project.slug,
    generatedAt: options.now ?? new Date(),
    waves: reportWaves,
    comparison,
    counting: countingStatement(db, projectId).text,
    methods: options.methods
      ? buildMethodsAppendix(db, projectId, typeof options.methods === "number" ? options.methods : null)
      : null,
    themes: themes.map((theme) => ({
      codeId: theme.id,
      name: theme.name,
      summary: sections.get(theme.id)!.summary,
      metrics: sections.get(theme.id)!.metrics,
      quotes: approved
        .filter((quote) => quote.codeId === theme.id)
        .map((quote) => {
          const source = readReview(quote.review).source;
          return {
            id: quote.id,
            wording: quote.wording,
            attribution: quote.attribution,
            sourceKind: source?.kind ?? null,
            wave: source?.wave ?? null,
          };
        }),
    })),
  };
}

/** Themes with at least one approved quote, in the author's report order (then the codebook's). */
export function listReportThemes(db: Db, projectId: number): { id: number; name: string }[] {
  return db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .leftJoin(reportThemes, and(eq(reportThemes.codeId, codes.id), eq(reportThemes.projectId, projectId)))
    .where(
      and(
        eq(codes.projectId, projectId),
        sql`exists (select 1 from ${quotes} where ${quotes.codeId} = ${codes.id} and ${quotes.status} = 'approved')`,
      ),
    )
    .orderBy(sql`${reportThemes.position} is null`, asc(reportThemes.position), asc(codes.position), asc(codes.id))
    .all();
}
