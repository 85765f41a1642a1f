import type { Db } from "../../db/client";

import { findLabelConflicts } from "../attribution/one-label-per-person";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { listApprovedLabels } from "../quotes/approved-labels";
import { buildReport } from "./build-report";
import { renderCsv } from "./render-csv";
import { renderDocx } from "./render-docx";
import { renderMarkdown } from "./render-markdown";

export const REPORT_FORMATS = ["docx", "md", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export interface ReportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * The report as a file. Note: it holds approved quotes only, and refuses to export if one person
 * carries two labels (approval prevents it; this catches anything that slipped past).
 */
export async function exportReport(
  db: Db,
  projectId: number,
  format: ReportFormat,
  options: { actorId?: number | null; now?: Date; compare?: string | null; methods?: boolean | number } = {},
): Promise<ReportFile> {
  const conflicts = findLabelConflicts(listApprovedLabels(db, projectId));
  if (conflicts.length > 0) {
    const quoteIds = conflicts.flatMap((conflict) => conflict.labels.flatMap((label) => label.quoteIds));
    throw new AppError(
      "conflict",
      `One person carries different labels in approved quotes ${quoteIds.map((id) => `#${id}`).join(", ")}: give them one label before exporting.`,
    );
  }
  const report = buildReport(db, projectId, {
    now: options.now,
    compare: options.compare ?? null,
    methods: options.methods,
  });
  const body =
    format === "docx"
      ? await renderDocx(report)
      : Buffer.from(format === "md" ? renderMarkdown(report) : `\uFEFF${renderCsv(report)}`, "utf8");
  recordEvent(db, {
    projectId,
    actorId: options.actorId ?? null,
    action: "report.export",
    detail: {
      format,
      themes: report.themes.length,
      quotes: report.themes.reduce((sum, theme) => sum + theme.quotes.length, 0),
    },
  });
  const date = report.generatedAt.toISOString().slice(0, 10);
  return { filename: `${report.projectSlug}-report-${date}.${format}`, contentType: CONTENT_TYPES[format], body };
}
