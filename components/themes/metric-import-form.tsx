"use client";

import { FileUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { importMetrics } from "@/app/projects/[slug]/metrics/actions";
import type { MetricFileKind } from "@/lib/metrics/import-metric-csv";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";

const KINDS: { value: MetricFileKind; label: string }[] = [
  { value: "levels", label: "Levels (metric_key, label, kind, scale, wave, segment, value, n)" },
  { value: "changes", label: "Published changes (metric_key, wave_from, wave_to, segment, change)" },
];

/** Uploads a metric CSV; the server checks every row before storing any and names the first bad line. */
export function MetricImportForm({ projectSlug }: { projectSlug: string }) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<MetricFileKind>("levels");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError("Choose a CSV file to import.");
      return;
    }
    startTransition(async () => {
      const csv = await file.text();
      const result = await importMetrics({ projectSlug, kind, csv });
      if (!result.ok) {
        setError(`${file.name}: ${result.error.message}`);
        return;
      }
      const message = `${file.name}: ${result.data.rows} ${result.data.kind === "levels" ? "levels" : "published changes"} imported.`;
      setNotice(message);
      toast.success(message);
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-5"
      noValidate
      aria-labelledby="metric-import-title"
    >
      <h2 id="metric-import-title" className="text-base font-semibold text-gray-900">
        Import metrics from CSV
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="What the file holds">
          <Select value={kind} onChange={(event) => setKind(event.target.value as MetricFileKind)} options={KINDS} />
        </Field>
        <Field label="CSV file" hint="A level already imported for the same metric, wave and segment is replaced.">
          <Input ref={fileRef} type="file" accept=".csv,text/csv" className="py-1" />
        </Field>
      </div>
      <Button type="submit" pending={pending}>
        <FileUp className="size-4" aria-hidden="true" />
        Import
      </Button>
    </form>
  );
}
