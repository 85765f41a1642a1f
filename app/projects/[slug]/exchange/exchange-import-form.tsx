"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

interface QdcSummary {
  codes: number;
  created: number;
  matched: number;
  nonGuidIdentifiers: number;
  renamed: { from: string; to: string }[];
}

type Result = { kind: "qdc"; summary: QdcSummary };

const plural = (count: number, word: string) => `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * A .qdpx goes to the import jobs like any upload (read and stored by an import worker, with a preview
 * and progress on the Import page); a .qdc is small and goes to the exchange route, answered at once.
 */
export function ExchangeImportForm({ projectSlug, qdpxLimitBytes }: { projectSlug: string; qdpxLimitBytes: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("exchange-file") as HTMLInputElement).files?.[0];
    if (!file) {
      setError("Choose a .qdpx or .qdc file first.");
      return;
    }
    const isProject = /\.qdpx$/i.test(file.name);
    if (isProject && file.size > qdpxLimitBytes) {
      setError(`This project file is larger than the ${megabytes(qdpxLimitBytes)} limit for .qdpx files.`);
      return;
    }
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const route = isProject ? "uploads" : "exchange/import";
      const response = await fetch(`/api/projects/${encodeURIComponent(projectSlug)}/${route}`, {
        method: "POST",
        headers: { "X-Filename": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
        body: file,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setError(body?.error?.message ?? "The file could not be imported.");
        return;
      }
      if (isProject) {
        router.push(
          `/projects/${encodeURIComponent(projectSlug)}/import?import=${(body as { importId: number }).importId}`,
        );
        return;
      }
      setResult(body as Result);
      router.refresh();
    } catch {
      setError("The file could not be sent. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-4 space-y-4">
      <form onSubmit={submit} className="space-y-3">
        <Field
          label="REFI-QDA file"
          hint={`A project (.qdpx) of up to ${megabytes(qdpxLimitBytes)}, read in the background with a preview before anything is stored, or a codebook (.qdc).`}
        >
          <Input id="exchange-file" name="exchange-file" type="file" accept=".qdpx,.qdc" required />
        </Field>
        <Button type="submit" pending={pending}>
          Import file
        </Button>
      </form>
      {error ? (
        <Alert tone="error" title="Nothing was imported">
          {error}
        </Alert>
      ) : null}
      {result?.kind === "qdc" ? (
        <Alert tone="success" title="Codebook imported">
          <ul className="list-disc space-y-0.5 pl-5" data-testid="exchange-summary">
            <li>
              {plural(result.summary.codes, "code")}: {result.summary.created} new, {result.summary.matched} already
              here
            </li>
            {result.summary.renamed.map((entry) => (
              <li key={entry.to}>
                “{entry.from}” appears twice and was named “{entry.to}”
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={`/projects/${projectSlug}/codebook`} className="font-medium underline">
              Open the codebook
            </Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
