import seedrandom from "seedrandom";
import { THEME_FRAGMENTS } from "../demo/survey/answer-fragments";
import { SLOT_VALUES } from "../demo/survey/compose-answer";

/** A generated focus group: speakers' turns built from the demo phrase bank, as a file a researcher would upload. */
export interface GeneratedTranscript {
  filename: string;
  bytes: Uint8Array;
  words: number;
}

const FIRST_NAMES = [
  "Ewa",
  "Tendai",
  "Rhys",
  "Mohammed",
  "Siobhán",
  "Zoë",
  "Łukasz",
  "Priya",
  "Chidi",
  "Aoife",
  "Gráinne",
  "Kwame",
  "Małgorzata",
  "Thabo",
  "Nuala",
  "Olúwaseun",
];
const SURNAMES = ["Kowalska", "Moyo", "Morgan", "Rahman", "Ní Bhriain", "Adeyemi", "Nowak", "Patel", "Okafor", "Byrne"];
export const FACILITATOR = "Facilitator";

/** Sentences from the demo phrase bank, placeholders filled, in a fixed pseudo-random order. */
export function sentenceSource(random: () => number): () => string {
  const sentences = Object.values(THEME_FRAGMENTS).flatMap((theme) => [
    ...theme.base.concern,
    ...theme.base.positive,
    ...theme.base.suggestion,
  ]);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return () => pick(sentences).replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOT_VALUES[slot] ?? ["that"]));
}

const clock = (ms: number) => {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * A focus group of about `words` words: the facilitator asks, participants answer at length, with
 * Unicode names. Teams VTT (voice tags, one cue per sentence group) or a labelled txt, alternately,
 * so the real importers do the parsing.
 */
export function generateTranscript(index: number, words: number, format: "vtt" | "txt"): GeneratedTranscript {
  const random = seedrandom.alea(`bench-transcript-${index}`);
  const sentence = sentenceSource(random);
  const speakers = Array.from({ length: 6 }, (_, n) => {
    const first = FIRST_NAMES[(index * 5 + n * 3) % FIRST_NAMES.length];
    const last = SURNAMES[(index * 7 + n) % SURNAMES.length];
    return `${first} ${last} ${index + 1}`;
  });
  const turns: { speaker: string; text: string }[] = [];
  let total = 0;
  while (total < words) {
    const facilitating = turns.length % 4 === 0;
    const length = facilitating ? 10 + Math.floor(random() * 15) : 25 + Math.floor(random() * 70);
    const parts: string[] = [];
    let turnWords = 0;
    while (turnWords < length) {
      const next = sentence();
      parts.push(next);
      turnWords += next.split(/\s+/).length;
    }
    turns.push({
      speaker: facilitating ? FACILITATOR : speakers[Math.floor(random() * speakers.length)],
      text: parts.join(" "),
    });
    total += turnWords;
  }
  let text: string;
  if (format === "vtt") {
    let ms = 1_000;
    const cues = turns.map((turn, n) => {
      const duration = 4_000 + turn.text.length * 45;
      const cue = `${n + 1}\n${clock(ms)} --> ${clock(ms + duration)}\n<v ${turn.speaker}>${turn.text}</v>`;
      ms += duration + 400;
      return cue;
    });
    text = `WEBVTT\n\n${cues.join("\n\n")}\n`;
  } else {
    text = `${turns.map((turn) => `${turn.speaker}: ${turn.text}`).join("\n\n")}\n`;
  }
  return { filename: `focus-group-${index + 1}.${format}`, bytes: new TextEncoder().encode(text), words: total };
}
