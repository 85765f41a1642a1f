"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { confirmImport, discardImport } from "./actions";
import { FileDropZone } from "./file-drop-zone";
import { ImportSummaryView } from "./import-summary-view";
import { ACCEPTED_EXTENSIONS, hasAcceptedExtension, type ImportJobState } from "./import-types";
import { PreviewStep } from "./preview-step";
import type { SurveyOptions } from "./survey-mapping-form";
import type { TranscriptOptions } from "./transcript-preview-form";

const POLL_INTERVAL_MS = 500;
// A small file is read in a fraction of a second: ask often at first, then settle to the interval.
const FAST_POLL_MS = 100;
const FAST_POLLS = 15;
// A server restart takes some seconds: keep asking, ever more slowly, for about a minute.
const MAX_POLL_FAILURES = 15;
const MAX_RETRY_DELAY_MS = 5_000;

type Phase =
  | { step: "choose"; error: string | null }
  | { step: "uploading"; filename: string }
  | { step: "job"; importId: number; filename: string };

export interface ImportFlowProps {
  projectSlug: string;
  waves: string[];
  metricKeys: { key: string; label: string }[];
  /** An upload to come back to (e.g. a preview awaiting confirmation, from the overview). */
  resume?: { importId: number; filename: string } | null;
}

const RUNNING: ImportJobState["status"][] = ["uploaded", "queued", "parsing", "importing"];

/** The researcher's mapping so far, kept per upload for the browser session so going back never loses it. */
function draftKey(importId: number): string {
  return `quoteline:import-draft:${importId}`;
}

function readDraft(importId: number): SurveyOptions | null {
  try {
    const stored = window.sessionStorage.getItem(draftKey(importId));
    return stored ? (JSON.parse(stored) as SurveyOptions) : null;
  } catch {
    return null;
  }
}

async function errorMessage(response: Response): Promise<string> {
  if (response.status === 401) return "Your session has ended. Sign in again, then retry.";
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // The body was not JSON; fall through to a generic message.
  }
  if (response.status === 413) return "This file is too large to import.";
  return `The server answered ${response.status}. Try again.`;
}

