"use client";

import { Download } from "lucide-react";
import { useRouter } from "next/navigation";
import { type DragEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { moveCode } from "@/app/projects/[slug]/codebook/actions";
import { useMemos } from "@/components/coding/use-memos";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { type KeyboardMove, keyboardMoveTarget } from "@/lib/codebook/keyboard-move";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import type { CodebookCode } from "@/lib/codebook/list-codebook";
import { canMove, moveCode as planMove } from "@/lib/coding/code-tree";
import type { MemoView } from "@/lib/memos/list-memos";
import { CodeDetails } from "./code-details";
import { ImportButton } from "./import-codebook-button";
import { NewCodeForm } from "./new-code-form";
import { treeOrder } from "./tree-order";

export interface CodebookEditorProps {
  projectSlug: string;
  codes: CodebookCode[];
  memos: MemoView[];
  /** Metric key → label, so linked metrics read as names. */
  metricLabels?: Record<string, string>;
  canEdit: boolean;
  currentUser: { id: number; name: string };
  /** The coder's pinned keys, to pin codes from the details. */
  codeKeys?: CodeKey[];
}

type DropPlace = { id: number; where: "before" | "inside" | "after" };

const MOVE_KEYS: Record<string, KeyboardMove> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowRight: "indent",
  ArrowLeft: "outdent",
};

const number = new Intl.NumberFormat("en-GB");

