import type { Db } from "../../db/client";
import { documents, participantAttributes, turns } from "../../db/schema";
import { indexDocumentText } from "../../db/search-index";
import { recordEvent } from "../events/record-event";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureParticipant } from "../imports/ensure-participant";
import type { QdpxImportSummary } from "../imports/import-job-types";
import { ImportError } from "../imports/parsers/import-error";
import { assertActorMay, type ExchangeActor } from "./exchange-actor";
import { ensureImportedUser } from "./imported-identities";
import { countOnBoundaries, describeConvention, offsetMapper } from "./offset-convention";
import { chooseConvention, type PreparedSource, prepareSource } from "./prepare-refi-source";
import { pushTo } from "./push-to";
import { type RefiProject, readQdpx } from "./read-qdpx";
import { countCodes } from "./refi-code-tree";
import { refiToolName } from "./refi-tool-name";
import { storeCodeTree } from "./store-code-tree";
import { storeRefiNotes } from "./store-refi-notes";

export type { QdpxImportSummary };

/**
 * Imports a REFI-QDA project (.qdpx from NVivo, MAXQDA, ATLAS.ti, QualCoder, qc or Quoteline) into a
 * project in one transaction: text sources become transcripts, the code tree joins the codebook,
 * every coding lands on the same text, coders become identities without a login ("imported from
 * NVivo: Jane"), cases become participants with attributes, notes become memos. A file that cannot
 * be read raises an ImportError and stores nothing.
 */
export async function importQdpx(
  db: Db,
  actor: ExchangeActor,
  input: { bytes: Uint8Array; filename: string },
): Promise<QdpxImportSummary> {
  assertActorMay(actor, "import");
  return storeQdpx(db, actor, await readQdpx(input.bytes), { filename: input.filename });
}

/**
 * The synchronous half of importQdpx: stores a .qdpx already read by readQdpx, in one transaction.
 * An import job's worker can read the file in its parse phase and call this in its store phase.
 */
