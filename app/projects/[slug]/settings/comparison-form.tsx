"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { setComparison } from "./actions";

export interface WaveChoice {
  id: number;
  label: string;
  respondents: number;
}

/** The owner picks the baseline and current waves every page compares, or returns to the default rule. */
export function ComparisonForm({
  projectSlug,
  waves,
  baselineId,
  currentId,
  chosen,
}: {
  projectSlug: string;
  /** Waves with at least k respondents: the only ones that may be compared. */
  waves: WaveChoice[];
  baselineId: number | null;
  currentId: number | null;
  /** Whether the owner has chosen a pair (else the default rule applies). */
  chosen: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save(input: Parameters<typeof setComparison>[0]) {
    setError(null);
    startTransition(async () => {
      const result = await setComparison(input);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(`Every page now compares ${result.data.label ?? "no pair of waves"}`);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save({
      projectSlug,
      useDefault: false,
      baselineWaveId: String(form.get("baselineWaveId") ?? ""),
      currentWaveId: String(form.get("currentWaveId") ?? ""),
    });
  }

  if (waves.length < 2) {
    return (
      <p className="text-sm text-gray-700">Two waves with enough respondents are needed before a pair can be chosen.</p>
    );
  }
  const option = (wave: WaveChoice) => (
    <option key={wave.id} value={wave.id}>
      {wave.label} ({wave.respondents.toLocaleString("en-GB")} respondents)
    </option>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Waves compared">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <Label htmlFor="baseline-wave">Baseline wave</Label>
          <Select
            id="baseline-wave"
            name="baselineWaveId"
            defaultValue={baselineId ?? undefined}
            wrapperClassName="w-60"
          >
            {waves.map(option)}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="current-wave">Current wave</Label>
          <Select id="current-wave" name="currentWaveId" defaultValue={currentId ?? undefined} wrapperClassName="w-60">
            {waves.map(option)}
          </Select>
        </div>
        <Button type="submit" pending={pending}>
          Compare these waves
        </Button>
        {chosen ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => save({ projectSlug, useDefault: true })}
          >
            Use the default
          </Button>
        ) : null}
      </div>
    </form>
  );
}
