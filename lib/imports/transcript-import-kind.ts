import path from "node:path";
import type { KindHandler } from "./import-kinds";
import { parseTranscript } from "./parsers/transcript/parse-transcript";
import { storeTranscript } from "./store-transcript";

const PREVIEW_TURNS = 40;

/** A transcript upload: its turns and speakers in the preview, one document when stored. */
export const transcriptImportKind: KindHandler<"transcript"> = {
  async parse(_db, job, bytes) {
    return { kind: "transcript", transcript: await parseTranscript(job.filename, bytes) };
  },
  preview(_db, _job, { transcript }) {
    const counts = new Map<string, number>();
    for (const turn of transcript.turns)
      if (turn.speaker) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
    return {
      kind: "transcript",
      format: transcript.format,
      cueCount: transcript.cueCount,
      turnCount: transcript.turns.length,
      speakers: transcript.speakers.map((label) => ({ label, turns: counts.get(label) ?? 0 })),
      turns: transcript.turns
        .slice(0, PREVIEW_TURNS)
        .map((t) => ({ speaker: t.speaker, startMs: t.startMs, text: t.text })),
      warnings: transcript.warnings,
    };
  },
  store(db, job, { transcript }, options, onProgress) {
    const summary = storeTranscript(db, {
      projectId: job.projectId,
      userId: job.userId,
      parsed: transcript,
      metadata: {
        title: options.title?.trim() || path.basename(job.filename).replace(/\.[^.]+$/, ""),
        wave: options.wave ?? null,
        groupType: options.groupType ?? null,
        heldOn: options.heldOn ?? null,
        filename: job.filename,
      },
      importId: job.id,
    });
    onProgress(1);
    return { kind: "transcript", ...summary, respondents: 0, answers: 0, attributes: 0 };
  },
};