/** The codebook tree (ARIA tree, keyboard and drag to move) with the selected code's details beside it. */
export function CodebookEditor({
  projectSlug,
  codes: serverCodes,
  memos,
  metricLabels = {},
  canEdit,
  currentUser,
  codeKeys = [],
}: CodebookEditorProps) {
  const [keys, setKeys] = useState(codeKeys);
  const router = useRouter();
  const [codes, setCodes] = useState(serverCodes);
  useEffect(() => setCodes(serverCodes), [serverCodes]);
  const [showArchived, setShowArchived] = useState(false);
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [selectedId, setSelectedId] = useState<number | null>(serverCodes.find((code) => !code.archived)?.id ?? null);
  const [announcement, setAnnouncement] = useState("");
  const [dropPlace, setDropPlace] = useState<DropPlace | null>(null);
  const dragged = useRef<number | null>(null);
  const itemRefs = useRef(new Map<number, HTMLDivElement>());
  const focusAfterRender = useRef<number | null>(null);
  const memoState = useMemos(projectSlug, memos, currentUser);

  const ordered = useMemo(() => treeOrder(codes), [codes]);
  const byId = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const hasChildren = useMemo(
    () => new Set(codes.map((code) => code.parentId).filter((id): id is number => id !== null)),
    [codes],
  );
  const visible = useMemo(() => {
    const hidden = new Set<number>();
    return ordered.filter((code) => {
      const parentHidden = code.parentId !== null && (hidden.has(code.parentId) || collapsed.has(code.parentId));
      if (parentHidden || (code.archived && !showArchived)) {
        hidden.add(code.id);
        return false;
      }
      return true;
    });
  }, [ordered, collapsed, showArchived]);
  const selected = selectedId === null ? null : (byId.get(selectedId) ?? null);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    itemRefs.current.get(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const siblingsOf = (code: { parentId: number | null }) => visible.filter((item) => item.parentId === code.parentId);

  async function move(codeId: number, parentId: number | null, index: number | undefined) {
    const code = byId.get(codeId)!;
    const previous = codes;
    const placements = planMove(codes, codeId, parentId, index);
    const placed = new Map(placements.map((placement) => [placement.id, placement]));
    setCodes(codes.map((item) => (placed.has(item.id) ? { ...item, ...placed.get(item.id)! } : item)));
    focusAfterRender.current = codeId;
    const result = await moveCode({ projectSlug, codeId, parentId, index });
    if (!result.ok) {
      setCodes(previous);
      toast.error(result.error.message);
      setAnnouncement(`Not moved: ${result.error.message}`);
      return;
    }
    const parent = parentId === null ? null : byId.get(parentId);
    const after = treeOrder(codes, placements).filter(
      (item) => item.parentId === parentId && (showArchived || !item.archived),
    );
    const position = after.findIndex((item) => item.id === codeId) + 1;
    setAnnouncement(
      `Moved “${code.name}” ${parent ? `under “${parent.name}”` : "to the top level"}, position ${position} of ${after.length}.`,
    );
    router.refresh();
  }

  function focusItem(id: number | undefined) {
    if (id === undefined) return;
    setSelectedId(id);
    itemRefs.current.get(id)?.focus();
  }

  function onTreeKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = visible.findIndex((code) => code.id === selectedId);
    const code = visible[index];
    if (!code) return;
    if (event.altKey && MOVE_KEYS[event.key]) {
      event.preventDefault();
      if (!canEdit) return;
      const target = keyboardMoveTarget(codes, code.id, MOVE_KEYS[event.key], (item) => showArchived || !item.archived);
      if (!target) {
        setAnnouncement(`“${code.name}” cannot move that way.`);
        return;
      }
      if (target.parentId !== null)
        setCollapsed((current) => new Set([...current].filter((id) => id !== target.parentId)));
      void move(code.id, target.parentId, target.index);
      return;
    }
    const handled = () => event.preventDefault();
    switch (event.key) {
      case "ArrowDown":
        handled();
        focusItem(visible[index + 1]?.id);
        break;
      case "ArrowUp":
        handled();
        focusItem(visible[index - 1]?.id);
        break;
      case "Home":
        handled();
        focusItem(visible[0]?.id);
        break;
      case "End":
        handled();
        focusItem(visible.at(-1)?.id);
        break;
      case "ArrowRight":
        handled();
        if (hasChildren.has(code.id) && collapsed.has(code.id)) {
          setCollapsed((current) => new Set([...current].filter((id) => id !== code.id)));
        } else if (visible[index + 1]?.parentId === code.id) {
          focusItem(visible[index + 1].id);
        }
        break;
      case "ArrowLeft":
        handled();
        if (hasChildren.has(code.id) && !collapsed.has(code.id))
          setCollapsed((current) => new Set([...current, code.id]));
        else if (code.parentId !== null) focusItem(code.parentId);
        break;
    }
  }

  function dropTarget(place: DropPlace): { parentId: number | null; index: number } | null {
    const moving = dragged.current;
    const over = byId.get(place.id);
    if (moving === null || !over || moving === over.id) return null;
    const parentId = place.where === "inside" ? over.id : over.parentId;
    if (!canMove(codes, moving, parentId)) return null;
    if (place.where === "inside")
      return { parentId, index: codes.filter((code) => code.parentId === over.id && code.id !== moving).length };
    const siblings = treeOrder(codes).filter((code) => code.parentId === parentId && code.id !== moving);
    const at = siblings.findIndex((code) => code.id === over.id);
    return { parentId, index: place.where === "before" ? at : at + 1 };
  }

  function onDragOver(event: DragEvent<HTMLDivElement>, id: number) {
    if (dragged.current === null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const ratio = (event.clientY - box.top) / box.height;
    const place: DropPlace = { id, where: ratio < 0.25 ? "before" : ratio > 0.75 ? "after" : "inside" };
    if (!dropTarget(place)) return;
    event.preventDefault();
    if (dropPlace?.id !== place.id || dropPlace.where !== place.where) setDropPlace(place);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    const place = dropPlace;
    const moving = dragged.current;
    setDropPlace(null);
    if (!place || moving === null) return;
    const target = dropTarget(place);
    dragged.current = null;
    if (target) void move(moving, target.parentId, target.index);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section aria-labelledby="codes-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 id="codes-heading" className="mr-auto text-lg font-semibold text-gray-900">
            Codes <span className="font-normal text-gray-600">({codes.filter((code) => !code.archived).length})</span>
          </h2>
          <label className="flex items-center gap-2 text-sm text-gray-800">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
              className="size-4"
            />
            Show archived codes
          </label>
          <a href={`/api/projects/${projectSlug}/codebook`} className={buttonClasses("secondary", "sm")} download>
            <Download className="size-4" aria-hidden="true" />
            Export CSV
          </a>
          {canEdit ? <ImportButton projectSlug={projectSlug} onDone={() => router.refresh()} /> : null}
        </div>
        {canEdit ? (
          <NewCodeForm
            projectSlug={projectSlug}
            codes={ordered.filter((code) => !code.archived)}
            onCreated={(id) => {
              setSelectedId(id);
              focusAfterRender.current = id;
              router.refresh();
            }}
          />
        ) : null}
        <p id="codebook-keys" className="mb-2 text-sm text-gray-700">
          Arrow keys move through the codes; → and ← open and close a code&apos;s subcodes.
          {canEdit
            ? " Alt+↑ and Alt+↓ reorder, Alt+→ puts a code under the one above it, Alt+← takes it out a level; or drag a code."
            : ""}
        </p>
        <p role="status" className="sr-only" data-testid="codebook-announcement">
          {announcement}
        </p>
        {visible.length === 0 ? (
          <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-gray-700">
            No codes yet.{canEdit ? " Add the first one above, or import a codebook CSV." : ""}
          </p>
        ) : (
          <div
            role="tree"
            aria-label="Codebook"
            aria-describedby="codebook-keys"
            onKeyDown={onTreeKeyDown}
            className="rounded-lg border border-gray-200 bg-white p-1"
            data-testid="codebook-tree"
          >
            {visible.map((code) => {
              const siblings = siblingsOf(code);
              const isSelected = code.id === selectedId;
              const drop = dropPlace?.id === code.id ? dropPlace.where : null;
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the tree's onKeyDown handles the keyboard for every item (roving focus).
                <div
                  key={code.id}
                  ref={(element) => {
                    if (element) itemRefs.current.set(code.id, element);
                    else itemRefs.current.delete(code.id);
                  }}
                  role="treeitem"
                  aria-level={code.depth + 1}
                  aria-setsize={siblings.length}
                  aria-posinset={siblings.findIndex((item) => item.id === code.id) + 1}
                  aria-selected={isSelected}
                  aria-expanded={hasChildren.has(code.id) ? !collapsed.has(code.id) : undefined}
                  tabIndex={isSelected || (selectedId === null && code === visible[0]) ? 0 : -1}
                  draggable={canEdit && !code.archived}
                  onClick={() => setSelectedId(code.id)}
                  onFocus={() => setSelectedId(code.id)}
                  onDragStart={(event) => {
                    dragged.current = code.id;
                    event.dataTransfer.effectAllowed = "move";
                    event.dataTransfer.setData("text/plain", code.name);
                  }}
                  onDragEnd={() => {
                    dragged.current = null;
                    setDropPlace(null);
                  }}
                  onDragOver={(event) => onDragOver(event, code.id)}
                  onDragLeave={() => setDropPlace(null)}
                  onDrop={onDrop}
                  data-code-id={code.id}
                  className={cn(
                    "flex cursor-pointer items-center gap-2 rounded-md border-y-2 border-transparent py-1.5 pr-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-accent-700",
                    isSelected ? "bg-accent-50" : "hover:bg-gray-50",
                    drop === "before" && "border-t-accent-700",
                    drop === "after" && "border-b-accent-700",
                    drop === "inside" && "bg-accent-100",
                  )}
                  style={{ paddingLeft: `${0.5 + code.depth * 1.5}rem` }}
                >
                  <span aria-hidden="true" className="w-3 text-gray-600">
                    {hasChildren.has(code.id) ? (collapsed.has(code.id) ? "▸" : "▾") : ""}
                  </span>
                  <span
                    aria-hidden="true"
                    className="size-3 shrink-0 rounded-full"
                    style={{ backgroundColor: code.colour }}
                  />
                  <span
                    className={cn(
                      "min-w-0 flex-1 truncate font-medium",
                      code.archived ? "text-gray-600 line-through" : "text-gray-900",
                    )}
                  >
                    {code.name}
                  </span>
                  {code.archived ? <span className="text-xs text-gray-700">archived</span> : null}
                  <span className="text-xs whitespace-nowrap text-gray-700 tabular-nums" data-testid="code-counts">
                    {number.format(code.codingCount)} {code.codingCount === 1 ? "coding" : "codings"} ·{" "}
                    {number.format(code.documentCount)} {code.documentCount === 1 ? "document" : "documents"}
                  </span>
                </div>
              );
            })}
          </div>
        )}
      </section>

      <aside aria-labelledby="code-details-heading" className="min-w-0">
        <h2 id="code-details-heading" className="mb-3 text-lg font-semibold text-gray-900">
          {selected ? selected.name : "Code details"}
        </h2>
        {selected ? (
          <CodeDetails
            key={selected.id}
            projectSlug={projectSlug}
            code={selected}
            codes={codes}
            metricLabels={metricLabels}
            canEdit={canEdit}
            codeKeys={keys}
            onKeys={setKeys}
            memos={memoState.memos.filter((memo) => memo.codeId === selected.id)}
            currentUserId={currentUser.id}
            onMemoCreate={(body) => memoState.create({ target: "code", codeId: selected.id }, body)}
            onMemoUpdate={memoState.update}
            onMemoDelete={memoState.remove}
            onChanged={(message, nextSelected) => {
              setAnnouncement(message);
              if (nextSelected !== undefined) setSelectedId(nextSelected);
              router.refresh();
            }}
          />
        ) : (
          <p className="text-sm text-gray-700">Select a code to see its description and notes.</p>
        )}
      </aside>
    </div>
  );
}
