"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PickerCode } from "@/components/coding/code-picker";
import { PresentCoders } from "@/components/coding/present-coders";
import { shortText } from "@/components/coding/short-text";
import { UndoRedoButtons } from "@/components/coding/undo-redo-buttons";
import { useCodeKeys } from "@/components/coding/use-code-keys";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { compareValues } from "@/lib/analysis/compare-values";
import type { GridAnswer, GridCoding } from "@/lib/answers/list-question-answers";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import { AnswerGridFilters } from "./answer-grid-filters";
import { AnswerRow } from "./answer-row";
import { CodePickerDialog } from "./code-picker-dialog";
import { GridKeysHelp } from "./grid-keys-help";
import { useAnswerSelection } from "./use-answer-selection";
import { type CodingTarget, type ShownCoding, useGridCodings } from "./use-grid-codings";

export interface AnswerGridProps {
  projectSlug: string;
  documentId: number;
  title: string;
  attributeNames: string[];
  answers: GridAnswer[];
  codings: GridCoding[];
  /** Active codes in codebook order; the first nine have digit shortcuts. */
  codes: PickerCode[];
  recentCodeIds: number[];
  /** The coder's pinned keys: digits 1–9 apply these codes. */
  codeKeys?: CodeKey[];
  canCode: boolean;
  /** Roles that may propose quotes (authors too) propose a coding from its chip. */
  canPropose?: boolean;
  user: { id: number; name: string };
  /** An answer to scroll to and focus first (a link from retrieval or search). */
  initialAnswerId?: number;
}

const headCell =
  "sticky top-0 z-10 border-b border-gray-200 bg-gray-50 px-3 py-2.5 text-left align-bottom text-xs font-semibold break-keep text-gray-700";

