"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { importMetricCsv, MAX_METRIC_CSV_CHARACTERS, METRIC_FILE_KINDS } from "@/lib/metrics/import-metric-csv";

const importSchema = z.object({
  kind: z.enum(METRIC_FILE_KINDS),
  csv: z.string().max(MAX_METRIC_CSV_CHARACTERS, "This file is too large for a metric CSV."),
});

/** Imports metric levels or published changes from a CSV; a bad row is refused with its line number. */
export const importMetrics = projectAction("import", importSchema, (input, { db, project, userId }) => {
  const result = importMetricCsv(db, project.id, userId, input);
  revalidatePath(`/projects/${project.slug}`, "layout");
  return result;
});
