"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

interface QdpxSummary {
  tool: string;
  documents: number;
  codes: { inFile: number; created: number; matched: number };
  codings: number;
  users: number;
  participants: number;
  memos: number;
  offsetConvention: string;
  skipped: { selections: number; codingsWithoutCode: number; duplicateCodings: number; sources: number };
  renamedCodes: { from: string; to: string }[];
  departures: string[];
  warnings: string[];
}

interface QdcSummary {
  codes: number;
  created: number;
  matched: number;
  nonGuidIdentifiers: number;
  renamed: { from: string; to: string }[];
}

type Result = { kind: "qdpx"; summary: QdpxSummary } | { kind: "qdc"; summary: QdcSummary };

const plural = (count: number, word: string) => `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;

/** Sends a .qdpx or .qdc to the exchange route and shows what came in. */
export function ExchangeImportForm({ projectSlug }: { projectSlug: string }) {
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
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const response = await fetch(`/api/projects/${encodeURIComponent(projectSlug)}/exchange/import`, {
        method: "POST",
        headers: { "X-Filename": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
        body: file,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setError(body?.error?.message ?? "The file could not be imported.");
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
        <Field label="REFI-QDA file" hint="A project (.qdpx) of up to 20 MB, or a codebook (.qdc).">
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
      {result?.kind === "qdpx" ? (
        <Alert tone="success" title={`Imported from ${result.summary.tool}`}>
          <ul className="list-disc space-y-0.5 pl-5" data-testid="exchange-summary">
            <li>{plural(result.summary.documents, "document")}</li>
            <li>
              {plural(result.summary.codes.inFile, "code")} ({result.summary.codes.created} new)
            </li>
            <li>{plural(result.summary.codings, "coding")}</li>
            <li>{plural(result.summary.users, "coder")} (they cannot sign in)</li>
            <li>{plural(result.summary.participants, "participant")}</li>
            <li>{plural(result.summary.memos, "memo")}</li>
            <li>Selection offsets: {result.summary.offsetConvention}</li>
            {result.summary.skipped.selections + result.summary.skipped.codingsWithoutCode > 0 ? (
              <li>
                Left out: {plural(result.summary.skipped.selections, "selection")} outside its text,{" "}
                {plural(result.summary.skipped.codingsWithoutCode, "coding")} naming no code
              </li>
            ) : null}
            {result.summary.departures.map((departure) => (
              <li key={departure}>Read despite {departure}</li>
            ))}
            {result.summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={`/projects/${projectSlug}/documents`} className="font-medium underline">
              Open the documents
            </Link>
          </p>
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
