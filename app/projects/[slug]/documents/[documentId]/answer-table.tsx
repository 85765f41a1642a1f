"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { attributeLabel } from "@/components/attribute-label";
import type { QuestionAnswer } from "@/lib/documents/get-document";

/** Above this many answers only the visible rows are rendered. */
const VIRTUALISE_FROM = 150;

export interface AnswerTableProps {
  answers: QuestionAnswer[];
  attributeNames: string[];
  title: string;
}

const headCell =
  "sticky top-0 z-10 border-b border-gray-200 bg-gray-50 px-3 py-2.5 text-left font-semibold text-gray-700";

export function AnswerTable({ answers, attributeNames, title }: AnswerTableProps) {
  if (answers.length < VIRTUALISE_FROM) {
    return (
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Answers to {title}</caption>
          <Head attributeNames={attributeNames} />
          <tbody className="divide-y divide-gray-100">
            {answers.map((answer) => (
              <AnswerRow key={answer.id} answer={answer} attributeNames={attributeNames} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return <VirtualAnswerTable answers={answers} attributeNames={attributeNames} title={title} />;
}

function VirtualAnswerTable({ answers, attributeNames, title }: AnswerTableProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: answers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 12,
    initialRect: { width: 1000, height: 800 },
    getItemKey: (index) => answers[index].id,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const columns = attributeNames.length + 3;
  return (
    <div>
      <p className="mb-2 text-sm text-gray-700">
        {answers.length} answers. Only the rows in view are drawn; scroll the table to read on.
      </p>
      <section
        ref={scrollRef}
        className="h-[70vh] overflow-auto rounded-lg border border-gray-200 bg-white"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling region must be reachable by keyboard to scroll it.
        tabIndex={0}
        aria-label={`Answers to ${title}`}
      >
        <table className="w-full border-collapse text-sm" aria-rowcount={answers.length + 1}>
          <caption className="sr-only">Answers to {title}</caption>
          <Head attributeNames={attributeNames} />
          <tbody className="divide-y divide-gray-100">
            {paddingTop > 0 ? (
              <tr>
                <td colSpan={columns} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => (
              <AnswerRow
                key={item.key}
                answer={answers[item.index]}
                attributeNames={attributeNames}
                rowIndex={item.index + 2}
                dataIndex={item.index}
                measure={virtualizer.measureElement}
              />
            ))}
            {paddingBottom > 0 ? (
              <tr>
                <td colSpan={columns} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function Head({ attributeNames }: { attributeNames: string[] }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className={`${headCell} w-12 text-right`}>
          #
        </th>
        <th scope="col" className={`${headCell} w-32`}>
          Respondent
        </th>
        {attributeNames.map((name) => (
          <th key={name} scope="col" className={headCell}>
            {attributeLabel(name)}
          </th>
        ))}
        <th scope="col" className={`${headCell} min-w-80`}>
          Answer
        </th>
      </tr>
    </thead>
  );
}

function AnswerRow({
  answer,
  attributeNames,
  rowIndex,
  dataIndex,
  measure,
}: {
  answer: QuestionAnswer;
  attributeNames: string[];
  rowIndex?: number;
  dataIndex?: number;
  measure?: (element: Element | null) => void;
}) {
  return (
    <tr className="align-top" aria-rowindex={rowIndex} data-index={dataIndex} ref={measure}>
      <td className="px-3 py-2.5 text-right text-gray-600 tabular-nums">{answer.position + 1}</td>
      <th scope="row" className="px-3 py-2.5 text-left font-medium break-all text-gray-900">
        {answer.externalId}
      </th>
      {attributeNames.map((name) => (
        <td key={name} className="px-3 py-2.5 text-gray-800">
          {answer.attributes[name] ?? <span className="text-gray-600">—</span>}
        </td>
      ))}
      <td className="px-3 py-2.5 leading-relaxed whitespace-pre-wrap text-gray-900">{answer.text}</td>
    </tr>
  );
}
