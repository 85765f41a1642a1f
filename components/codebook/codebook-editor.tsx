"use client";

import { Archive, ArchiveRestore, Download, GitMerge, Plus, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { type DragEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import {
  addCode,
  archiveCode,
  editCode,
  importCodebook,
  mergeCode,
  moveCode,
  restoreCode,
} from "@/app/projects/[slug]/codebook/actions";
import { MemoEditor } from "@/components/coding/memo-editor-lazy";
import { MemoList } from "@/components/coding/memo-list";
import { useMemos } from "@/components/coding/use-memos";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type KeyboardMove, keyboardMoveTarget } from "@/lib/codebook/keyboard-move";
import type { CodebookCode } from "@/lib/codebook/list-codebook";
import { canMove, descendantIds, moveCode as planMove } from "@/lib/coding/code-tree";
import type { MemoView } from "@/lib/memos/list-memos";
import { treeOrder } from "./tree-order";

export interface CodebookEditorProps {
  projectSlug: string;
  codes: CodebookCode[];
  memos: MemoView[];
  canEdit: boolean;
  currentUser: { id: number; name: string };
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
export function CodebookEditor({ projectSlug, codes: serverCodes, memos, canEdit, currentUser }: CodebookEditorProps) {
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
            canEdit={canEdit}
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

function NewCodeForm({
  projectSlug,
  codes,
  onCreated,
}: {
  projectSlug: string;
  codes: (CodebookCode & { depth: number })[];
  onCreated: (id: number) => void;
}) {
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3"
      aria-label="New code"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const result = await addCode({ projectSlug, name, parentId: parentId ? Number(parentId) : null });
        setPending(false);
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        setError(null);
        setName("");
        toast.success(`Added “${result.data.name}”.`);
        onCreated(result.data.id);
      }}
    >
      <Field label="New code" error={error} className="min-w-56 flex-1">
        <Input value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
      </Field>
      <Field label="Under" className="min-w-48">
        <Select value={parentId} onChange={(event) => setParentId(event.target.value)}>
          <option value="">Top level</option>
          {codes.map((code) => (
            <option key={code.id} value={code.id}>
              {`${"– ".repeat(code.depth)}${code.name}`}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        <Plus className="size-4" aria-hidden="true" />
        Add code
      </Button>
    </form>
  );
}

function ImportButton({ projectSlug, onDone }: { projectSlug: string; onDone: () => void }) {
  const inputId = useId();
  const [pending, setPending] = useState(false);
  return (
    <span>
      <label
        htmlFor={inputId}
        className={cn(
          buttonClasses("secondary", "sm"),
          "cursor-pointer focus-within:outline-2 focus-within:outline-accent-700",
        )}
      >
        <Upload className="size-4" aria-hidden="true" />
        {pending ? "Importing…" : "Import CSV"}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          if (file.size > 1_000_000) {
            toast.error("The codebook file is larger than 1 MB.");
            return;
          }
          setPending(true);
          const result = await importCodebook({ projectSlug, csv: await file.text() });
          setPending(false);
          if (!result.ok) {
            toast.error(`Codebook not imported: ${result.error.message}`);
            return;
          }
          const skipped = result.data.unknownMetrics.length
            ? ` Links to unknown metrics were skipped: ${result.data.unknownMetrics.join(", ")}.`
            : "";
          toast.success(`Imported ${result.data.codes} codes.${skipped}`);
          onDone();
        }}
      />
    </span>
  );
}

function CodeDetails({
  projectSlug,
  code,
  codes,
  canEdit,
  memos,
  currentUserId,
  onMemoCreate,
  onMemoUpdate,
  onMemoDelete,
  onChanged,
}: {
  projectSlug: string;
  code: CodebookCode;
  codes: CodebookCode[];
  canEdit: boolean;
  memos: MemoView[];
  currentUserId: number;
  onMemoCreate: (body: MemoView["body"]) => Promise<boolean>;
  onMemoUpdate: (memoId: number, body: MemoView["body"]) => Promise<boolean>;
  onMemoDelete: (memoId: number) => Promise<boolean>;
  onChanged: (message: string, nextSelected?: number | null) => void;
}) {
  const [fields, setFields] = useState({
    name: code.name,
    colour: code.colour,
    description: code.description,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
  });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [mergeTarget, setMergeTarget] = useState("");
  const [writingMemo, setWritingMemo] = useState(false);
  const excluded = new Set([code.id, ...descendantIds(codes, code.id)]);
  const mergeOptions = treeOrder(codes).filter((other) => !other.archived && !excluded.has(other.id));
  const target = codes.find((other) => String(other.id) === mergeTarget);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const facts = (
    <p className="mb-3 text-sm text-gray-700">
      {number.format(code.codingCount)} {code.codingCount === 1 ? "coding" : "codings"} in{" "}
      {number.format(code.documentCount)} {code.documentCount === 1 ? "document" : "documents"}
      {code.path.length > 1 ? ` · under ${code.path.slice(0, -1).join(" › ")}` : ""}
      {code.archived ? " · archived" : ""}
    </p>
  );
  const links =
    code.metricLinks.length > 0 ? (
      <p className="mb-3 text-sm text-gray-700">
        Linked metrics: {code.metricLinks.map((link) => `${link.metricKey} (${link.polarity})`).join(", ")}
      </p>
    ) : null;

  const memoSection = (
    <section aria-labelledby="code-memos-heading" className="mt-5">
      <h3 id="code-memos-heading" className="mb-2 font-semibold text-gray-900">
        Memos on this code
      </h3>
      {canEdit && !writingMemo ? (
        <Button size="sm" variant="secondary" className="mb-2" onClick={() => setWritingMemo(true)}>
          New memo
        </Button>
      ) : null}
      {writingMemo ? (
        <div className="mb-3">
          <MemoEditor
            label={`Memo on “${code.name}”`}
            onSave={async (body) => {
              const saved = await onMemoCreate(body);
              if (saved) setWritingMemo(false);
              return saved;
            }}
            onCancel={() => setWritingMemo(false)}
          />
        </div>
      ) : null}
      <MemoList
        memos={memos}
        currentUserId={currentUserId}
        canWrite={canEdit}
        emptyText="No memos on this code yet."
        onUpdate={onMemoUpdate}
        onDelete={onMemoDelete}
      />
    </section>
  );

  if (!canEdit) {
    return (
      <div className="rounded-lg border border-gray-200 bg-white p-4 text-sm">
        {facts}
        {links}
        <dl className="space-y-2">
          <div>
            <dt className="font-medium text-gray-800">Description</dt>
            <dd className="text-gray-900">{code.description || "—"}</dd>
          </div>
          <div>
            <dt className="font-medium text-gray-800">Include when</dt>
            <dd className="text-gray-900">{code.inclusion || "—"}</dd>
          </div>
          <div>
            <dt className="font-medium text-gray-800">Exclude when</dt>
            <dd className="text-gray-900">{code.exclusion || "—"}</dd>
          </div>
        </dl>
        {memoSection}
      </div>
    );
  }

  return (
    <div className="rounded-lg border border-gray-200 bg-white p-4">
      {facts}
      {links}
      <form
        className="space-y-3"
        aria-label={`Edit ${code.name}`}
        onSubmit={async (event) => {
          event.preventDefault();
          setPending(true);
          const result = await editCode({ projectSlug, codeId: code.id, ...fields });
          setPending(false);
          if (!result.ok) {
            setError(result.error.message);
            return;
          }
          setError(null);
          toast.success("Code saved.");
          onChanged(`Saved “${fields.name}”.`);
        }}
      >
        <Field label="Name" error={error}>
          <Input value={fields.name} onChange={set("name")} required maxLength={120} />
        </Field>
        <Field label="Colour" hint="Used for the code's stripe in transcripts.">
          <Input type="color" value={fields.colour} onChange={set("colour")} className="h-9 w-20 p-1" />
        </Field>
        <Field label="Description">
          <Textarea value={fields.description} onChange={set("description")} rows={3} maxLength={4000} />
        </Field>
        <Field label="Include when">
          <Textarea value={fields.inclusion} onChange={set("inclusion")} rows={2} maxLength={4000} />
        </Field>
        <Field label="Exclude when">
          <Textarea value={fields.exclusion} onChange={set("exclusion")} rows={2} maxLength={4000} />
        </Field>
        <Button type="submit" pending={pending}>
          Save code
        </Button>
      </form>

      <div className="mt-5 space-y-3 border-t border-gray-200 pt-4">
        {code.archived ? (
          <Button
            variant="secondary"
            onClick={async () => {
              const result = await restoreCode({ projectSlug, codeId: code.id });
              if (!result.ok) return void toast.error(result.error.message);
              toast.success(`Restored “${code.name}”.`);
              onChanged(`Restored “${code.name}”.`);
            }}
          >
            <ArchiveRestore className="size-4" aria-hidden="true" />
            Restore
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={async () => {
              const result = await archiveCode({ projectSlug, codeId: code.id });
              if (!result.ok) return void toast.error(result.error.message);
              toast.success(`Archived “${code.name}”${result.data.archived.length > 1 ? " and its subcodes" : ""}.`);
              onChanged(`Archived “${code.name}”.`);
            }}
          >
            <Archive className="size-4" aria-hidden="true" />
            Archive
          </Button>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <Field
            label="Merge into"
            hint="Its codings, subcodes and memos move to the code you choose; this code is then deleted."
            className="min-w-0 flex-1"
          >
            <Select value={mergeTarget} onChange={(event) => setMergeTarget(event.target.value)}>
              <option value="">Choose a code…</option>
              {mergeOptions.map((other) => (
                <option key={other.id} value={other.id}>
                  {`${"– ".repeat(other.depth)}${other.name}`}
                </option>
              ))}
            </Select>
          </Field>
          <Dialog>
            {target ? (
              <DialogTrigger asChild>
                <Button variant="secondary">
                  <GitMerge className="size-4" aria-hidden="true" />
                  Merge…
                </Button>
              </DialogTrigger>
            ) : (
              <Button variant="secondary" disabled>
                <GitMerge className="size-4" aria-hidden="true" />
                Merge…
              </Button>
            )}
            {target ? (
              <DialogContent
                title={`Merge “${code.name}” into “${target.name}”?`}
                description={`${number.format(code.codingCount)} codings move to “${target.name}” (one coder's duplicate on the same text collapses into one). Subcodes, memos and quotes move too, and “${code.name}” is deleted. This cannot be undone.`}
              >
                <div className="flex justify-end gap-2">
                  <DialogClose asChild>
                    <Button variant="ghost">Cancel</Button>
                  </DialogClose>
                  <DialogClose asChild>
                    <Button
                      variant="danger"
                      onClick={async () => {
                        const result = await mergeCode({ projectSlug, sourceId: code.id, targetId: target.id });
                        if (!result.ok) return void toast.error(result.error.message);
                        const { moved, collapsed } = result.data;
                        const message = `Merged “${code.name}” into “${target.name}”: ${moved} codings moved, ${collapsed} duplicates collapsed.`;
                        toast.success(message);
                        onChanged(message, target.id);
                      }}
                    >
                      Merge
                    </Button>
                  </DialogClose>
                </div>
              </DialogContent>
            ) : null}
          </Dialog>
        </div>
      </div>
      {memoSection}
    </div>
  );
}
