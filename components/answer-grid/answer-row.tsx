"use client";

import { X } from "lucide-react";
import { memo, useMemo } from "react";
import type { PickerCode } from "@/components/coding/code-picker";
import { CodeSwatch } from "@/components/coding/code-swatch";
import { shortText } from "@/components/coding/short-text";
import type { GridAnswer } from "@/lib/answers/list-question-answers";
import { AnswerStripes } from "./answer-stripes";
import { AnswerText } from "./answer-text";
import { ProposeChipButton } from "./propose-chip-button";
import type { ShownCoding } from "./use-grid-codings";

export interface AnswerRowProps {
  answer: GridAnswer;
  rowIndex: number;
  dataIndex: number;
  measure: (element: Element | null) => void;
  focused: boolean;
  tabStop: boolean;
  codings: ShownCoding[] | undefined;
  codeById: ReadonlyMap<number, PickerCode>;
  canCode: boolean;
  /** Set for roles that may propose quotes: each stored coding offers "Propose as quote". */
  proposeIn: { projectSlug: string; documentId: number } | null;
  onFocusRow: (answerId: number) => void;
  onRemove: (coding: ShownCoding) => void;
}

const NO_CODINGS: ShownCoding[] = [];
const GREY = "#495057";

/** One answer: its respondent, attributes, text (partly coded stretches marked) and a chip per coding. */
export const AnswerRow = memo(function AnswerRow({
  answer,
  rowIndex,
  dataIndex,
  measure,
  focused,
  tabStop,
  codings = NO_CODINGS,
  codeById,
  canCode,
  proposeIn,
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
      <th
        scope="row"
        title={answer.externalId}
        className="truncate px-3 py-2.5 text-left font-medium whitespace-nowrap text-gray-900"
      >
        {/* Relative to the grid's /projects/<slug>/questions/<id>: the respondent's own page. */}
        <a href={`../respondents/${answer.respondentId}`} tabIndex={tabStop ? 0 : -1}>
          {answer.externalId}
        </a>
      </th>
      {answer.values.map((value, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the grid's lifetime.
        <td key={column} className="px-3 py-2.5 text-gray-800">
          {value || <span className="text-gray-600">—</span>}
        </td>
      ))}
      <td className="px-3 py-2.5">
        <div className="flex items-stretch gap-2">
          <div className="min-w-0 flex-1">
            <AnswerText id={textId} text={answer.text} offset={answer.start} partial={partial} codeNames={codeById} />
          </div>
          <AnswerStripes answer={answer} codings={codings} codeById={codeById} textId={textId} />
        </div>
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
                  key={coding.key}
                  data-testid="coding-chip"
                  data-code-id={coding.codeId}
                  data-pending={coding.pending ? "true" : "false"}
                  title={`${name} · coded by ${coding.coderName}${part ? ` · “${shortText(part)}”` : " · whole answer"}`}
                  className="inline-flex max-w-full items-center gap-1 rounded-full border bg-white py-0.5 pr-1 pl-2 text-xs text-gray-900"
                  style={{ borderColor: code?.colour ?? GREY, opacity: coding.pending ? 0.7 : 1 }}
                >
                  <CodeSwatch colour={code?.colour ?? GREY} />
                  <span className="truncate">
                    {name}
                    {part ? <span className="text-gray-700"> · “{shortText(part)}”</span> : null}
                  </span>
                  {proposeIn && coding.id !== null ? (
                    <ProposeChipButton
                      projectSlug={proposeIn.projectSlug}
                      documentId={proposeIn.documentId}
                      codeId={coding.codeId}
                      start={coding.start}
                      end={coding.end}
                      label={`Propose ${name} on the answer of ${answer.externalId} as a quote`}
                    />
                  ) : null}
                  {canCode ? (
                    <button
                      type="button"
                      disabled={coding.pending}
                      onClick={() => onRemove(coding)}
                      className="inline-flex size-5 shrink-0 items-center justify-center rounded-full text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-accent-700 disabled:opacity-50"
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
