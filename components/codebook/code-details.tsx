"use client";

import { Archive, ArchiveRestore, GitMerge } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { archiveCode, editCode, mergeCode, restoreCode } from "@/app/projects/[slug]/codebook/actions";
import { MemoEditor } from "@/components/coding/memo-editor-lazy";
import { MemoList } from "@/components/coding/memo-list";
import { PinToKey } from "@/components/coding/pin-to-key";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import type { CodebookCode } from "@/lib/codebook/list-codebook";
import { descendantIds } from "@/lib/coding/code-tree";
import type { MemoView } from "@/lib/memos/list-memos";
import { treeOrder } from "./tree-order";

const number = new Intl.NumberFormat("en-GB");

export function CodeDetails({
  projectSlug,
  code,
  codes,
  metricLabels,
  canEdit,
  codeKeys,
  onKeys,
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
  metricLabels: Record<string, string>;
  canEdit: boolean;
  codeKeys: CodeKey[];
  onKeys: (keys: CodeKey[]) => void;
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
        Linked metrics:{" "}
        {code.metricLinks
          .map((link) => `${metricLabels[link.metricKey] ?? link.metricKey} (${link.polarity})`)
          .join(", ")}
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
        {code.archived ? null : (
          <PinToKey
            projectSlug={projectSlug}
            code={code}
            keys={codeKeys}
            nameOf={(codeId) => codes.find((other) => other.id === codeId)?.name}
            onKeys={onKeys}
          />
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