/** Upload → preview → confirm → progress → summary, polling the import job every 500 ms. */
export function ImportFlow({ projectSlug, waves, metricKeys, resume }: ImportFlowProps) {
  const [phase, setPhase] = useState<Phase>(() =>
    resume ? { step: "job", importId: resume.importId, filename: resume.filename } : { step: "choose", error: null },
  );
  const [job, setJob] = useState<ImportJobState | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [confirming, startConfirming] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const importId = phase.step === "job" ? phase.importId : null;
  const shouldPoll = importId !== null && (job === null || RUNNING.includes(job.status));
  const [draft, setDraft] = useState<SurveyOptions | null>(null);

  useEffect(() => {
    if (importId === null) return;
    setDraft(readDraft(importId));
    // The address names the upload, so reloading or coming back with the browser finds it again.
    const url = new URL(window.location.href);
    if (url.searchParams.get("import") !== String(importId)) {
      url.searchParams.set("import", String(importId));
      window.history.replaceState(window.history.state, "", url);
    }
  }, [importId]);

  const saveDraft = useCallback(
    (next: SurveyOptions) => {
      if (importId === null) return;
      try {
        window.sessionStorage.setItem(draftKey(importId), JSON.stringify(next));
      } catch {
        // Storage full or disabled: the mapping still lives in the form.
      }
    },
    [importId],
  );

  useEffect(() => {
    if (importId === null || !shouldPoll) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let polls = 0;
    const poll = async () => {
      polls += 1;
      try {
        const response = await fetch(`/api/projects/${encodeURIComponent(projectSlug)}/imports/${importId}`, {
          cache: "no-store",
        });
        if (cancelled) return;
        if (!response.ok) {
          const message = await errorMessage(response);
          if (response.status === 401 || response.status === 403 || response.status === 404) {
            setJob((current) => ({ ...(current as ImportJobState), status: "failed", message }));
            return;
          }
          throw new Error(message);
        }
        const next = (await response.json()) as ImportJobState;
        if (cancelled) return;
        failures = 0;
        setJob(next);
        if (!RUNNING.includes(next.status)) return;
      } catch {
        failures += 1;
        if (failures >= MAX_POLL_FAILURES) {
          setJob((current) => ({
            ...(current as ImportJobState),
            status: "failed",
            message:
              "Lost contact with the server while checking the import. The project overview shows how it ended, under Recent imports.",
          }));
          return;
        }
      }
      const delay =
        failures === 0
          ? polls < FAST_POLLS
            ? FAST_POLL_MS
            : POLL_INTERVAL_MS
          : Math.min(POLL_INTERVAL_MS * 2 ** failures, MAX_RETRY_DELAY_MS);
      if (!cancelled) timer = setTimeout(poll, delay);
    };
    void poll();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [importId, projectSlug, shouldPoll]);

  const jobStatus = job?.status;
  const jobFilename = job?.filename;
  useEffect(() => {
    if (jobStatus === "done") toast.success(`${jobFilename} imported`);
    if (jobStatus === "failed") toast.error("Import failed");
    if (jobStatus === "previewed" || jobStatus === "done" || jobStatus === "failed") headingRef.current?.focus();
  }, [jobStatus, jobFilename]);

  const upload = useCallback(
    async (file: File) => {
      if (!hasAcceptedExtension(file.name)) {
        setPhase({
          step: "choose",
          error: `"${file.name}" is not a file type Quoteline imports. Use ${ACCEPTED_EXTENSIONS.join(", ")}.`,
        });
        return;
      }
      if (file.size === 0) {
        setPhase({ step: "choose", error: `"${file.name}" is empty.` });
        return;
      }
      setJob(null);
      setConfirmError(null);
      setPhase({ step: "uploading", filename: file.name });
      try {
        const response = await fetch(`/api/projects/${encodeURIComponent(projectSlug)}/uploads`, {
          method: "POST",
          headers: { "X-Filename": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
          body: file,
        });
        if (response.status !== 202 && !response.ok) {
          setPhase({ step: "choose", error: await errorMessage(response) });
          return;
        }
        const body = (await response.json()) as { importId: number };
        setJob({
          id: body.importId,
          filename: file.name,
          status: "queued",
          progress: 0,
          queuePosition: null,
          message: null,
          preview: null,
          summary: null,
        });
        setPhase({ step: "job", importId: body.importId, filename: file.name });
      } catch {
        setPhase({
          step: "choose",
          error: "The upload did not reach the server. Check your connection and try again.",
        });
      }
    },
    [projectSlug],
  );

  function reset() {
    setJob(null);
    setConfirmError(null);
    setDraft(null);
    setPhase({ step: "choose", error: null });
    const url = new URL(window.location.href);
    if (url.searchParams.has("import")) {
      url.searchParams.delete("import");
      window.history.replaceState(window.history.state, "", url);
    }
  }

  function discard() {
    if (importId === null) return;
    setConfirmError(null);
    startConfirming(async () => {
      const result = await discardImport({ projectSlug, importId });
      if (!result.ok) {
        setConfirmError(result.error.message);
        return;
      }
      try {
        window.sessionStorage.removeItem(draftKey(importId));
      } catch {
        // Nothing stored.
      }
      toast.success("Upload discarded");
      reset();
    });
  }

  function confirm(options: TranscriptOptions | SurveyOptions | Record<string, never>) {
    if (importId === null) return;
    setConfirmError(null);
    startConfirming(async () => {
      const result = await confirmImport({ projectSlug, importId, ...options });
      if (!result.ok) {
        setConfirmError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      setJob((current) => (current ? { ...current, status: "queued", progress: 0, queuePosition: null } : current));
    });
  }

  if (phase.step === "choose") {
    return (
      <div className="space-y-4">
        {phase.error ? <Alert tone="error">{phase.error}</Alert> : null}
        <FileDropZone onFile={(file) => void upload(file)} />
      </div>
    );
  }

  if (phase.step === "uploading") {
    return (
      <div className="space-y-3 rounded-lg border border-gray-200 bg-white p-5" aria-live="polite">
        <Progress value={null} label={`Uploading ${phase.filename}`} />
      </div>
    );
  }

  const status = job?.status ?? "uploaded";
  const progressPercent = (job?.progress ?? 0) * 100;

  if (status === "failed") {
    return (
      <div className="space-y-4">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-gray-900 focus:outline-none">
          Import failed
        </h2>
        <Alert tone="error" title={`${phase.filename} could not be imported`}>
          {job?.message ?? "Something went wrong while reading the file."}
        </Alert>
        <Button variant="secondary" onClick={reset}>
          Choose a file
        </Button>
      </div>
    );
  }

  if (status === "done" && job?.summary) {
    return (
      <section aria-labelledby="import-done-title" className="space-y-4">
        <h2
          id="import-done-title"
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold text-gray-900 focus:outline-none"
        >
          Summary
        </h2>
        <ImportSummaryView
          projectSlug={projectSlug}
          importId={phase.importId}
          filename={phase.filename}
          summary={job.summary}
          onAnother={reset}
        />
      </section>
    );
  }

  if (status === "previewed" && job?.preview) {
    return (
      <section aria-labelledby="preview-title" className="space-y-4">
        <h2
          id="preview-title"
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold text-gray-900 focus:outline-none"
        >
          Preview
        </h2>
        <PreviewStep
          filename={phase.filename}
          preview={job.preview}
          waves={waves}
          metricKeys={metricKeys}
          pending={confirming}
          error={confirmError}
          onConfirm={confirm}
          onCancel={discard}
          draft={draft}
          onDraftChange={saveDraft}
        />
      </section>
    );
  }

  if (status === "discarded") {
    return (
      <div className="space-y-4">
        <Alert tone="info" title={`${phase.filename} was discarded`}>
          {job?.message ?? "This upload was discarded before it was imported; its file has been removed."}
        </Alert>
        <Button variant="secondary" onClick={reset}>
          Choose a file
        </Button>
      </div>
    );
  }

  const confirmed = Boolean(job?.preview);
  const importing = status === "importing" || status === "done";
  const waiting = status === "queued" || status === "uploaded";
  const label = waiting
    ? job?.queuePosition
      ? `Waiting, position ${job.queuePosition}: ${phase.filename}`
      : `Waiting for a free import worker: ${phase.filename}`
    : importing
      ? `Importing ${phase.filename}`
      : `Reading ${phase.filename}`;
  return (
    <div className="space-y-3 rounded-lg border border-gray-200 bg-white p-5">
      <Progress value={waiting ? 0 : progressPercent} label={label} />
      <p className="text-sm text-gray-700" aria-live="polite">
        {waiting
          ? job?.queuePosition
            ? `Other imports are running; this one is number ${job.queuePosition} in line and starts as soon as one ends.`
            : confirmed
              ? "Starting the import."
              : "Starting to read the file."
          : importing
            ? "Storing documents, turns and answers. You can leave this page; the import carries on."
            : "Checking the file and preparing a preview."}
      </p>
    </div>
  );
}
