import { Turn } from "@/lib/coding/editor/turn";
import type { CodingParticipant } from "@/lib/coding/get-transcript-for-coding";
import { formatTimestamp, isoDuration } from "@/lib/documents/format-timestamp";

export interface TurnSpeaker {
  participantId: number | null;
  participant: CodingParticipant | null;
}

/**
 * The Turn node drawn with its speaker and timestamp beside the text. Plain DOM, no React: a
 * 50,000-word transcript has about a thousand turns and each must cost next to nothing.
 */
export function transcriptTurn(speakers: ReadonlyMap<number, TurnSpeaker>) {
  return Turn.extend({
    addNodeView() {
      return ({ node }) => {
        const dom = document.createElement("div");
        dom.className = "turn";
        const turnId = node.attrs.turnId as number | null;
        if (turnId !== null) {
          dom.dataset.turnId = String(turnId);
          // Search and retrieval link to #turn-<id>.
          dom.id = `turn-${turnId}`;
        }

        const meta = document.createElement("div");
        meta.className = "turn-meta";
        meta.contentEditable = "false";
        const speaker = document.createElement("span");
        speaker.className = "turn-speaker";
        const label = node.attrs.speaker as string | null;
        speaker.textContent = label ?? "No speaker";
        if (!label) speaker.classList.add("turn-speaker-none");
        const info = turnId === null ? undefined : speakers.get(turnId);
        if (info?.participantId) speaker.dataset.participantId = String(info.participantId);
        meta.append(speaker);
        const startMs = node.attrs.startMs as number | null;
        const time = formatTimestamp(startMs);
        if (time && startMs !== null) {
          const element = document.createElement("time");
          element.className = "turn-time";
          element.dateTime = isoDuration(startMs);
          element.textContent = time;
          meta.append(element);
        }

        const content = document.createElement("p");
        content.className = "turn-text";
        // The coding stripes' margin, filled by React only while the turn is on screen (see TranscriptStripes).
        const margin = document.createElement("div");
        margin.className = "stripe-margin";
        margin.contentEditable = "false";
        dom.append(meta, content, margin);
        return {
          dom,
          contentDOM: content,
          // The speaker and time never change; only the text's own DOM concerns ProseMirror.
          ignoreMutation: (mutation) => mutation.type !== "selection" && !content.contains(mutation.target),
          // Clicks and keys on a stripe are the stripe's, not the editor's.
          stopEvent: (event) => margin.contains(event.target as Node),
        };
      };
    },
  });
}
