"use client";

import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { addCode } from "@/app/projects/[slug]/codebook/actions";
import type { PickerCode } from "@/components/coding/code-picker";
import { type CodingRequest, codingKey, isSaving, type StoredCoding } from "@/components/coding/coding-store";
import { useCodingStore } from "@/components/coding/use-coding-store";
import { type LiveCodingMessage, useLiveCodings } from "@/components/coding/use-live-codings";
import type { GridAnswer, GridCoding } from "@/lib/answers/list-question-answers";

/** A coding as a row shows it: the store's coding, its answer and coder. */
export interface ShownCoding {
  key: string;
  id: number | null;
  answerId: number;
  start: number;
  end: number;
  codeId: number;
  coderName: string;
  /** Shown at once, not yet acknowledged by the server. */
  pending: boolean;
}

/** What a code is applied to: part of an answer, or all of it. */
export interface CodingTarget {
  answerId: number;
  start: number;
  end: number;
  /** Part of the answer's text, or null for the whole answer. */
  excerpt: string | null;
}

export interface GridCodingsSetup {
  projectSlug: string;
  documentId: number;
  answers: GridAnswer[];
  codings: GridCoding[];
  codes: PickerCode[];
  user: { id: number; name: string };
  announce: (text: string) => void;
  describeTarget: (target: CodingTarget) => string;
}

function failureOf(request: CodingRequest | null): string | null {
  return request?.parts.find((part) => part.status === "failed")?.message ?? null;
}

/** The answer a coding starts in (answers sorted by start). */
function answerAt(answers: readonly GridAnswer[], offset: number): GridAnswer | undefined {
  let low = 0;
  let high = answers.length - 1;
  let found: GridAnswer | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (answers[middle].start <= offset) {
      found = answers[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The grid's codings in the coding store: by answer for the rows, with apply, remove, undo and redo. */
export function useGridCodings(setup: GridCodingsSetup) {
  const { projectSlug, documentId, user, announce, describeTarget } = setup;
  const coders = useRef<Map<number, string>>(null!);
  coders.current ??= new Map([
    ...setup.codings.map((coding) => [coding.coderId, coding.coderName] as const),
    [user.id, user.name],
  ]);
  const { store, state } = useCodingStore({
    projectSlug,
    coderId: user.id,
    initial: () => setup.codings.map((coding) => ({ ...coding, documentId, createdAt: null })),
  });
  const [codes, setCodes] = useState(setup.codes);
  const live = useLiveCodings({
    projectSlug,
    documentId,
    selfId: user.id,
    store,
    // Another coder may use a code made since this page loaded, or be new to this question.
    onCodings: (heard: readonly LiveCodingMessage[]) => {
      const unknown = new Map<number, PickerCode>();
      for (const coding of heard) {
        if (!coders.current.has(coding.coderId)) coders.current.set(coding.coderId, coding.coderName);
        unknown.set(coding.codeId, {
          id: coding.codeId,
          name: coding.codeName,
          colour: coding.colour,
          path: [coding.codeName],
        });
      }
      if (unknown.size > 0)
        // Only codes this page has not met are added; the list is unchanged otherwise.
        setCodes((current) => {
          const known = new Set(current.map((code) => code.id));
          const added = [...unknown.values()].filter((code) => !known.has(code.id));
          return added.length > 0 ? [...current, ...added] : current;
        });
    },
  });
  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const byStart = useMemo(() => [...setup.answers].sort((a, b) => a.start - b.start), [setup.answers]);

  const shown = useRef(new WeakMap<StoredCoding, ShownCoding | null>());
  const codingsByAnswer = useMemo(() => {
    const map = new Map<number, ShownCoding[]>();
    for (const coding of state.codings.values()) {
      let row = shown.current.get(coding);
      if (row === undefined) {
        const answer = answerAt(byStart, coding.start);
        row = answer
          ? {
              key: coding.key,
              id: coding.id,
              answerId: answer.id,
              start: coding.start,
              end: coding.end,
              codeId: coding.codeId,
              coderName: coders.current.get(coding.coderId) ?? "A coder",
              pending: coding.status === "pending",
            }
          : null;
        shown.current.set(coding, row);
      }
      if (!row) continue;
      const list = map.get(row.answerId);
      if (list) list.push(row);
      else map.set(row.answerId, [row]);
    }
    return map;
  }, [state.codings, byStart]);

  const created = useRef(new Map<number, string>());
  const nameOf = (codeIds: number[]) =>
    codeIds.map((id) => codeById.get(id)?.name ?? created.current.get(id) ?? "a code").join(", ");

  async function apply(codeIds: number[], target: CodingTarget) {
    const facts = codeIds.map((codeId) => ({
      documentId,
      start: target.start,
      end: target.end,
      codeId,
      coderId: user.id,
    }));
    const fresh = facts.filter((fact) => !store.getState().codings.has(codingKey(fact)));
    if (fresh.length === 0) {
      announce(`${describeTarget(target)} already has ${nameOf(codeIds)}.`);
      return;
    }
    const names = nameOf(fresh.map((fact) => fact.codeId));
    const request = store.change({ label: `coding with ${names}`, apply: fresh });
    announce(`Coded ${describeTarget(target)} as ${names}.`);
    const failure = failureOf(await request);
    if (failure) {
      announce(`Not coded: ${failure}`);
      toast.error(`${names} was not applied: ${failure}`);
    }
  }

  async function remove(coding: ShownCoding) {
    const name = codeById.get(coding.codeId)?.name ?? "code";
    const request = store.change({ label: `removing ${name}`, remove: [coding.key] });
    announce(`Removed ${name}.`);
    const failure = failureOf(await request);
    if (failure) toast.error(`${name} was not removed: ${failure}`);
  }

  async function replay(direction: "undo" | "redo") {
    const step = (direction === "undo" ? state.undo : state.redo).at(-1);
    if (!step) {
      announce(direction === "undo" ? "Nothing to undo." : "Nothing to redo.");
      return;
    }
    const request = direction === "undo" ? store.undo() : store.redo();
    announce(`${direction === "undo" ? "Undone" : "Redone"}: ${step.label}.`);
    const done = await request;
    const failure = failureOf(done);
    if (failure) toast.error(`Could not ${direction} ${step.label}: ${failure}`);
    else if (done && done.parts.length === 0)
      announce(`Could not ${direction} ${step.label}: those codings have changed since.`);
  }

  async function createCode(name: string): Promise<PickerCode | null> {
    const result = await addCode({ projectSlug, name });
    if (!result.ok) {
      toast.error(`Code not created: ${result.error.message}`);
      return null;
    }
    const code: PickerCode = {
      id: result.data.id,
      name: result.data.name,
      colour: result.data.colour,
      path: [result.data.name],
    };
    created.current.set(code.id, code.name);
    setCodes((current) => [...current, code]);
    return code;
  }

  return {
    live,
    codes,
    codeById,
    codingsByAnswer,
    saving: isSaving(state),
    undoLabel: state.undo.at(-1)?.label ?? null,
    redoLabel: state.redo.at(-1)?.label ?? null,
    apply,
    remove,
    createCode,
    undo: () => replay("undo"),
    redo: () => replay("redo"),
  };
}
