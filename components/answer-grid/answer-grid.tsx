"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { X } from "lucide-react";
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { applyCodings, removeCodings } from "@/app/projects/[slug]/codings/actions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { GridAnswer, GridCoding } from "@/lib/answers/list-question-answers";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { AnswerText } from "./answer-text";
import { CodePicker, CodeSwatch, type PickableCode } from "./code-picker";
import { selectionToAnswerRange } from "./selection-offsets";

export interface AnswerGridProps {
  projectSlug: string;
  documentId: number;
  title: string;
  attributeNames: string[];
  answers: GridAnswer[];
  codings: GridCoding[];
  /** Active codes in codebook order; the first nine have digit shortcuts. */
  codes: PickableCode[];
  recentCodeIds: number[];
  canCode: boolean;
  user: { id: number; name: string };
  /** An answer to scroll to and focus first (a link from retrieval or search). */
  initialAnswerId?: number;
}

interface ShownCoding extends GridCoding {
  /** Shown at once, not yet acknowledged by the server. */
  pending?: boolean;
}

interface CodingTarget {
  answerId: number;
  start: number;
  end: number;
  /** Part of the answer's text, or null for the whole answer. */
  excerpt: string | null;
}

const headCell =
  "sticky top-0 z-10 border-b border-gray-200 bg-gray-50 px-3 py-2.5 text-left font-semibold break-words hyphens-auto text-gray-700";

let temporaryId = -1;

