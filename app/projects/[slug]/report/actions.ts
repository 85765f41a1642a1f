"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { setReportQuoteOrder, setReportThemeOrder } from "@/lib/reports/reorder-report";

const id = z.coerce.number().int().positive();

/** Orders the report's themes. */
export const reorderReportThemes = projectAction(
  "edit_quotes",
  z.object({ codeIds: z.array(id).max(1000) }),
  (input, { db, project, role, userId }) => {
    setReportThemeOrder(db, { userId, role }, { projectId: project.id, codeIds: input.codeIds });
    revalidatePath(`/projects/${project.slug}/report`);
    return { codeIds: input.codeIds };
  },
);

/** Orders one theme's approved quotes in the report. */
export const reorderReportQuotes = projectAction(
  "edit_quotes",
  z.object({ codeId: id, quoteIds: z.array(id).max(1000) }),
  (input, { db, project, role, userId }) => {
    setReportQuoteOrder(
      db,
      { userId, role },
      { projectId: project.id, codeId: input.codeId, quoteIds: input.quoteIds },
    );
    revalidatePath(`/projects/${project.slug}/report`);
    return { quoteIds: input.quoteIds };
  },
);