export function AnswerGrid(props: AnswerGridProps) {
  const { projectSlug, documentId, title, attributeNames, answers, recentCodeIds, canCode, user } = props;
  const [filterValues, setFilterValues] = useState<string[]>(() => attributeNames.map(() => ""));
  const [uncodedOnly, setUncodedOnly] = useState(false);
  const [focusedId, setFocusedId] = useState<number | null>(props.initialAnswerId ?? null);
  const [picker, setPicker] = useState<CodingTarget | null>(null);
  const [recent, setRecent] = useState<number[]>(recentCodeIds);
  const [announcement, setAnnouncement] = useState("");
  const [, setFocusRequest] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastIndex = useRef(0);
  const focusWanted = useRef(props.initialAnswerId !== undefined);

  const answerById = useMemo(() => new Map(answers.map((answer) => [answer.id, answer])), [answers]);
  const [selection, setSelection, selectedRange] = useAnswerSelection(scrollRef, answerById);
  const describeTarget = (target: CodingTarget) => {
    const answer = answerById.get(target.answerId);
    const who = answer ? `the answer of ${answer.externalId}` : "the answer";
    return target.excerpt === null ? who : `“${shortText(target.excerpt)}” in ${who}`;
  };
  const grid = useGridCodings({
    projectSlug,
    documentId,
    answers,
    codings: props.codings,
    codes: props.codes,
    user,
    announce: setAnnouncement,
    describeTarget,
  });
  const { codes, codeById, codingsByAnswer } = grid;
  const codeKeys = useCodeKeys(projectSlug, props.codeKeys ?? [], codes);
  const proposeIn = useMemo(
    () => (props.canPropose ? { projectSlug, documentId } : null),
    [props.canPropose, projectSlug, documentId],
  );

  const valueOptions = useMemo(
    () =>
      attributeNames.map((_, column) =>
        [...new Set(answers.map((answer) => answer.values[column]).filter(Boolean))].sort(compareValues),
      ),
    [answers, attributeNames],
  );

  const matching = useMemo(
    () => answers.filter((answer) => filterValues.every((value, column) => !value || answer.values[column] === value)),
    [answers, filterValues],
  );
  const uncodedCount = useMemo(
    () => matching.filter((answer) => !codingsByAnswer.has(answer.id)).length,
    [matching, codingsByAnswer],
  );
  const visible = useMemo(
    () => (uncodedOnly ? matching.filter((answer) => !codingsByAnswer.has(answer.id)) : matching),
    [matching, uncodedOnly, codingsByAnswer],
  );
  const indexById = useMemo(() => new Map(visible.map((answer, index) => [answer.id, index])), [visible]);

  // When the focused answer leaves the list (coded under "uncoded only"), the next one takes its place.
  let focusIndex = focusedId === null ? -1 : (indexById.get(focusedId) ?? -1);
  if (focusIndex === -1 && focusedId !== null && visible.length > 0)
    focusIndex = Math.min(lastIndex.current, visible.length - 1);
  if (focusIndex !== -1) lastIndex.current = focusIndex;
  const focused = focusIndex === -1 ? null : visible[focusIndex];

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 5,
    initialRect: { width: 1000, height: 700 },
    getItemKey: (index) => visible[index].id,
    useFlushSync: false,
  });

  const moveTo = useCallback(
    (index: number) => {
      if (visible.length === 0) return;
      const clamped = Math.max(0, Math.min(visible.length - 1, index));
      focusWanted.current = true;
      setFocusedId(visible[clamped].id);
      virtualizer.scrollToIndex(clamped, { align: "auto" });
    },
    [visible, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  // The focused row left the list: its successor takes the focus, unless the researcher is elsewhere.
  const replacedId = focused && focused.id !== focusedId ? focused.id : null;
  useEffect(() => {
    if (replacedId === null) return;
    const active = document.activeElement;
    if (!active || active === document.body || scrollRef.current?.contains(active)) focusWanted.current = true;
    setFocusedId(replacedId);
  }, [replacedId]);
  useEffect(() => {
    if (!focusWanted.current || !focused) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-answer-id="${focused.id}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusWanted.current = false;
    } else {
      virtualizer.scrollToIndex(focusIndex, { align: "center" });
    }
  });

  const targetNow = (): CodingTarget | null => {
    if (selection) return selection;
    if (!focused) return null;
    return { answerId: focused.id, start: focused.start, end: focused.end, excerpt: null };
  };

  function apply(codeIds: number[], target: CodingTarget) {
    if (!canCode) return;
    setRecent((previous) => [...codeIds, ...previous.filter((id) => !codeIds.includes(id))].slice(0, 9));
    if (target.excerpt !== null) {
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    }
    void grid.apply(codeIds, target);
  }

  async function createAndApply(name: string, alsoApply: number[], target: CodingTarget) {
    const created = await grid.createCode(name);
    if (created) apply([...new Set([...alsoApply, created.id])], target);
  }

  // Rows are memoised: hand them a callback that never changes, calling the latest `remove`.
  const removeLatest = useRef(grid.remove);
  removeLatest.current = grid.remove;
  const onRemove = useCallback((coding: ShownCoding) => void removeLatest.current(coding), []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const lower = event.key.toLowerCase();
    if (canCode && (event.ctrlKey || event.metaKey) && !event.altKey && (lower === "z" || lower === "y")) {
      event.preventDefault();
      if (lower === "y" || event.shiftKey) void grid.redo();
      else void grid.undo();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).closest("input, select, textarea, button, a")) return;
    const key = event.key;
    if (key === "ArrowDown" || key === "j") moveTo(focusIndex + 1);
    else if (key === "ArrowUp" || key === "k") moveTo(focusIndex === -1 ? 0 : focusIndex - 1);
    else if (key === "Home") moveTo(0);
    else if (key === "End") moveTo(visible.length - 1);
    else if (canCode && /^[1-9]$/.test(key)) {
      const code = codeKeys.codeAt(Number(key));
      const target = targetNow();
      if (!code || !target) return;
      apply([code.id], target);
    } else if (canCode && key === "c") {
      const target = targetNow();
      if (!target) return;
      setPicker(target);
    } else return;
    event.preventDefault();
  }

  // Roving tab stop: the focused row, or the first one drawn, is the grid's one place in the tab order.
  const tabStopId = focused?.id ?? (items[0] ? visible[items[0].index]?.id : undefined);
  const items0 = items[0];
  const paddingTop = items0 ? items0.start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const columns = attributeNames.length + 3;

  return (
    <div className="space-y-4">
      <AnswerGridFilters
        attributeNames={attributeNames}
        valueOptions={valueOptions}
        values={filterValues}
        onValues={setFilterValues}
        uncodedOnly={uncodedOnly}
        onUncodedOnly={setUncodedOnly}
      />

      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm text-gray-700" data-testid="grid-counts">
          Showing <strong data-testid="shown-count">{visible.length}</strong> of {answers.length} answers ·{" "}
          <strong data-testid="uncoded-count">{uncodedCount}</strong> uncoded
          {filterValues.some(Boolean) ? " (in these filters)" : ""}
        </p>
        <PresentCoders present={grid.live.present} connected={grid.live.connected} />
        {canCode ? (
          <UndoRedoButtons
            undoLabel={grid.undoLabel}
            redoLabel={grid.redoLabel}
            onUndo={() => void grid.undo()}
            onRedo={() => void grid.redo()}
          />
        ) : null}
      </div>

      <GridKeysHelp canCode={canCode} codeKeys={codeKeys} codes={codes} />

      {selection && canCode ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-accent-200 bg-accent-50 px-3 py-2 text-sm text-accent-900">
          <span>
            Selected {describeTarget(selection)}: press a digit or <kbd>c</kbd> to code it.
          </span>
          <Button type="button" size="sm" variant="secondary" onClick={() => setPicker(selection)}>
            Code <kbd className="text-xs">(C)</kbd>
          </Button>
        </div>
      ) : null}

      <p className="sr-only" aria-live="polite" data-testid="grid-announcement">
        {announcement}
      </p>

      {visible.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-8 text-center text-gray-700">
          {uncodedOnly && matching.length > 0
            ? "Every answer in these filters is coded."
            : "No answers match these filters."}
        </p>
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: the keys act on the focused row inside; rows are focusable.
        <div
          ref={scrollRef}
          className="h-[70vh] overflow-auto rounded-lg border border-gray-200 bg-white"
          onKeyDown={onKeyDown}
          data-testid="answer-grid"
          data-saving={grid.saving ? "true" : "false"}
        >
          {/* Fixed layout: columns keep their widths as rows come and go, and the browser never re-measures every cell. */}
          <table
            className="w-full min-w-[72rem] table-fixed border-collapse text-sm"
            aria-rowcount={visible.length + 1}
          >
            <caption className="sr-only">
              Answers to {title}. {canCode ? "Focus an answer and press a digit to code it." : ""}
            </caption>
            <colgroup>
              <col className="w-10" />
              <col className="w-32" />
              {attributeNames.map((name) => (
                <col key={name} className="w-28" />
              ))}
              <col />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" className={cn(headCell, "px-2 text-right")}>
                  #
                </th>
                <th scope="col" className={headCell}>
                  Respondent
                </th>
                {attributeNames.map((name) => (
                  <th key={name} scope="col" className={headCell}>
                    {attributeLabel(name)}
                  </th>
                ))}
                <th scope="col" className={headCell}>
                  Answer and codes
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {paddingTop > 0 ? (
                <tr>
                  <td colSpan={columns} style={{ height: paddingTop, padding: 0 }} />
                </tr>
              ) : null}
              {items.map((item) => {
                const answer = visible[item.index];
                return (
                  <AnswerRow
                    key={item.key}
                    answer={answer}
                    rowIndex={item.index + 2}
                    dataIndex={item.index}
                    measure={virtualizer.measureElement}
                    focused={focused?.id === answer.id}
                    tabStop={tabStopId === answer.id}
                    codings={codingsByAnswer.get(answer.id)}
                    codeById={codeById}
                    canCode={canCode}
                    proposeIn={proposeIn}
                    onFocusRow={setFocusedId}
                    onRemove={onRemove}
                  />
                );
              })}
              {paddingBottom > 0 ? (
                <tr>
                  <td colSpan={columns} style={{ height: paddingBottom, padding: 0 }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}

      <CodePickerDialog
        open={picker !== null}
        onOpenChange={(open) => {
          if (!open) setPicker(null);
        }}
        codes={codes}
        recentIds={recent}
        pinnedKeys={codeKeys.keyOf}
        onPin={(codeId, key) => void codeKeys.pin(codeId, key)}
        highlight={picker?.excerpt ? selectedRange.current : null}
        targetLabel={picker ? describeTarget(picker) : ""}
        selectedText={picker?.excerpt ?? ""}
        canCreate={canCode}
        onApply={(codeIds) => {
          if (picker) apply(codeIds, picker);
        }}
        onCreate={(name, alsoApply) => {
          if (picker) void createAndApply(name, alsoApply, picker);
        }}
        onClosed={() => {
          focusWanted.current = true;
          setFocusRequest((request) => request + 1);
        }}
      />
    </div>
  );
}
