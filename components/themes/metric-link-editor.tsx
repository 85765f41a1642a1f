"use client";

import { Link2, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { removeMetricLink, saveMetricLink } from "@/app/projects/[slug]/themes/actions";
import type { Polarity } from "@/lib/themes/polarities";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";

export interface MetricLinkEditorProps {
  projectSlug: string;
  codeId: number;
  codeName: string;
  links: { metricId: number; metricKey: string; metricLabel: string; polarity: Polarity; rationale: string }[];
  metrics: { id: number; key: string; label: string }[];
}

const POLARITY_OPTIONS: { value: Polarity; label: string }[] = [
  { value: "concern", label: "Concern: raised more where the metric is worse" },
  { value: "strength", label: "Strength: raised more where the metric is better" },
  { value: "mixed", label: "Mixed: no expected direction" },
];

/** Adds, changes and removes the metrics a code is linked to (for roles that code). */
export function MetricLinkEditor({ projectSlug, codeId, codeName, links, metrics }: MetricLinkEditorProps) {
  const router = useRouter();
  const [metricId, setMetricId] = useState("");
  const [polarity, setPolarity] = useState<Polarity>("concern");
  const [rationale, setRationale] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!metricId) {
      setError("Choose the metric to link.");
      return;
    }
    startTransition(async () => {
      const result = await saveMetricLink({ projectSlug, codeId, metricId: Number(metricId), polarity, rationale });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(`${codeName} linked to ${result.data.metricLabel}`);
      setMetricId("");
      setRationale("");
      router.refresh();
    });
  }

  function onRemove(link: MetricLinkEditorProps["links"][number]) {
    setError(null);
    startTransition(async () => {
      const result = await removeMetricLink({ projectSlug, codeId, metricId: link.metricId });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(`Link to ${link.metricLabel} removed`);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="link-editor-title" className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
      <h3 id="link-editor-title" className="text-base font-semibold text-gray-900">
        Edit the linked metrics
      </h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {links.length > 0 ? (
        <ul className="divide-y divide-gray-100">
          {links.map((link) => (
            <li key={link.metricId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium text-gray-900">{link.metricLabel}</span>{" "}
                <span className="text-gray-700">
                  ({link.polarity}
                  {link.rationale ? `: ${link.rationale}` : ""})
                </span>
              </span>
              <Button variant="ghost" size="sm" onClick={() => onRemove(link)} disabled={pending}>
                <Trash2 className="size-4" aria-hidden="true" />
                Remove<span className="sr-only"> the link to {link.metricLabel}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-700">No metric is linked to this code yet.</p>
      )}
      <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
        <Field label="Metric">
          <Select value={metricId} onChange={(event) => setMetricId(event.target.value)}>
            <option value="">Choose a metric…</option>
            {metrics.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {metric.label} ({metric.key})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Polarity">
          <Select
            value={polarity}
            onChange={(event) => setPolarity(event.target.value as Polarity)}
            options={POLARITY_OPTIONS}
          />
        </Field>
        <Field
          label="Rationale"
          hint="One short sentence: why this theme and this metric belong together."
          className="md:col-span-2"
        >
          <Input
            value={rationale}
            maxLength={500}
            onChange={(event) => setRationale(event.target.value)}
            autoComplete="off"
          />
        </Field>
        <div className="md:col-span-2">
          <Button type="submit" pending={pending}>
            <Link2 className="size-4" aria-hidden="true" />
            Save link
          </Button>
        </div>
      </form>
    </section>
  );
}
