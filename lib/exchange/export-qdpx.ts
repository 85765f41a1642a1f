import type { Db } from "../../db/client";
import { recordEvent } from "../events/record-event";
import { buildProjectQde } from "./build-project-qde";
import { assertActorMay, type ExchangeActor } from "./exchange-actor";
import { exportFilename } from "./export-filename";
import { loadExportData } from "./load-export-data";
import { zipFiles } from "./zip-files";

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * The project (or chosen documents) as a REFI-QDA project file (.qdpx) for NVivo, MAXQDA,
 * ATLAS.ti or QualCoder. Raw coded text leaves the tool, so it needs export_raw and is logged.
 */
export async function exportQdpx(
  db: Db,
  actor: ExchangeActor,
  input: { documentIds?: number[] } = {},
): Promise<ExportedFile & { qde: string }> {
  assertActorMay(actor, "export_raw");
  const data = loadExportData(db, actor.projectId, input.documentIds, { userId: actor.userId, role: actor.role });
  const built = buildProjectQde(data);
  const body = await zipFiles([
    { path: "project.qde", data: built.qde },
    ...built.sources.map((source) => ({ path: source.path, data: source.text })),
  ]);
  recordEvent(db, {
    projectId: actor.projectId,
    actorId: actor.userId,
    action: "exchange.export",
    target: { type: "project", id: actor.projectId },
    detail: { format: "qdpx", documents: data.documents.length },
  });
  return {
    filename: exportFilename(data.project.name, "qdpx"),
    contentType: "application/zip",
    body,
    qde: built.qde,
  };
}
