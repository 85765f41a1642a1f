"use client";

import type { Editor } from "@tiptap/react";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { addCode } from "@/app/projects/[slug]/codebook/actions";
import type { CodingRange } from "@/lib/coding/apply-codings";
import type { CodingDecorationInput } from "@/lib/coding/editor/coding-decorations";
import type { PositionMap } from "@/lib/coding/position-map";
import type { PickerCode } from "./code-picker";
import {
  type CoderFilter,
  type CodingRecord,
  isShown,
  type PackedCodings,
  toDecoration,
  unpackCodings,
} from "./coding-records";
import type { CodingRequest, StoredCoding } from "./coding-store";
import { shortText } from "./short-text";
import { useCodingStore } from "./use-coding-store";
import { type LiveCodingMessage, useLiveCodings } from "./use-live-codings";

export type Say = (tone: "info" | "error", text: string) => void;

export interface TranscriptCodingsSetup {
  projectSlug: string;
  documentId: number;
  text: string;
  map: PositionMap;
  codings: PackedCodings;
  codes: PickerCode[];
  recentCodeIds: number[];
  currentUser: { id: number; name: string };
  say: Say;
}

const GREY = "#495057";

function failureOf(request: CodingRequest): string | null {
  const failed = request.parts.find((part) => part.status === "failed");
  return failed?.message ?? null;
}

/**
 * The transcript's codings: the coding store, its records with code and coder names, the coder
 * filter, and the coding actions with their messages. Every change of the store is handed to the
 * editor at once (it draws the snapshot); the lists beside the text follow in a transition.
 */
