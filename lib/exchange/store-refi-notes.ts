import type { Db } from "../../db/client";
import { memos } from "../../db/schema";
import type { MemoNode } from "../memos/memo-body";
import type { PreparedSource } from "./prepare-refi-source";
import { pushTo } from "./push-to";
import type { RefiProject } from "./read-qdpx";

type NoteTarget = { target: "project" | "document" | "segment" | "code"; id: number | null };

/**
 * Stores a .qdpx's notes as memos on what each annotates (the project, a source's document, a
 * selection's segment or a code); a note linked to nothing is a project memo. Answers how many memos.
 */
export function storeRefiNotes(
  db: Db,
  input: {
    projectId: number;
    file: RefiProject;
    prepared: PreparedSource[];
    documentOfSource: Map<string, number>;
    segmentOfSelection: Map<string, number>;
    codeIds: Map<string, number>;
    authorOf: (userGuid: string | null) => number;
  },
): number {
  const { projectId, file, prepared, documentOfSource, segmentOfSelection } = input;
  const noteTargets = new Map<string, NoteTarget[]>();
  const addTarget = (guid: string, target: NoteTarget) => pushTo(noteTargets, guid, target);
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
      const id = input.codeIds.get(code.guid.toLowerCase().replace(/^\{|\}$/g, ""));
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
        .map((line) => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" })),
    };
    for (const target of noteTargets.get(note.guid) ?? [{ target: "project" as const, id: null }]) {
      db.insert(memos)
        .values({
          projectId,
          target: target.target,
          documentId: target.target === "document" ? target.id : null,
          segmentId: target.target === "segment" ? target.id : null,
          codeId: target.target === "code" ? target.id : null,
          authorId: input.authorOf(note.creatingUser),
          body,
          ...(note.createdAt ? { createdAt: note.createdAt } : {}),
          ...((note.modifiedAt ?? note.createdAt) ? { updatedAt: (note.modifiedAt ?? note.createdAt)! } : {}),
        })
        .run();
      memoCount++;
    }
  }
  return memoCount;
}
