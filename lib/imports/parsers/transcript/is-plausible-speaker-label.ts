import { speakerLabelCore } from "./speaker-label-core";

const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 5;
const STARTS_LIKE_NAME = /^[\p{L}\p{Extended_Pictographic}]/u;
const NAME_CHARACTERS = /^(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier} .'’\-_&]|\u200d|\ufe0f)+$/u;
const ROLE_CHARACTERS = /^(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier} .,'’\-_&/]|\u200d|\ufe0f)+$/u;

/**
 * The shape test every speaker label passes: short (≤ 40 characters, ≤ 5 words), starting with a
 * letter or emoji, made of name characters, optionally followed by a role in parentheses. Sentences
 * ("Well, the reason was") and time stamps ("[inaudible 00:12:34]") fail it.
 */
export function isPlausibleSpeakerLabel(label: string): boolean {
  const trimmed = label.trim();
  const core = speakerLabelCore(trimmed);
  if (core.length === 0 || core.length > MAX_LABEL_CHARS) return false;
  if (core.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  if (!STARTS_LIKE_NAME.test(core) || !NAME_CHARACTERS.test(core)) return false;
  if (core === trimmed) return true;
  const role = trimmed.slice(core.length).trim().slice(1, -1);
  return ROLE_CHARACTERS.test(role);
}
