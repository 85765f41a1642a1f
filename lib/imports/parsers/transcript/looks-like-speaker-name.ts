import { speakerLabelCore } from "./speaker-label-core";

const NAME_PARTICLES = new Set([
  "al",
  "bin",
  "binti",
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "den",
  "di",
  "do",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "y",
  "zu",
]);
const STARTS_LOWERCASE = /^\p{Ll}/u;

/**
 * True when every word of the label is written like part of a name: it does not start with a
 * lowercase letter ("Zofia Wójcik", "Speaker 12", "Mr. Dauber", "Q", "田中", "🌻"), apart from
 * particles such as "van" or "de". Prose before a colon ("the reason was") fails.
 */
export function looksLikeSpeakerName(label: string): boolean {
  const words = speakerLabelCore(label).split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.every((word) => NAME_PARTICLES.has(word))) return false;
  return words.every((word) => !STARTS_LOWERCASE.test(word) || NAME_PARTICLES.has(word));
}
