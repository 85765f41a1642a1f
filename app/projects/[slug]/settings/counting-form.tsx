"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { setCountingAction } from "./actions";

type Mode = "all" | "consensus" | "coder";

const MODES: { value: Mode; label: string; hint: string }[] = [
  { value: "all", label: "All coders", hint: "Every coder’s codings (never the consensus codings)." },
  {
    value: "consensus",
    label: "Consensus where adjudicated",
    hint: "In a unit whose code was settled, the consensus codings replace the coders’; all coders elsewhere.",
  },
  { value: "coder", label: "One coder", hint: "Only the chosen coder’s codings." },
];

/** The owner chooses which codings every summary, figure, retrieval and export counts. */
export function CountingForm({
  projectSlug,
  mode,
  coderId,
  coders,
}: {
  projectSlug: string;
  mode: Mode;
  coderId: number | null;
  coders: { id: number; name: string }[];
}) {
  const [chosen, setChosen] = useState<Mode>(mode);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await setCountingAction({
        projectSlug,
        mode: chosen,
        coderId: chosen === "coder" ? String(form.get("coderId") ?? "") : null,
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(result.data.text);
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Codings counted">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="sr-only">Which codings analysis counts</legend>
        {MODES.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`counting-${option.value}`}
              name="mode"
              value={option.value}
              checked={chosen === option.value}
              onChange={() => setChosen(option.value)}
              aria-describedby={`counting-${option.value}-hint`}
              className="mt-1"
            />
            <div>
              <Label htmlFor={`counting-${option.value}`}>{option.label}</Label>
              <p id={`counting-${option.value}-hint`} className="text-sm text-gray-700">
                {option.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {chosen === "coder" ? (
        <div className="space-y-1.5">
          <Label htmlFor="counting-coder">Coder</Label>
          <Select id="counting-coder" name="coderId" defaultValue={coderId ?? undefined} wrapperClassName="w-60">
            {coders.map((coder) => (
              <option key={coder.id} value={coder.id}>
                {coder.name}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
