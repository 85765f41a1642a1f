import { isNonSpeakerLabel } from "./is-non-speaker-label";
import { isPlausibleSpeakerLabel } from "./is-plausible-speaker-label";
import { looksLikeSpeakerName } from "./looks-like-speaker-name";

export interface CueSpeaker {
  speaker: string | null;
  text: string;
}

const PREFIX = /^(?<label>[^:：]{1,80}?)[ \t]*(?::[ \t]+|：[ \t]*)(?<rest>\S[\s\S]*)$/u;
/** Share of cues whose prefix recurs above which a file counts as speaker-prefixed (Zoom's "Name: text"). */
const MIN_RECURRING_SHARE = 0.5;

/**
 * Reads Zoom-style "Name: text" prefixes off caption cues, but only when the file is consistently
 * prefixed: at least half of the cues start with a prefix used more than once, or every cue starts
 * with a name-like prefix. Otherwise (caption-only files) nothing is taken as a speaker, so
 * "So here's the thing: …" stays text. A cue without a prefix in a prefixed file is unattributed.
 */
export function splitCueSpeakers(texts: string[]): CueSpeaker[] {
  const prefixes = texts.map((text) => {
    const match = PREFIX.exec(text)?.groups;
    if (!match) return null;
    const label = match.label.trim().replace(/[ \t]+/g, " ");
    if (!isPlausibleSpeakerLabel(label) || isNonSpeakerLabel(label)) return null;
    return { label, rest: match.rest.trim() };
  });
  const occurrences = new Map<string, number>();
  for (const prefix of prefixes) {
    if (prefix) occurrences.set(prefix.label, (occurrences.get(prefix.label) ?? 0) + 1);
  }
  const recurring = (label: string) => (occurrences.get(label) ?? 0) >= 2;
  const recurringCount = prefixes.filter((prefix) => prefix && recurring(prefix.label)).length;
  const allNamed = prefixes.every((prefix) => prefix && looksLikeSpeakerName(prefix.label));
  const prefixed = texts.length > 0 && (recurringCount / texts.length >= MIN_RECURRING_SHARE || allNamed);

  return texts.map((text, index) => {
    const prefix = prefixes[index];
    if (prefixed && prefix && (recurring(prefix.label) || looksLikeSpeakerName(prefix.label))) {
      return { speaker: prefix.label, text: prefix.rest };
    }
    return { speaker: null, text };
  });
}
