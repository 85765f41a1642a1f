import type { StoredCode } from "../codebook/load-project-codes";
import { type MemoNode, memoPlainText } from "../memos/memo-body";
import { codePointIndex } from "./code-point-index";
import { labelledText } from "./labelled-text";
import { pushTo } from "./push-to";
import { buildXml, ORIGIN, PROJECT_NAMESPACE, type XmlNode, xmlText } from "./refi-xml";
import { stableGuid } from "./stable-guid";

/** Everything a .qde is built from, read by loadExportData. Offsets are UTF-16, as stored. */
export interface ExportData {
  project: { id: number; name: string; description: string; createdAt: Date; ownerId: number | null };
  users: { id: number; name: string; importedFrom: string | null }[];
  codes: Omit<StoredCode, "archivedAt">[];
  attributes: { id: number; name: string }[];
  cases: {
    kind: "participant" | "respondent";
    id: number;
    name: string;
    values: { attributeId: number; value: string }[];
  }[];
  documents: {
    id: number;
    kind: "transcript" | "question";
    title: string;
    text: string;
    createdAt: Date;
    units: {
      kind: "turn" | "answer";
      id: number;
      position: number;
      startOffset: number;
      endOffset: number;
      speaker: string | null;
      caseKind: "participant" | "respondent" | null;
      caseId: number | null;
    }[];
    segments: {
      id: number;
      startOffset: number;
      endOffset: number;
      createdAt: Date;
      codings: { id: number; codeId: number; coderId: number; createdAt: Date }[];
    }[];
  }[];
  memos: {
    id: number;
    target: "project" | "document" | "segment" | "code";
    targetId: number | null;
    authorId: number;
    body: unknown;
    createdAt: Date;
    updatedAt: Date;
  }[];
}

export const INCLUDE_MARKER = "\n\nInclude: ";
export const EXCLUDE_MARKER = "\n\nExclude: ";
const IMPORTED_PREFIX = /^imported from [^:]+: /;

function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The name a coder had in the tool they came from (without "imported from NVivo: "). */
export function exportedUserName(user: { name: string; importedFrom: string | null }): string {
  return user.importedFrom ? user.name.replace(IMPORTED_PREFIX, "") : user.name;
}

/** A code's description, with inclusion and exclusion notes after it (REFI-QDA has one description). */
export function codeDescription(code: { description: string; inclusion: string; exclusion: string }): string {
  return (
    code.description +
    (code.inclusion ? `${INCLUDE_MARKER}${code.inclusion}` : "") +
    (code.exclusion ? `${EXCLUDE_MARKER}${code.exclusion}` : "")
  );
}

export interface BuiltProject {
  qde: string;
  sources: { path: string; text: string }[];
}

/**
 * Writes a project as REFI-QDA 1.0 (`project.qde` plus one UTF-8 text per document): the code
 * tree, every coding as a PlainTextSelection in code points, coders as Users, participants and
 * respondents as Cases whose Variables are their attributes and whose SelectionRefs are their
 * turns or answers, memos as Notes. Every GUID is derived from the project and the object.
 */
