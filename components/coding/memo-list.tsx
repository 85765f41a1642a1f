"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MemoView } from "@/lib/memos/list-memos";
import { MemoContent } from "./memo-content";
import { MemoEditor } from "./memo-editor-lazy";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export interface MemoListProps {
  memos: MemoView[];
  currentUserId: number;
  canWrite: boolean;
  emptyText: string;
  /** A short line above a memo saying what it is on (e.g. the segment's words), if any. */
  describeTarget?: (memo: MemoView) => string | null;
  onUpdate: (memoId: number, body: MemoView["body"]) => Promise<boolean>;
  onDelete: (memoId: number) => Promise<boolean>;
}

/** Memos with their author and date; the author may edit or delete their own. */
export function MemoList({
  memos,
  currentUserId,
  canWrite,
  emptyText,
  describeTarget,
  onUpdate,
  onDelete,
}: MemoListProps) {
  const [editing, setEditing] = useState<number | null>(null);
  if (memos.length === 0) return <p className="text-sm text-gray-600">{emptyText}</p>;
  return (
    <ul className="space-y-3">
      {memos.map((memo) => {
        const about = describeTarget?.(memo);
        const own = canWrite && memo.authorId === currentUserId;
        return (
          <li key={memo.id} className="rounded-md border border-gray-200 bg-white p-3 text-sm" data-memo-id={memo.id}>
            <p className="mb-1 text-xs text-gray-600">
              <span className="font-medium text-gray-800">{memo.authorName}</span> ·{" "}
              <time dateTime={new Date(memo.updatedAt).toISOString()}>{dateTime.format(new Date(memo.updatedAt))}</time>
            </p>
            {about ? <p className="mb-1 text-xs text-gray-700 italic">{about}</p> : null}
            {editing === memo.id ? (
              <MemoEditor
                label="Edit memo"
                initial={memo.body}
                onSave={async (body) => {
                  const saved = await onUpdate(memo.id, body);
                  if (saved) setEditing(null);
                  return saved;
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <MemoContent body={memo.body} />
            )}
            {own && editing !== memo.id ? (
              <div className="mt-2 flex gap-2">
                <Button size="sm" variant="ghost" onClick={() => setEditing(memo.id)}>
                  Edit
                </Button>
                <Button size="sm" variant="ghost" onClick={() => void onDelete(memo.id)}>
                  Delete
                </Button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
