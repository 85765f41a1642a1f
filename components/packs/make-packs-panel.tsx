"use client";

import { Download, Files } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { makeAllPacks } from "@/app/projects/[slug]/packs/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";

export interface PackRunState {
  id: number;
  status: "running" | "done" | "failed";
  done: number;
  total: number;
  message: string | null;
}

/** "Make all packs": starts the background run, shows its progress, and offers the zip when it is done. */
export function MakePacksPanel({ projectSlug, initial }: { projectSlug: string; initial: PackRunState | null }) {
  const [run, setRun] = useState<PackRunState | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!run || run.status !== "running") return;
    const timer = window.setTimeout(async () => {
      const response = await fetch(`/api/projects/${projectSlug}/packs/runs/${run.id}`, { cache: "no-store" });
      if (response.ok) setRun((await response.json()) as PackRunState);
      else
        setError(response.status === 401 ? "Your session has ended. Sign in again." : "Could not read the progress.");
    }, 700);
    return () => window.clearTimeout(timer);
  }, [run, projectSlug]);

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await makeAllPacks({ projectSlug });
      if (!result.ok) setError(result.error.message);
      else setRun({ id: result.data.runId, status: "running", done: 0, total: 0, message: null });
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={start} disabled={pending || run?.status === "running"}>
          <Files className="size-4" aria-hidden="true" />
          Make all packs
        </Button>
        {run?.status === "done" ? (
          <a
            href={`/api/projects/${projectSlug}/packs/runs/${run.id}/download`}
            className={buttonClasses("secondary")}
            download
          >
            <Download className="size-4" aria-hidden="true" />
            Download all packs (.zip)
          </a>
        ) : null}
      </div>
      <div aria-live="polite" className="space-y-3">
        {run?.status === "running" ? (
          <Progress
            value={run.total === 0 ? null : (100 * run.done) / run.total}
            label={run.total === 0 ? "Computing every authority's figures…" : `Made ${run.done} of ${run.total} packs`}
          />
        ) : null}
        {run?.status === "done" && run.message ? (
          <Alert tone="success" title="Packs ready">
            {run.message}
          </Alert>
        ) : null}
        {run?.status === "failed" ? (
          <Alert tone="error" title="The packs were not made">
            {run.message}
          </Alert>
        ) : null}
        {error ? (
          <Alert tone="error" title="Could not make the packs">
            {error}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
