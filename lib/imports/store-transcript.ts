import type { Db } from "../../db/client";
import { documents, turns } from "../../db/schema";
import { indexDocumentText } from "../../db/search-index";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { ensureParticipant } from "./ensure-participant";
import { ensureWave } from "./ensure-wave";
import { layoutText } from "./layout-text";
import type { ParsedTranscript } from "./parsers/transcript/parsed-transcript";

export interface TranscriptMetadata {
  title: string;
  wave?: string | null;
  groupType?: string | null;
  heldOn?: string | null;
  filename: string;
}

export interface StoreTranscriptInput {
  projectId: number;
  userId: number;
  parsed: ParsedTranscript;
  metadata: TranscriptMetadata;
  /** The import job that brought the transcript in, so deleting the import removes what it stored. */
  importId?: number | null;
}

export interface TranscriptSummary {
  documents: number;
  turns: number;
  speakers: number;
  documentId: number;
}

/**
 * Stores a parsed transcript as one document with its turns, in one transaction. Each speaker
 * label is matched to the project's participant of that name, created if new, so every turn
 * carries its participant's attributes; the mapping can be changed afterwards.
 */
export function storeTranscript(db: Db, input: StoreTranscriptInput): TranscriptSummary {
  const { projectId, userId, parsed, metadata, importId = null } = input;
  if (parsed.turns.length === 0) throw new AppError("invalid_input", "This transcript has no turns to import.");
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const waveId = metadata.wave ? ensureWave(txDb, projectId, metadata.wave) : null;
    const participantIds = new Map<string, number>();
    for (const speaker of parsed.speakers) {
      participantIds.set(speaker, ensureParticipant(txDb, projectId, speaker, waveId));
    }
    const { text, units } = layoutText(parsed.turns);
    const document = tx
      .insert(documents)
      .values({
        projectId,
        kind: "transcript",
        title: metadata.title,
        waveId,
        groupType: metadata.groupType ?? null,
        heldOn: metadata.heldOn ?? null,
        sourceFilename: metadata.filename,
        sourceFormat: parsed.format,
        text,
        textLength: text.length,
        importId,
      })
      .returning({ id: documents.id })
      .get();
    const rows = units.map(({ unit, startOffset, endOffset }, position) => ({
      documentId: document.id,
      position,
      speaker: unit.speaker,
      participantId: unit.speaker === null ? null : (participantIds.get(unit.speaker) ?? null),
      startMs: unit.startMs,
      endMs: unit.endMs,
      startOffset,
      endOffset,
      text: unit.text,
    }));
    for (let i = 0; i < rows.length; i += 500)
      tx.insert(turns)
        .values(rows.slice(i, i + 500))
        .run();
    indexDocumentText(db, document.id, "transcript");
    recordEvent(tx, {
      projectId,
      actorId: userId,
      action: "document.import",
      target: { type: "document", id: document.id },
      detail: { kind: "transcript", format: parsed.format, turns: rows.length },
    });
    return { documents: 1, turns: rows.length, speakers: parsed.speakers.length, documentId: document.id };
  });
}
