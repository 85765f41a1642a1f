"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { renameDocumentAction, renameWaveAction } from "./actions";

/** Renames a wave or a document in place: one text box and a Save button. */
export function RenameForm({
  projectSlug,
  kind,
  id,
  name,
  label,
}: {
  projectSlug: string;
  kind: "wave" | "document";
  id: number;
  name: string;
  /** The accessible name of the text box, e.g. "New label for wave 2024". */
  label: string;
}) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errorId = `rename-${kind}-${id}-error`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result =
        kind === "wave"
          ? await renameWaveAction({ projectSlug, waveId: id, label: value })
          : await renameDocumentAction({ projectSlug, documentId: id, title: value });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(`Renamed to ${"label" in result.data ? result.data.label : result.data.title}`);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <Input
        aria-label={label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="w-64"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <Button type="submit" variant="secondary" size="sm" pending={pending} disabled={value.trim() === name}>
        Rename
      </Button>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
