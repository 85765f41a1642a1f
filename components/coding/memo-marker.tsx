"use client";

import { StickyNote } from "lucide-react";
import { Popover } from "radix-ui";
import type { MemoView } from "@/lib/memos/list-memos";
import { MemoContent } from "./memo-content";
import { shortText } from "./short-text";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A marker in the margin where a segment has memos; it opens them in a popover. */
export function MemoMarker({ memos, top }: { memos: MemoView[]; top: number }) {
  const segmentText = memos[0]?.segment?.text ?? "";
  const label = `${memos.length === 1 ? "Memo" : `${memos.length} memos`} on “${shortText(segmentText, 40)}”`;
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="memo-marker"
          style={{ top: `${(top * 100).toFixed(3)}%` }}
          aria-label={label}
          data-testid="memo-marker"
        >
          <StickyNote className="size-3.5" aria-hidden="true" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="left"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={label}
          className="z-50 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white p-3 text-sm shadow-xl"
        >
          <p className="mb-2 text-xs text-gray-700">“{shortText(segmentText, 80)}”</p>
          <ul className="space-y-2">
            {memos.map((memo) => (
              <li key={memo.id} className="border-t border-gray-100 pt-2 first:border-0 first:pt-0">
                <p className="text-xs text-gray-700">
                  {memo.authorName} · {dateTime.format(new Date(memo.updatedAt))}
                </p>
                <MemoContent body={memo.body} />
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