export function AnswerGrid(props: AnswerGridProps) {
  const { projectSlug, documentId, title, attributeNames, answers, codes, recentCodeIds, canCode, user } = props;
  const [codings, setCodings] = useState<ShownCoding[]>(props.codings);
  const [filterValues, setFilterValues] = useState<string[]>(() => attributeNames.map(() => ""));
  const [uncodedOnly, setUncodedOnly] = useState(false);
  const [focusedId, setFocusedId] = useState<number | null>(props.initialAnswerId ?? null);
  const [selection, setSelection] = useState<CodingTarget | null>(null);
  const [picker, setPicker] = useState<CodingTarget | null>(null);
  const [recent, setRecent] = useState<number[]>(recentCodeIds);
  const [announcement, setAnnouncement] = useState("");
  const [, setFocusRequest] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastIndex = useRef(0);
  const focusWanted = useRef(props.initialAnswerId !== undefined);

  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const answerById = useMemo(() => new Map(answers.map((answer) => [answer.id, answer])), [answers]);
  const topCodes = codes.slice(0, 9);

  const codingsByAnswer = useMemo(() => {
    const map = new Map<number, ShownCoding[]>();
    for (const coding of codings) {
      const list = map.get(coding.answerId);
      if (list) list.push(coding);
      else map.set(coding.answerId, [coding]);
    }
    return map;
  }, [codings]);

  const valueOptions = useMemo(
    () =>
      attributeNames.map((_, column) =>
        [...new Set(answers.map((answer) => answer.values[column]).filter(Boolean))].sort((a, b) =>
          a.localeCompare(b, "en-GB"),
        ),
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

  // Track a text selection inside one answer, as document offsets, for partial coding.
  useEffect(() => {
    const onSelectionChange = () => {
      const current = window.getSelection();
      if (!current || current.rangeCount === 0 || current.isCollapsed) {
        setSelection((previous) => (previous === null ? previous : null));
        return;
      }
      const range = current.getRangeAt(0);
      const start = range.startContainer.parentElement?.closest<HTMLElement>("[data-answer-text]");
      const row = start?.closest<HTMLElement>("[data-answer-id]");
      const answer = row ? answerById.get(Number(row.dataset.answerId)) : undefined;
      if (!start || !answer || !scrollRef.current?.contains(start)) {
        setSelection(null);
        return;
      }
      const mapped = selectionToAnswerRange(start, range, answer);
      if (!mapped) {
        setSelection(null);
        return;
      }
      const whole = mapped.start === answer.start && mapped.end === answer.end;
      setSelection({
        answerId: answer.id,
        ...mapped,
        excerpt: whole ? null : answer.text.slice(mapped.start - answer.start, mapped.end - answer.start),
      });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [answerById]);

  const targetNow = (): CodingTarget | null => {
    if (selection) return selection;
    if (!focused) return null;
    return { answerId: focused.id, start: focused.start, end: focused.end, excerpt: null };
  };

  const describeTarget = (target: CodingTarget) => {
    const answer = answerById.get(target.answerId);
    const who = answer ? `the answer of ${answer.externalId}` : "the answer";
    return target.excerpt === null ? who : `“${shorten(target.excerpt)}” in ${who}`;
  };

  async function apply(codeId: number, target: CodingTarget) {
    if (!canCode) return;
    const code = codeById.get(codeId);
    if (!code) return;
    const already = codings.some(
      (c) => c.codeId === codeId && c.coderId === user.id && c.start === target.start && c.end === target.end,
    );
    if (already) {
      setAnnouncement(`${describeTarget(target)} already has ${code.name}.`);
      return;
    }
    const temporary: ShownCoding = {
      id: temporaryId--,
      segmentId: 0,
      answerId: target.answerId,
      start: target.start,
      end: target.end,
      codeId,
      coderId: user.id,
      coderName: user.name,
      pending: true,
    };
    setCodings((previous) => [...previous, temporary]);
    setRecent((previous) => [codeId, ...previous.filter((id) => id !== codeId)].slice(0, 9));
    if (target.excerpt !== null) {
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    }
    setAnnouncement(`Coded ${describeTarget(target)} as ${code.name}.`);
    const result = await applyCodings({
      projectSlug,
      documentId,
      ranges: [{ start: target.start, end: target.end }],
      codeIds: [codeId],
    });
    if (result.ok) {
      setCodings((previous) => {
        const kept = previous.filter((c) => c.id !== temporary.id);
        const known = new Set(kept.map((c) => c.id));
        const confirmed = result.data
          .filter((created) => !known.has(created.id))
          .map((created) => ({ ...temporary, id: created.id, segmentId: created.segmentId, pending: false }));
        return [...kept, ...confirmed];
      });
    } else {
      setCodings((previous) => previous.filter((c) => c.id !== temporary.id));
      setAnnouncement(`Not coded: ${result.error.message}`);
      toast.error(`${code.name} was not applied: ${result.error.message}`);
    }
  }

  async function remove(coding: ShownCoding) {
    setCodings((previous) => previous.filter((c) => c.id !== coding.id));
    const name = codeById.get(coding.codeId)?.name ?? "code";
    setAnnouncement(`Removed ${name}.`);
    const result = await removeCodings({ projectSlug, codingIds: [coding.id] });
    if (!result.ok) {
      setCodings((previous) => [...previous, coding]);
      toast.error(`${name} was not removed: ${result.error.message}`);
    }
  }

  // Rows are memoised: hand them a callback that never changes, calling the latest `remove`.
  const removeLatest = useRef(remove);
  removeLatest.current = remove;
  const onRemove = useCallback((coding: ShownCoding) => void removeLatest.current(coding), []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).closest("input, select, textarea, button, a")) return;
    const key = event.key;
    if (key === "ArrowDown" || key === "j") moveTo(focusIndex + 1);
    else if (key === "ArrowUp" || key === "k") moveTo(focusIndex === -1 ? 0 : focusIndex - 1);
    else if (key === "Home") moveTo(0);
    else if (key === "End") moveTo(visible.length - 1);
    else if (canCode && /^[1-9]$/.test(key)) {
      const code = topCodes[Number(key) - 1];
      const target = targetNow();
      if (!code || !target) return;
      void apply(code.id, target);
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
  const filtered = filterValues.some(Boolean) || uncodedOnly;

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3"
        aria-label="Filter answers"
        onSubmit={(event) => event.preventDefault()}
      >
        {attributeNames.map((name, column) => (
          <div key={name} className="space-y-1.5">
            <Label htmlFor={`grid-filter-${column}`}>{attributeLabel(name)}</Label>
            <Select
              id={`grid-filter-${column}`}
              value={filterValues[column]}
              wrapperClassName="w-44"
              onChange={(event) => {
                const next = [...filterValues];
                next[column] = event.target.value;
                setFilterValues(next);
              }}
            >
              <option value="">All</option>
              {valueOptions[column].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <label className="flex min-h-9 items-center gap-2 text-sm font-medium text-gray-800">
          <input
            type="checkbox"
            className="size-4 accent-accent-700"
            checked={uncodedOnly}
            onChange={(event) => setUncodedOnly(event.target.checked)}
          />
          Uncoded only
        </label>
        {filtered ? (
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setFilterValues(attributeNames.map(() => ""));
              setUncodedOnly(false);
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </form>

      <p className="text-sm text-gray-700" data-testid="grid-counts">
        Showing <strong data-testid="shown-count">{visible.length}</strong> of {answers.length} answers ·{" "}
        <strong data-testid="uncoded-count">{uncodedCount}</strong> uncoded
        {filterValues.some(Boolean) ? " (in these filters)" : ""}
      </p>

      {canCode ? (
        <details className="rounded-md border border-gray-200 bg-white px-4 py-2 text-sm text-gray-800" open>
          <summary className="cursor-pointer font-medium">Keyboard</summary>
          <p className="mt-1">
            Click an answer or press <kbd>↓</kbd> in the list, then <kbd>↑</kbd>/<kbd>↓</kbd> or <kbd>j</kbd>/
            <kbd>k</kbd> to move. Press a digit to apply a code to the whole answer, or select words first to code only
            them; <kbd>c</kbd> opens every code.
          </p>
          <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="Digit shortcuts">
            {topCodes.map((code, index) => (
              <li key={code.id} className="flex items-center gap-1.5">
                <kbd className="rounded border border-gray-300 px-1.5 text-xs">{index + 1}</kbd>
                <CodeSwatch colour={code.colour} />
                {code.name}
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="text-sm text-gray-700">Your role can read the answers but not code them.</p>
      )}

      {selection && canCode ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-accent-200 bg-accent-50 px-3 py-2 text-sm text-accent-900">
          <span>
            Selected {describeTarget(selection)}: press a digit or <kbd>c</kbd> to code it.
          </span>
          <Button type="button" size="sm" variant="secondary" onClick={() => setPicker(selection)}>
            Code selection…
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
          data-saving={codings.some((coding) => coding.pending) ? "true" : "false"}
        >
          {/* Fixed layout: columns keep their widths as rows come and go, and the browser never re-measures every cell. */}
          <table
            className="w-full min-w-[64rem] table-fixed border-collapse text-sm"
            aria-rowcount={visible.length + 1}
          >
            <caption className="sr-only">
              Answers to {title}. {canCode ? "Focus an answer and press a digit to code it." : ""}
            </caption>
            <colgroup>
              <col className="w-10" />
              <col className="w-28" />
              {attributeNames.map((name) => (
                <col key={name} className="w-24" />
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

      <CodePicker
        open={picker !== null}
        onOpenChange={(open) => {
          if (!open) setPicker(null);
        }}
        codes={codes}
        recentCodeIds={recent}
        targetLabel={picker ? describeTarget(picker) : ""}
        onPick={(codeId) => {
          if (picker) void apply(codeId, picker);
        }}
        onClosed={() => {
          focusWanted.current = true;
          setFocusRequest((request) => request + 1);
        }}
      />
    </div>
  );
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

interface AnswerRowProps {
  answer: GridAnswer;
  rowIndex: number;
  dataIndex: number;
  measure: (element: Element | null) => void;
  focused: boolean;
  tabStop: boolean;
  codings: ShownCoding[] | undefined;
  codeById: ReadonlyMap<number, PickableCode>;
  canCode: boolean;
  onFocusRow: (answerId: number) => void;
  onRemove: (coding: ShownCoding) => void;
}

const NO_CODINGS: ShownCoding[] = [];

const AnswerRow = memo(function AnswerRow({
  answer,
  rowIndex,
  dataIndex,
  measure,
  focused,
  tabStop,
  codings = NO_CODINGS,
  codeById,
  canCode,
  onFocusRow,
  onRemove,
}: AnswerRowProps) {
  const partial = useMemo(() => codings.filter((c) => c.start > answer.start || c.end < answer.end), [codings, answer]);
  const textId = `answer-text-${answer.id}`;
  return (
    <tr
      ref={measure}
      data-index={dataIndex}
      data-answer-id={answer.id}
      data-coded={codings.length > 0 ? "true" : "false"}
      aria-rowindex={rowIndex}
      tabIndex={tabStop ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(answer.id);
      }}
      onMouseDown={() => onFocusRow(answer.id)}
      className={
        focused
          ? "bg-accent-50 align-top outline-2 -outline-offset-2 outline-accent-700"
          : "align-top hover:bg-gray-50 focus:outline-2 focus:-outline-offset-2 focus:outline-accent-700"
      }
    >
      <td className="px-2 py-2.5 text-right text-gray-600 tabular-nums">{answer.position + 1}</td>
      <th scope="row" className="px-3 py-2.5 text-left font-medium break-all text-gray-900">
        {answer.externalId}
      </th>
      {answer.values.map((value, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the grid's lifetime.
        <td key={column} className="px-3 py-2.5 text-gray-800">
          {value || <span className="text-gray-600">—</span>}
        </td>
      ))}
      <td className="px-3 py-2.5">
        <AnswerText id={textId} text={answer.text} offset={answer.start} partial={partial} codeNames={codeById} />
        {codings.length > 0 ? (
          <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label={`Codes on the answer of ${answer.externalId}`}>
            {codings.map((coding) => {
              const code = codeById.get(coding.codeId);
              const name = code?.name ?? "Archived code";
              const part =
                coding.start > answer.start || coding.end < answer.end
                  ? answer.text.slice(coding.start - answer.start, coding.end - answer.start)
                  : null;
              return (
                <li
                  key={coding.id}
                  data-testid="coding-chip"
                  data-code-id={coding.codeId}
                  data-pending={coding.pending ? "true" : "false"}
                  title={`${name} · coded by ${coding.coderName}${part ? ` · “${shorten(part)}”` : " · whole answer"}`}
                  className="inline-flex max-w-full items-center gap-1 rounded-full border bg-white py-0.5 pr-1 pl-2 text-xs text-gray-900"
                  style={{ borderColor: code?.colour ?? "#495057", opacity: coding.pending ? 0.7 : 1 }}
                >
                  <CodeSwatch colour={code?.colour ?? "#495057"} />
                  <span className="truncate">
                    {name}
                    {part ? <span className="text-gray-700"> · “{shorten(part)}”</span> : null}
                  </span>
                  {canCode ? (
                    <button
                      type="button"
                      disabled={coding.pending}
                      onClick={() => onRemove(coding)}
                      className="inline-flex size-5 items-center justify-center rounded-full text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-accent-700 disabled:opacity-50"
                      aria-label={`Remove ${name} from the answer of ${answer.externalId}`}
                    >
                      <X className="size-3" aria-hidden="true" />
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </td>
    </tr>
  );
});
