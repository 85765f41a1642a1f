"use client";

import { Popover } from "radix-ui";
import type { RefObject } from "react";
import { ProposeQuoteButton } from "@/components/quotes/propose-quote-button";
import { Button } from "@/components/ui/button";
import type { MemoView } from "@/lib/memos/list-memos";
import type { CodingRecord } from "./coding-records";
import { MemoContent } from "./memo-content";
import { shortText } from "./short-text";

export interface CodingsHerePopoverProps {
  /** The codings at the place clicked or entered, innermost first; null when closed. */
  records: CodingRecord[] | null;
  text: string;
  canCode: boolean;
  /** Roles that may propose quotes (authors among them) see "Propose as quote" on each stored coding. */
  propose?: { projectSlug: string; documentId: number } | null;
  memos: MemoView[];
  anchor: RefObject<{ getBoundingClientRect: () => DOMRect }>;
  onClose: () => void;
  onInteractOutside: (event: Event) => void;
  onCloseAutoFocus: (event: Event) => void;
  onRemove: (record: CodingRecord) => void;
  onRecode: (record: CodingRecord) => void;
  onMemo: (record: CodingRecord) => void;
}

/** The codings at one place in the transcript: who coded what, their memos; remove, recode, memo or propose as quote. */
export function CodingsHerePopover(props: CodingsHerePopoverProps) {
  const { records, text, canCode, memos, propose } = props;
  const segmentMemos = (segmentId: number | null) =>
    segmentId === null ? [] : memos.filter((memo) => memo.segmentId === segmentId);
  return (
    <Popover.Root
      open={records !== null}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <Popover.Anchor virtualRef={props.anchor} />
      <Popover.Portal>
        <Popover.Content
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label="Codings here"
          className="z-50 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white p-3 shadow-xl"
          onInteractOutside={props.onInteractOutside}
          onCloseAutoFocus={props.onCloseAutoFocus}
        >
          <p className="mb-2 text-sm font-semibold text-gray-900">Codings here</p>
          <ul className="space-y-2" data-testid="codings-here">
            {(records ?? []).map((record) => (
              <li
                key={record.key}
                className="rounded-md border border-gray-200 p-2 text-sm"
                data-coding-id={record.id ?? undefined}
              >
                <p className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="size-3 shrink-0 rounded-full"
                    style={{ backgroundColor: record.colour }}
                  />
                  <span className="font-medium text-gray-900">{record.codeName}</span>
                </p>
                <p className="text-xs text-gray-700">
                  by {record.coderName}
                  {record.createdAt ? ` · ${new Date(record.createdAt).toLocaleDateString("en-GB")}` : " · saving…"}
                </p>
                <p className="mt-1 text-xs text-gray-700 italic">
                  “{shortText(text.slice(record.start, record.end), 90)}”
                </p>
                {segmentMemos(record.segmentId).map((memo) => (
                  <div key={memo.id} className="mt-1 rounded bg-gray-50 p-1.5 text-xs">
                    <p className="text-gray-600">Memo by {memo.authorName}</p>
                    <MemoContent body={memo.body} />
                  </div>
                ))}
                {record.id !== null && (canCode || propose) ? (
                  <div className="mt-2 flex flex-wrap gap-1.5">
                    {canCode ? (
                      <>
                        <Button size="sm" variant="secondary" onClick={() => props.onRemove(record)}>
                          Remove
                        </Button>
                        <Button size="sm" variant="secondary" onClick={() => props.onRecode(record)}>
                          Recode
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => props.onMemo(record)}>
                          Memo
                        </Button>
                      </>
                    ) : null}
                    {propose ? (
                      <ProposeQuoteButton
                        projectSlug={propose.projectSlug}
                        codeId={record.codeId}
                        target={
                          record.segmentId !== null
                            ? { segmentId: record.segmentId }
                            : { documentId: propose.documentId, start: record.start, end: record.end }
                        }
                        context={`${record.codeName}, “${shortText(text.slice(record.start, record.end), 40)}”`}
                        variant="ghost"
                      />
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
