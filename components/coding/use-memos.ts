"use client";

import { useCallback, useState } from "react";
import { toast } from "sonner";
import { addMemo, editMemo, removeMemo } from "@/app/projects/[slug]/memos/actions";
import type { MemoView } from "@/lib/memos/list-memos";
import type { MemoNode } from "@/lib/memos/memo-body";

export type MemoTargetInput =
  | { target: "document"; documentId: number }
  | { target: "segment"; segmentId: number; segment: { start: number; end: number; text: string } }
  | { target: "code"; codeId: number };

/** Memos shown on a page, kept in step with the server's answers to create, edit and delete. */
export function useMemos(projectSlug: string, initial: MemoView[], author: { id: number; name: string }) {
  const [memos, setMemos] = useState(initial);

  const create = useCallback(
    async (on: MemoTargetInput, body: MemoNode): Promise<boolean> => {
      const { segment, ...target } = on as MemoTargetInput & { segment?: MemoView["segment"] };
      const result = await addMemo({ projectSlug, on: target as Parameters<typeof addMemo>[0]["on"], body });
      if (!result.ok) {
        toast.error(result.error.message);
        return false;
      }
      const now = new Date();
      setMemos((current) => [
        ...current,
        {
          id: result.data.id,
          target: on.target,
          documentId: on.target === "document" ? on.documentId : null,
          segmentId: on.target === "segment" ? on.segmentId : null,
          codeId: on.target === "code" ? on.codeId : null,
          segment: segment ?? null,
          authorId: author.id,
          authorName: author.name,
          body,
          createdAt: now,
          updatedAt: now,
        },
      ]);
      toast.success("Memo saved.");
      return true;
    },
    [projectSlug, author.id, author.name],
  );

  const update = useCallback(
    async (memoId: number, body: MemoNode): Promise<boolean> => {
      const result = await editMemo({ projectSlug, memoId, body });
      if (!result.ok) {
        toast.error(result.error.message);
        return false;
      }
      setMemos((current) =>
        current.map((memo) => (memo.id === memoId ? { ...memo, body, updatedAt: new Date() } : memo)),
      );
      toast.success("Memo saved.");
      return true;
    },
    [projectSlug],
  );

  const remove = useCallback(
    async (memoId: number): Promise<boolean> => {
      const result = await removeMemo({ projectSlug, memoId });
      if (!result.ok) {
        toast.error(result.error.message);
        return false;
      }
      setMemos((current) => current.filter((memo) => memo.id !== memoId));
      toast.success("Memo deleted.");
      return true;
    },
    [projectSlug],
  );

  return { memos, create, update, remove };
}
