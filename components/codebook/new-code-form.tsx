"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { addCode } from "@/app/projects/[slug]/codebook/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CodebookCode } from "@/lib/codebook/list-codebook";

export function NewCodeForm({
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