export function useTranscriptCodings(setup: TranscriptCodingsSetup, editor: Editor | null) {
  const { projectSlug, documentId, text, map, currentUser, say } = setup;
  const names = useRef<{ codes: Map<number, { name: string; colour: string }>; coders: Map<number, string> }>(null!);
  names.current ??= {
    codes: new Map([
      ...Object.entries(setup.codings.codes).map(([id, code]) => [Number(id), code] as const),
      ...setup.codes.map((code) => [code.id, { name: code.name, colour: code.colour }] as const),
    ]),
    coders: new Map([
      ...Object.entries(setup.codings.coders).map(([id, name]) => [Number(id), name] as const),
      [currentUser.id, currentUser.name],
    ]),
  };
  const { store, state } = useCodingStore({
    projectSlug,
    coderId: currentUser.id,
    initial: () => unpackCodings(setup.codings).map((record) => ({ ...record, documentId })),
    deferRender: true,
  });
  const live = useLiveCodings({
    projectSlug,
    documentId,
    selfId: currentUser.id,
    store,
    // Another coder may use a code made since this page loaded, or be new to this document.
    onCodings: (heard: readonly LiveCodingMessage[]) => {
      for (const coding of heard) {
        if (!names.current.codes.has(coding.codeId))
          names.current.codes.set(coding.codeId, { name: coding.codeName, colour: coding.colour });
        if (!names.current.coders.has(coding.coderId)) names.current.coders.set(coding.coderId, coding.coderName);
      }
    },
  });
  const [codes, setCodes] = useState(setup.codes);
  const [recentIds, setRecentIds] = useState(setup.recentCodeIds);
  const [filter, setFilter] = useState<CoderFilter>("all");
  const filterRef = useRef<CoderFilter>("all");

  const records = useRef(new WeakMap<StoredCoding, CodingRecord>());
  const recordOf = useCallback((coding: StoredCoding): CodingRecord => {
    let record = records.current.get(coding);
    if (!record) {
      const code = names.current.codes.get(coding.codeId);
      record = {
        key: coding.key,
        id: coding.id,
        segmentId: coding.segmentId,
        start: coding.start,
        end: coding.end,
        codeId: coding.codeId,
        codeName: code?.name ?? "Code",
        colour: code?.colour ?? GREY,
        coderId: coding.coderId,
        coderName: names.current.coders.get(coding.coderId) ?? "A coder",
        createdAt: coding.createdAt,
        pending: coding.status === "pending",
      };
      records.current.set(coding, record);
    }
    return record;
  }, []);

  const decorations = useRef(new WeakMap<StoredCoding, CodingDecorationInput | null>());
  /** What the editor draws: the store's codings the filter shows, from cache where unchanged. */
  const drawn = useCallback(
    (codings: ReadonlyMap<string, StoredCoding>, shown: CoderFilter): CodingDecorationInput[] => {
      const list: CodingDecorationInput[] = [];
      for (const coding of codings.values()) {
        if (!isShown(coding, shown, currentUser.id)) continue;
        let decoration = decorations.current.get(coding);
        if (decoration === undefined) {
          decoration = toDecoration(recordOf(coding), map);
          decorations.current.set(coding, decoration);
        }
        if (decoration) list.push(decoration);
      }
      return list;
    },
    [map, recordOf, currentUser.id],
  );
  // The state the editor was built with: only a change since then needs drawing once the editor is there.
  const builtWith = useRef<unknown>(null);
  const initialDecorations = useCallback(() => {
    builtWith.current = store.getState();
    return drawn(store.getState().codings, "all");
  }, [drawn, store]);

  useEffect(() => {
    if (!editor) return;
    if (store.getState() !== builtWith.current)
      editor.commands.syncCodings(drawn(store.getState().codings, filterRef.current));
    return store.subscribe((next) => {
      editor.commands.syncCodings(drawn(next.codings, filterRef.current));
    });
  }, [editor, store, drawn]);

  const changeFilter = useCallback(
    (next: CoderFilter) => {
      filterRef.current = next;
      setFilter(next);
      editor?.commands.syncCodings(drawn(store.getState().codings, next));
    },
    [editor, store, drawn],
  );

  const all = useMemo(() => [...state.codings.values()].map(recordOf), [state.codings, recordOf]);
  const byKey = useMemo(() => new Map(all.map((record) => [record.key, record])), [all]);
  const visible = useMemo(
    () => all.filter((record) => isShown(record, filter, currentUser.id)),
    [all, filter, currentUser.id],
  );

  const codeNames = (codeIds: number[]) =>
    codeIds.map((id) => names.current.codes.get(id)?.name ?? "a code").join(", ");

  /** Applies codes to a range: drawn at once, settled with the server. */
  const apply = async (range: CodingRange, codeIds: number[]) => {
    // A coder filtered to someone else would not see their own new coding; show everyone's instead.
    if (typeof filterRef.current === "number" && filterRef.current !== currentUser.id) changeFilter("all");
    const label = `coding with ${codeNames(codeIds)}`;
    const pending = store.change({
      label,
      apply: codeIds.map((codeId) => ({ documentId, ...range, codeId, coderId: currentUser.id })),
    });
    startTransition(() =>
      setRecentIds((current) => [...codeIds, ...current.filter((id) => !codeIds.includes(id))].slice(0, 9)),
    );
    const request = await pending;
    if (!request) return;
    const failure = failureOf(request);
    if (failure) say("error", `Not coded: ${failure}`);
    else if (request.parts.length === 0) say("info", `Already coded with ${codeNames(codeIds)}.`);
    else say("info", `Coded “${shortText(text.slice(range.start, range.end), 40)}” with ${codeNames(codeIds)}.`);
  };

  const remove = async (targets: CodingRecord[]) => {
    const settled = targets.filter((record) => record.id !== null);
    if (settled.length === 0) return;
    const removedNames = [...new Set(settled.map((record) => record.codeName))].join(", ");
    const request = await store.change({ label: `removing ${removedNames}`, remove: settled.map((r) => r.key) });
    if (!request) return;
    const failure = failureOf(request);
    if (failure) say("error", `Not removed: ${failure}`);
    else say("info", `Removed ${removedNames}.`);
  };

  /** Another code (or codes) in place of one coding, as one step. */
  const recode = async (record: CodingRecord, codeIds: number[]) => {
    const request = await store.change({
      label: `recoding ${record.codeName}`,
      apply: codeIds.map((codeId) => ({
        documentId,
        start: record.start,
        end: record.end,
        codeId,
        coderId: currentUser.id,
      })),
      remove: codeIds.includes(record.codeId) ? [] : [record.key],
    });
    if (!request) return;
    const failure = failureOf(request);
    if (failure) say("error", `Not recoded: ${failure}`);
    else say("info", `Recoded “${shortText(text.slice(record.start, record.end), 40)}” as ${codeNames(codeIds)}.`);
  };

  const replay = async (direction: "undo" | "redo") => {
    const step = (direction === "undo" ? store.getState().undo : store.getState().redo).at(-1);
    if (!step) {
      say("info", direction === "undo" ? "Nothing to undo." : "Nothing to redo.");
      return;
    }
    const request = direction === "undo" ? await store.undo() : await store.redo();
    if (!request) return;
    const failure = failureOf(request);
    const verb = direction === "undo" ? "undo" : "redo";
    if (failure) say("error", `Could not ${verb} ${step.label}: ${failure}`);
    else if (request.parts.length === 0)
      say("info", `Could not ${verb} ${step.label}: those codings have changed since.`);
    else say("info", `${direction === "undo" ? "Undone" : "Redone"}: ${step.label}.`);
  };

  /** Makes a new code, then applies it (with any codes picked beside it). */
  const createCode = async (name: string): Promise<PickerCode | null> => {
    const result = await addCode({ projectSlug, name });
    if (!result.ok) {
      say("error", `Code not created: ${result.error.message}`);
      return null;
    }
    const created: PickerCode = {
      id: result.data.id,
      name: result.data.name,
      colour: result.data.colour,
      path: [result.data.name],
    };
    names.current.codes.set(created.id, { name: created.name, colour: created.colour });
    setCodes((current) => [...current, created]);
    return created;
  };

  const coders = useMemo(() => {
    const byId = new Map<number, string>([[currentUser.id, currentUser.name]]);
    for (const record of all) byId.set(record.coderId, record.coderName);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  }, [all, currentUser]);

  return {
    state,
    live,
    byKey,
    visible,
    coders,
    codes,
    recentIds,
    filter,
    changeFilter,
    initialDecorations,
    apply,
    remove,
    recode,
    createCode,
    undo: () => replay("undo"),
    redo: () => replay("redo"),
  };
}
