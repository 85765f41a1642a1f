import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members } from "../../db/schema";
import { AppError } from "../errors";
import type { KindHandler } from "../imports/import-kinds";
import { registerImportKind } from "../imports/import-kinds";
import { storeQdpx } from "./import-qdpx";
import { type RefiProject, readQdpx } from "./read-qdpx";
import { countCodes } from "./refi-code-tree";
import { refiToolName } from "./refi-tool-name";

/** The role of the researcher who confirmed the job: the store checks it again, as every use case does. */
function roleOfUploader(db: Db, projectId: number, userId: number) {
  const member = db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.projectId, projectId), eq(members.userId, userId)))
    .get();
  if (!member) throw new AppError("forbidden", "You are no longer a member of this project.");
  return member.role;
}

/**
 * A REFI-QDA project (.qdpx) on the import job pool: read in the worker behind the zip guard, shown as
 * what it holds, then stored in one transaction, like any other upload.
 */
export const qdpxImportKind: KindHandler<"qdpx"> = {
  async parse(_db, _job, bytes, onProgress) {
    const project = await readQdpx(bytes);
    onProgress(0.6);
    return { kind: "qdpx", project };
  },
  preview(_db, _job, parsed) {
    const project = parsed.project as RefiProject;
    return {
      kind: "qdpx",
      tool: refiToolName(project.origin),
      origin: project.origin,
      documents: project.sources.length,
      codes: countCodes(project.codes),
      selections: project.sources.reduce((sum, source) => sum + source.selections.length, 0),
      codings: project.sources.reduce(
        (sum, source) => sum + source.selections.reduce((inner, selection) => inner + selection.codings.length, 0),
        0,
      ),
      users: project.users.length,
      cases: project.cases.length,
      notes: project.notes.length,
      skippedSources: project.skippedSources,
      departures: project.departures,
    };
  },
  store(db, job, parsed, _options, onProgress) {
    const actor = { userId: job.userId, projectId: job.projectId, role: roleOfUploader(db, job.projectId, job.userId) };
    const summary = storeQdpx(db, actor, parsed.project as RefiProject, { filename: job.filename, importId: job.id });
    onProgress(1);
    return {
      kind: "qdpx",
      documents: summary.documents,
      turns: 0,
      speakers: summary.participants,
      respondents: 0,
      answers: 0,
      attributes: 0,
      qdpx: summary,
    };
  },
};

/** Lets the process that runs import jobs (the import worker, tests) take .qdpx uploads. */
export function registerQdpxImportKind(): void {
  registerImportKind("qdpx", qdpxImportKind);
}
