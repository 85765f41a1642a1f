import type { Db } from "../../db/client";
import { recordEvent } from "../events/record-event";
import { decodeText } from "../imports/parsers/decode-text";
import { ImportError } from "../imports/parsers/import-error";
import { assertActorMay, type ExchangeActor } from "./exchange-actor";
import { countCodes, readRefiCodes } from "./refi-code-tree";
import { attribute, child, parseRefiXml } from "./refi-xml";
import { isGuid, normaliseGuid } from "./stable-guid";
import { storeCodeTree } from "./store-code-tree";

/** A codebook is a few hundred codes of XML: it is read within the request, so it stays small. */
export const MAX_QDC_BYTES = 5 * 1024 * 1024;

export interface QdcImportSummary {
  codes: number;
  created: number;
  matched: number;
  renamed: { from: string; to: string }[];
  /** The file's code identifiers → the project's code ids; hand-written files use ids like "c001". */
  mapping: Record<string, number>;
  /** Identifiers in the file that are not GUIDs as the standard requires (kept, and mapped all the same). */
  nonGuidIdentifiers: number;
  origin: string | null;
}

/** Reads a .qdc's XML, or says clearly why it cannot. */
export function parseQdc(bytes: Uint8Array): { origin: string | null; root: ReturnType<typeof parseRefiXml> } {
  const text = decodeText(bytes).text.replace(/^\uFEFF/, "");
  let parsed: ReturnType<typeof parseRefiXml>;
  try {
    parsed = parseRefiXml(text);
  } catch {
    throw new ImportError("This codebook is not well-formed XML, so it cannot be read.");
  }
  const root = child(parsed, "CodeBook");
  if (!root || !child(root, "Codes")) {
    throw new ImportError("This file is not a REFI-QDA codebook (.qdc): it has no <CodeBook> with <Codes>.");
  }
  return { origin: attribute(root, "origin") ?? null, root };
}

/**
 * Imports a REFI-QDA codebook into the project in one transaction. Codes the project already has
 * (same name) are kept as they are; new ones join the tree under their parents.
 */
export function importQdc(
  db: Db,
  actor: ExchangeActor,
  input: { bytes: Uint8Array; filename: string },
): QdcImportSummary {
  assertActorMay(actor, "code");
  const { origin, root } = parseQdc(input.bytes);
  const tree = readRefiCodes(child(root, "Codes"), origin?.startsWith("Quoteline") ?? false);
  const total = countCodes(tree);
  if (total === 0) throw new ImportError("This codebook has no codes.");
  return db.transaction((tx) => {
    const stored = storeCodeTree(tx as unknown as Db, actor.projectId, tree);
    const mapping: Record<string, number> = {};
    let nonGuid = 0;
    const walk = (codes: typeof tree) => {
      for (const code of codes) {
        mapping[code.guid] = stored.codeIds.get(normaliseGuid(code.guid))!;
        if (!isGuid(code.guid)) nonGuid++;
        walk(code.children);
      }
    };
    walk(tree);
    recordEvent(tx, {
      projectId: actor.projectId,
      actorId: actor.userId,
      action: "exchange.import",
      target: { type: "project", id: actor.projectId },
      detail: { format: "qdc", filename: input.filename, codes: total, created: stored.created },
    });
    return {
      codes: total,
      created: stored.created,
      matched: stored.matched,
      renamed: stored.renamed,
      mapping,
      nonGuidIdentifiers: nonGuid,
      origin,
    };
  });
}