export function storeQdpx(
  db: Db,
  actor: ExchangeActor,
  file: RefiProject,
  input: { filename: string; importId?: number | null },
): QdpxImportSummary {
  assertActorMay(actor, "import");
  const fromQuoteline = file.origin?.startsWith("Quoteline") ?? false;
  const warnings: string[] = [];
  const convention = chooseConvention(file);
  const onBoundaries = file.sources.reduce(
    (sum, source) => sum + countOnBoundaries(source.text, offsetMapper(source.text, convention), source.selections),
    0,
  );
  const selectionCount = file.sources.reduce((sum, source) => sum + source.selections.length, 0);
  const anyCrlf = file.sources.some((source) => source.text.includes("\r\n"));
  const anyBom = file.sources.some((source) => source.hadBom);
  const departures = [...file.departures];
  if (convention.unit !== "code points") departures.push("selection offsets counted in UTF-16 units, not code points");
  if (convention.lineEnds === "LF") departures.push("selection offsets counted as if CRLF were LF");
  if (convention.bom === "counted") departures.push("selection offsets counting the byte order mark");
  if (
    file.codes.some(function nonGuid(code): boolean {
      return (
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(
          code.guid.toLowerCase().replace(/^\{|\}$/g, ""),
        ) || code.children.some(nonGuid)
      );
    })
  )
    departures.push("code identifiers that are not GUIDs");

  const skipped = { selections: 0, codingsWithoutCode: 0, duplicateCodings: 0, sources: 0 };
  skipped.sources += Object.values(file.skippedSources).reduce((sum, count) => sum + count, 0);
  for (const [kind, count] of Object.entries(file.skippedSources)) {
    warnings.push(`${count} ${kind} source${count === 1 ? " was" : "s were"} left out: Quoteline holds text only.`);
  }

  const caseOfSelection = new Map<string, string>();
  for (const entry of file.cases) for (const guid of entry.selectionGuids) caseOfSelection.set(guid, entry.guid);
  const prepared: PreparedSource[] = [];
  for (const source of file.sources) {
    const prepare = prepareSource(source, convention, fromQuoteline, caseOfSelection, file);
    if (!prepare) {
      skipped.sources++;
      warnings.push(`"${source.name}" holds no text and was left out.`);
      continue;
    }
    skipped.selections += source.selections.length - prepare.selections.length - prepare.turnSelections;
    prepared.push(prepare.prepared);
  }
  if (prepared.length === 0 && countCodes(file.codes) === 0) {
    throw new ImportError("This .qdpx holds no text sources and no codes: there is nothing to import.");
  }
  const tool = refiToolName(file.origin);

  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const projectId = actor.projectId;
    const codeTree = storeCodeTree(txDb, projectId, file.codes);

    const userNames = new Map(file.users.map((user) => [user.guid, user.name]));
    const userIds = new Map<string, number>();
    const coder = (guid: string | null): number => {
      if (!guid) return fallbackCoder();
      const known = userIds.get(guid);
      if (known !== undefined) return known;
      const id = ensureImportedUser(txDb, guid, userNames.get(guid) || `coder ${guid.slice(0, 8)}`, tool);
      userIds.set(guid, id);
      return id;
    };
    const fallbackCoder = (): number => {
      if (file.creatingUser) return coder(file.creatingUser);
      if (file.users.length === 1) return coder(file.users[0].guid);
      return actor.userId;
    };
    for (const user of file.users) coder(user.guid);

    const participantIds = new Map<string, number>();
    const participantByName = (name: string): number => {
      const known = participantIds.get(name);
      if (known !== undefined) return known;
      const id = ensureParticipant(txDb, projectId, name);
      participantIds.set(name, id);
      return id;
    };
    const caseParticipant = new Map<string, number>();
    for (const entry of file.cases) {
      const id = participantByName(entry.name);
      caseParticipant.set(entry.guid, id);
      for (const value of entry.values) {
        tx.insert(participantAttributes)
          .values({
            participantId: id,
            attributeId: ensureAttribute(txDb, projectId, value.variable),
            value: value.value,
          })
          .onConflictDoNothing()
          .run();
      }
    }
    const casesOfSource = new Map<string, string[]>();
    for (const entry of file.cases) {
      for (const guid of entry.sourceGuids) pushTo(casesOfSource, guid, entry.guid);
    }

    // Prepared once: a large project file brings tens of thousands of segments and codings.
    const insertSegment = db.$client.prepare(
      "insert into segments (project_id, document_id, start_offset, end_offset, text, created_at) values (?, ?, ?, ?, ?, coalesce(?, unixepoch('subsec') * 1000))",
    );
    const insertCoding = db.$client.prepare(
      "insert into codings (project_id, segment_id, code_id, coder_id, created_at) values (?, ?, ?, ?, coalesce(?, unixepoch('subsec') * 1000)) on conflict do nothing",
    );
    const segmentOfSelection = new Map<string, number>();
    const documentOfSource = new Map<string, number>();
    let codingCount = 0;
    for (const { source, text, turns: sourceTurns, selections } of prepared) {
      const documentId = tx
        .insert(documents)
        .values({
          projectId,
          kind: "transcript",
          title: source.name.slice(0, 300),
          sourceFilename: input.filename,
          sourceFormat: "qdpx",
          importId: input.importId ?? null,
          text,
          textLength: text.length,
          ...(source.createdAt ? { createdAt: source.createdAt } : {}),
        })
        .returning({ id: documents.id })
        .get().id;
      documentOfSource.set(source.guid, documentId);
      const soleCase = casesOfSource.get(source.guid)?.length === 1 ? casesOfSource.get(source.guid)![0] : null;
      const turnRows = sourceTurns.map((turn, position) => ({
        documentId,
        position,
        speaker: turn.speaker,
        participantId: turn.caseGuid
          ? (caseParticipant.get(turn.caseGuid) ?? null)
          : turn.speaker
            ? participantByName(turn.speaker)
            : soleCase
              ? (caseParticipant.get(soleCase) ?? null)
              : null,
        startOffset: turn.startOffset,
        endOffset: turn.endOffset,
        text: text.slice(turn.startOffset, turn.endOffset),
      }));
      for (let index = 0; index < turnRows.length; index += 500) {
        tx.insert(turns)
          .values(turnRows.slice(index, index + 500))
          .run();
      }
      indexDocumentText(db, documentId, "transcript");

      const segmentIds = new Map<string, number>();
      for (const { selection, start, end } of selections) {
        const key = `${start}:${end}`;
        let segmentId = segmentIds.get(key);
        if (segmentId === undefined) {
          segmentId = Number(
            insertSegment.run(
              projectId,
              documentId,
              start,
              end,
              text.slice(start, end),
              selection.createdAt?.getTime() ?? null,
            ).lastInsertRowid,
          );
          segmentIds.set(key, segmentId);
        }
        segmentOfSelection.set(selection.guid, segmentId);
        for (const coding of selection.codings) {
          const codeId = codeTree.codeIds.get(coding.codeGuid);
          if (codeId === undefined) {
            skipped.codingsWithoutCode++;
            continue;
          }
          const inserted =
            insertCoding.run(
              projectId,
              segmentId,
              codeId,
              coder(coding.creatingUser ?? selection.creatingUser),
              (coding.createdAt ?? selection.createdAt)?.getTime() ?? null,
            ).changes > 0;
          if (inserted) codingCount++;
          else skipped.duplicateCodings++;
        }
      }
    }

    const memoCount = storeRefiNotes(txDb, {
      projectId,
      file,
      prepared,
      documentOfSource,
      segmentOfSelection,
      codeIds: codeTree.codeIds,
      authorOf: (guid) => (guid ? coder(guid) : fallbackCoder()),
    });

    const summary: QdpxImportSummary = {
      origin: file.origin,
      tool,
      documents: prepared.length,
      codes: { inFile: countCodes(file.codes), created: codeTree.created, matched: codeTree.matched },
      codings: codingCount,
      users: userIds.size,
      participants: participantIds.size,
      memos: memoCount,
      offsetConvention: describeConvention(convention, anyCrlf, anyBom),
      selections: { total: selectionCount, onWordBoundaries: onBoundaries },
      skipped,
      renamedCodes: codeTree.renamed,
      departures,
      warnings,
    };
    recordEvent(tx, {
      projectId,
      actorId: actor.userId,
      action: "exchange.import",
      target: { type: "project", id: projectId },
      detail: {
        format: "qdpx",
        filename: input.filename,
        origin: file.origin,
        documents: summary.documents,
        codings: summary.codings,
        offsetConvention: summary.offsetConvention,
      },
    });
    return summary;
  });
}