export function buildProjectQde(data: ExportData): BuiltProject {
  const projectId = data.project.id;
  const guid = (kind: string, id: number) => stableGuid(projectId, kind, id);
  const userGuid = (id: number) => guid("user", id);

  const notesByTarget = new Map<string, string[]>();
  const notes: XmlNode[] = [];
  for (const memo of data.memos) {
    const noteGuid = guid("memo", memo.id);
    const key = `${memo.target}:${memo.targetId ?? 0}`;
    pushTo(notesByTarget, key, noteGuid);
    notes.push({
      "@_guid": noteGuid,
      "@_name": "Memo",
      "@_creatingUser": userGuid(memo.authorId),
      "@_creationDateTime": dateTime(memo.createdAt),
      "@_modifyingUser": userGuid(memo.authorId),
      "@_modifiedDateTime": dateTime(memo.updatedAt),
      PlainTextContent: xmlText(memoPlainText(memo.body as MemoNode).replace(/\n+$/, "")),
    });
  }
  const noteRefs = (target: string, id: number) =>
    (notesByTarget.get(`${target}:${id}`) ?? []).map((targetGuid) => ({ "@_targetGUID": targetGuid }));

  const childrenOf = new Map<number | null, ExportData["codes"]>();
  for (const code of data.codes) pushTo(childrenOf, code.parentId, code);
  for (const list of childrenOf.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const codeNode = (code: ExportData["codes"][number]): XmlNode => {
    const description = codeDescription(code);
    const node: XmlNode = {
      "@_guid": guid("code", code.id),
      "@_name": xmlText(code.name),
      "@_isCodable": "true",
      "@_color": code.colour,
    };
    if (description) node.Description = xmlText(description);
    const refs = noteRefs("code", code.id);
    if (refs.length > 0) node.NoteRef = refs;
    const subcodes = childrenOf.get(code.id) ?? [];
    if (subcodes.length > 0) node.Code = subcodes.map(codeNode);
    return node;
  };

  const selectionRefs = new Map<string, string[]>();
  const sources: BuiltProject["sources"] = [];
  const textSources = data.documents.map((document) => {
    const sourceGuid = guid("document", document.id);
    const turns = document.units.filter((unit) => unit.kind === "turn");
    const laidOut = labelledText(document.text, document.kind === "transcript" ? turns : []);
    const points = codePointIndex(laidOut.text);
    const start = (offset: number) => points.toCodePoint(laidOut.mapStart(offset));
    const end = (offset: number) => points.toCodePoint(laidOut.mapEnd(offset));
    sources.push({ path: `sources/${sourceGuid}.txt`, text: laidOut.text });

    const selections: { start: number; end: number; order: number; node: XmlNode }[] = [];
    for (const segment of document.segments) {
      const node: XmlNode = {
        "@_guid": guid("segment", segment.id),
        "@_name": "",
        "@_startPosition": start(segment.startOffset),
        "@_endPosition": end(segment.endOffset),
        "@_creationDateTime": dateTime(segment.createdAt),
      };
      if (segment.codings.length > 0) {
        node["@_creatingUser"] = userGuid(segment.codings[0].coderId);
        node.Coding = segment.codings.map((coding) => ({
          "@_guid": guid("coding", coding.id),
          "@_creatingUser": userGuid(coding.coderId),
          "@_creationDateTime": dateTime(coding.createdAt),
          CodeRef: { "@_targetGUID": guid("code", coding.codeId) },
        }));
      }
      const refs = noteRefs("segment", segment.id);
      if (refs.length > 0) node.NoteRef = refs;
      selections.push({
        start: node["@_startPosition"] as number,
        end: node["@_endPosition"] as number,
        order: 1,
        node,
      });
    }
    for (const unit of document.units) {
      const unitGuid = guid(unit.kind, unit.id);
      if (unit.caseKind && unit.caseId !== null) {
        const key = `${unit.caseKind}:${unit.caseId}`;
        pushTo(selectionRefs, key, unitGuid);
      }
      if (unit.startOffset === unit.endOffset) continue;
      const node: XmlNode = {
        "@_guid": unitGuid,
        "@_name": `${unit.kind}:${unit.position + 1}`,
        "@_startPosition": start(unit.startOffset),
        "@_endPosition": end(unit.endOffset),
      };
      selections.push({
        start: node["@_startPosition"] as number,
        end: node["@_endPosition"] as number,
        order: 0,
        node,
      });
    }
    selections.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const source: XmlNode = {
      "@_guid": sourceGuid,
      "@_name": xmlText(document.title),
      "@_plainTextPath": `internal://${sourceGuid}.txt`,
      "@_creationDateTime": dateTime(document.createdAt),
    };
    if (selections.length > 0) source.PlainTextSelection = selections.map((selection) => selection.node);
    const refs = noteRefs("document", document.id);
    if (refs.length > 0) source.NoteRef = refs;
    return source;
  });

  const cases = data.cases.map((entry) => {
    const node: XmlNode = { "@_guid": guid(entry.kind, entry.id), "@_name": xmlText(entry.name) };
    if (entry.values.length > 0) {
      node.VariableValue = entry.values.map((value) => ({
        VariableRef: { "@_targetGUID": guid("attribute", value.attributeId) },
        TextValue: xmlText(value.value),
      }));
    }
    const refs = selectionRefs.get(`${entry.kind}:${entry.id}`) ?? [];
    if (refs.length > 0) node.SelectionRef = refs.map((targetGuid) => ({ "@_targetGUID": targetGuid }));
    return node;
  });

  const root: XmlNode = {
    "@_xmlns": PROJECT_NAMESPACE,
    "@_name": xmlText(data.project.name),
    "@_origin": ORIGIN,
    "@_creationDateTime": dateTime(data.project.createdAt),
  };
  if (data.project.ownerId !== null && data.users.some((user) => user.id === data.project.ownerId)) {
    root["@_creatingUserGUID"] = userGuid(data.project.ownerId);
  }
  if (data.users.length > 0) {
    root.Users = {
      User: data.users.map((user) => ({
        "@_guid": userGuid(user.id),
        "@_name": xmlText(exportedUserName(user)),
      })),
    };
  }
  const topCodes = childrenOf.get(null) ?? [];
  if (topCodes.length > 0) root.CodeBook = { Codes: { Code: topCodes.map(codeNode) } };
  if (data.attributes.length > 0) {
    root.Variables = {
      Variable: data.attributes.map((entry) => ({
        "@_guid": guid("attribute", entry.id),
        "@_name": xmlText(entry.name),
        "@_typeOfVariable": "Text",
      })),
    };
  }
  if (cases.length > 0) root.Cases = { Case: cases };
  if (textSources.length > 0) root.Sources = { TextSource: textSources };
  if (notes.length > 0) root.Notes = { Note: notes };
  if (data.project.description) root.Description = xmlText(data.project.description);
  const projectNotes = noteRefs("project", 0);
  if (projectNotes.length > 0) root.NoteRef = projectNotes;
  return { qde: buildXml("Project", root), sources };
}
