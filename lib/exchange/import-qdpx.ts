import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  codings,
  documents,
  memos,
  participantAttributes,
  participants,
  segments,
  turns,
  users,
} from "../../db/schema";
import { indexDocumentText } from "../../db/search-index";
import { recordEvent } from "../events/record-event";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ImportError } from "../imports/parsers/import-error";
import type { MemoNode } from "../memos/memo-body";
import { assertActorMay, type ExchangeActor } from "./exchange-actor";
import { speakerLabel } from "./labelled-text";
import {
  candidateConventions,
  countOnBoundaries,
  describeConvention,
  type OffsetConvention,
  offsetMapper,
  STANDARD_CONVENTION,
  scoreConvention,
} from "./offset-convention";
import { pushTo } from "./push-to";
import { type RefiProject, type RefiSource, readQdpx } from "./read-qdpx";
import { countCodes } from "./refi-code-tree";
import { refiToolName } from "./refi-tool-name";
import { type RefiTurn, refiTurns } from "./refi-turns";
import { storeCodeTree } from "./store-code-tree";

/** A .qdpx above this size goes through the import job pool instead of the request (see the exchange route). */
export const MAX_QDPX_IN_REQUEST_BYTES = 20 * 1024 * 1024;

/** Unusable as a bcrypt hash, so a coder brought in from another tool can never sign in. */
export const IMPORTED_USER_PASSWORD_HASH = "!imported: no sign-in";

export interface QdpxImportSummary {
  origin: string | null;
  tool: string;
  documents: number;
  codes: { inFile: number; created: number; matched: number };
  codings: number;
  users: number;
  participants: number;
  memos: number;
  /** How the file counted its selection offsets, found by reading the text each reading would select. */
  offsetConvention: string;
  selections: { total: number; onWordBoundaries: number };
  skipped: {
    /** Selections outside their text, empty, or only spaces. */
    selections: number;
    /** Codings naming a code that is not in the file's codebook. */
    codingsWithoutCode: number;
    /** The same code on the same text by the same coder, more than once. */
    duplicateCodings: number;
    /** Sources that are not text (pictures, PDFs, audio, video) or that hold no text. */
    sources: number;
  };
  renamedCodes: { from: string; to: string }[];
  departures: string[];
  warnings: string[];
}

interface PreparedSource {
  source: RefiSource;
  text: string;
  turns: (RefiTurn & { caseGuid: string | null })[];
  selections: { selection: RefiSource["selections"][number]; start: number; end: number }[];
}

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
  return storeQdpx(db, actor, await readQdpx(input.bytes), input.filename);
}

/**
 * The synchronous half of importQdpx: stores a .qdpx already read by readQdpx, in one transaction.
 * An import job's worker can read the file in its parse phase and call this in its store phase.
 */
