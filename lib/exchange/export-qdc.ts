import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, projects } from "../../db/schema";
import { AppError } from "../errors";
import { codeDescription } from "./build-project-qde";
import { assertActorMay, type ExchangeActor } from "./exchange-actor";
import { exportFilename } from "./export-filename";
import type { ExportedFile } from "./export-qdpx";
import { pushTo } from "./push-to";
import { buildXml, CODEBOOK_NAMESPACE, ORIGIN, type XmlNode, xmlText } from "./refi-xml";
import { stableGuid } from "./stable-guid";

/** The project's code tree as a REFI-QDA codebook (.qdc): names, colours, descriptions, hierarchy. */
export function buildCodebookQdc(db: Db, projectId: number): string {
  const rows = db
    .select()
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .orderBy(asc(codes.position), asc(codes.id))
    .all();
  const childrenOf = new Map<number | null, typeof rows>();
  for (const code of rows) pushTo(childrenOf, code.parentId, code);
  const node = (code: (typeof rows)[number]): XmlNode => {
    const description = codeDescription(code);
    const element: XmlNode = {
      "@_guid": stableGuid(projectId, "code", code.id),
      "@_name": xmlText(code.name),
      "@_isCodable": "true",
      "@_color": code.colour,
    };
    if (description) element.Description = xmlText(description);
    const subcodes = childrenOf.get(code.id) ?? [];
    if (subcodes.length > 0) element.Code = subcodes.map(node);
    return element;
  };
  const top = childrenOf.get(null) ?? [];
  if (top.length === 0) throw new AppError("invalid_input", "This project has no codes to export yet.");
  return buildXml("CodeBook", {
    "@_xmlns": CODEBOOK_NAMESPACE,
    "@_origin": ORIGIN,
    Codes: { Code: top.map(node) },
  });
}

/** The codebook as a .qdc file: codes carry no coded text, so whoever may read the codebook may export it. */
export function exportQdc(db: Db, actor: ExchangeActor): ExportedFile {
  assertActorMay(actor, "read_text");
  const project = db.select({ name: projects.name }).from(projects).where(eq(projects.id, actor.projectId)).get();
  if (!project) throw new AppError("not_found", "Project not found.");
  return {
    filename: exportFilename(`${project.name} codebook`, "qdc"),
    contentType: "application/xml",
    body: Buffer.from(buildCodebookQdc(db, actor.projectId), "utf8"),
  };
}