export function storeQdpx(db: Db, actor: ExchangeActor, file: RefiProject, filename: string): QdpxImportSummary {
  assertActorMay(actor, "import");
  const input = { filename };
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

    const noteTargets = new Map<string, { target: "project" | "document" | "segment" | "code"; id: number | null }[]>();
    const addTarget = (
      guid: string,
      target: { target: "project" | "document" | "segment" | "code"; id: number | null },
    ) => pushTo(noteTargets, guid, target);
    for (const guid of file.projectNoteGuids) addTarget(guid, { target: "project", id: null });
    for (const { source } of prepared) {
      const documentId = documentOfSource.get(source.guid)!;
      for (const guid of source.noteGuids) addTarget(guid, { target: "document", id: documentId });
      for (const selection of source.selections) {
        const segmentId = segmentOfSelection.get(selection.guid);
        for (const guid of selection.noteGuids) {
          addTarget(
            guid,
            segmentId !== undefined ? { target: "segment", id: segmentId } : { target: "document", id: documentId },
          );
        }
      }
    }
    const walkCodes = (list: RefiProject["codes"]) => {
      for (const code of list) {
        const id = codeTree.codeIds.get(code.guid.toLowerCase().replace(/^\{|\}$/g, ""));
        if (id !== undefined) for (const guid of code.noteGuids) addTarget(guid, { target: "code", id });
        walkCodes(code.children);
      }
    };
    walkCodes(file.codes);
    let memoCount = 0;
    for (const note of file.notes) {
      if (!note.text.trim()) continue;
      const body: MemoNode = {
        type: "doc",
        content: note.text
          .replace(/\n+$/, "")
          .split("\n")
          .map((line) =>
            line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" },
          ),
      };
      for (const target of noteTargets.get(note.guid) ?? [{ target: "project" as const, id: null }]) {
        tx.insert(memos)
          .values({
            projectId,
            target: target.target,
            documentId: target.target === "document" ? target.id : null,
            segmentId: target.target === "segment" ? target.id : null,
            codeId: target.target === "code" ? target.id : null,
            authorId: note.creatingUser ? coder(note.creatingUser) : fallbackCoder(),
            body,
            ...(note.createdAt ? { createdAt: note.createdAt } : {}),
            ...((note.modifiedAt ?? note.createdAt) ? { updatedAt: (note.modifiedAt ?? note.createdAt)! } : {}),
          })
          .run();
        memoCount++;
      }
    }

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

/** The reading of selection offsets under which the most selections start and end on word boundaries. */
function chooseConvention(file: RefiProject): OffsetConvention {
  const candidates = new Map<string, OffsetConvention>([[JSON.stringify(STANDARD_CONVENTION), STANDARD_CONVENTION]]);
  for (const source of file.sources) {
    for (const candidate of candidateConventions(source.text, source.hadBom)) {
      candidates.set(JSON.stringify(candidate), candidate);
    }
  }
  let best = STANDARD_CONVENTION;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates.values()) {
    const score = file.sources.reduce(
      (sum, source) => sum + scoreConvention(source.text, offsetMapper(source.text, candidate), source.selections),
      0,
    );
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const TURN_SELECTION = /^(turn|answer):\d+$/;

/**
 * A source's text, turns and selections in UTF-16 offsets of the text as it will be stored. A
 * Quoteline export carries each turn as a selection named "turn:N" linked to its speaker's case,
 * with "Speaker: " written before it: the labels come out again, so the text is the original.
 */
function prepareSource(
  source: RefiSource,
  convention: OffsetConvention,
  fromQuoteline: boolean,
  caseOfSelection: Map<string, string>,
  file: RefiProject,
): { prepared: PreparedSource; selections: PreparedSource["selections"]; turnSelections: number } | null {
  const map = offsetMapper(source.text, convention);
  const mapped = source.selections.map((selection) => ({
    selection,
    start: map(selection.start),
    end: map(selection.end),
  }));
  let text = source.text;
  let remap = (offset: number) => offset;
  let sourceTurns: PreparedSource["turns"] = [];
  let turnSelections = 0;
  if (fromQuoteline) {
    const caseNames = new Map(file.cases.map((entry) => [entry.guid, entry.name]));
    const units = mapped
      .filter(
        ({ selection, start, end }) =>
          TURN_SELECTION.test(selection.name) && selection.codings.length === 0 && start !== null && end !== null,
      )
      .map(({ selection, start, end }) => {
        const caseGuid = caseOfSelection.get(selection.guid) ?? null;
        const isTurn = selection.name.startsWith("turn:");
        return {
          start: start!,
          end: end!,
          caseGuid,
          speaker: isTurn && caseGuid ? (caseNames.get(caseGuid) ?? null) : null,
        };
      })
      .sort((a, b) => a.start - b.start);
    turnSelections = units.length;
    const removals: { at: number; length: number }[] = [];
    for (const unit of units) {
      if (!unit.speaker) continue;
      const label = speakerLabel(unit.speaker);
      if (text.slice(unit.start - label.length, unit.start) === label)
        removals.push({ at: unit.start - label.length, length: label.length });
    }
    if (removals.length > 0) {
      const parts: string[] = [];
      let from = 0;
      for (const removal of removals) {
        parts.push(text.slice(from, removal.at));
        from = removal.at + removal.length;
      }
      parts.push(text.slice(from));
      text = parts.join("");
      const removedBefore: number[] = [];
      let removed = 0;
      for (const removal of removals) {
        removedBefore.push(removed);
        removed += removal.length;
      }
      remap = (offset) => {
        // The last removal starting before the offset; an offset inside a label falls to its start.
        let low = 0;
        let high = removals.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (removals[middle].at < offset) low = middle + 1;
          else high = middle;
        }
        if (low === 0) return offset;
        const removal = removals[low - 1];
        if (offset < removal.at + removal.length) return removal.at - removedBefore[low - 1];
        return offset - removedBefore[low - 1] - removal.length;
      };
    }
    sourceTurns = units.map((unit) => ({
      startOffset: remap(unit.start),
      endOffset: remap(unit.end),
      speaker: unit.speaker,
      caseGuid: unit.caseGuid,
    }));
  }
  if (sourceTurns.length === 0) sourceTurns = refiTurns(text).map((turn) => ({ ...turn, caseGuid: null }));
  const selections: PreparedSource["selections"] = [];
  for (const { selection, start, end } of mapped) {
    if (fromQuoteline && TURN_SELECTION.test(selection.name) && selection.codings.length === 0) continue;
    if (start === null || end === null) continue;
    const from = remap(start);
    const to = remap(end);
    if (from >= to || to > text.length || !text.slice(from, to).trim()) continue;
    selections.push({ selection, start: from, end: to });
  }
  if (sourceTurns.length === 0) {
    if (!text.trim()) return null;
    sourceTurns = [{ startOffset: 0, endOffset: text.length, speaker: null, caseGuid: null }];
  }
  const lastEnd = Math.max(...selections.map((entry) => entry.end), 0);
  const last = sourceTurns[sourceTurns.length - 1];
  if (lastEnd > last.endOffset) last.endOffset = lastEnd;
  return { prepared: { source, text, turns: sourceTurns, selections }, selections, turnSelections };
}

function ensureImportedUser(db: Db, guid: string, name: string, tool: string): number {
  const email = `refi-${guid.replace(/[^0-9a-z-]/gi, "").toLowerCase() || "coder"}@imported.invalid`;
  const existing = db
    .select({ id: users.id, importedFrom: users.importedFrom })
    .from(users)
    .where(eq(users.email, email))
    .get();
  if (existing?.importedFrom) return existing.id;
  return db
    .insert(users)
    .values({
      email: existing ? `refi-${guid}-${Date.now()}@imported.invalid` : email,
      name: `imported from ${tool}: ${name}`.slice(0, 200),
      passwordHash: IMPORTED_USER_PASSWORD_HASH,
      importedFrom: tool,
    })
    .returning({ id: users.id })
    .get().id;
}

function ensureParticipant(db: Db, projectId: number, name: string): number {
  const existing = db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.projectId, projectId), eq(participants.name, name)))
    .get();
  if (existing) return existing.id;
  return db.insert(participants).values({ projectId, name }).returning({ id: participants.id }).get().id;
}
