import webvtt from "webvtt-parser";
import htmlEntities from "webvtt-parser/html-entities.json";
import { ImportError } from "../import-error";
import { buildTranscript } from "./build-transcript";
import { decodeNumericCharacterReferences } from "./decode-numeric-character-references";
import { mergeConsecutiveCues } from "./merge-consecutive-cues";
import { normaliseWhitespace } from "./normalise-whitespace";
import type { ParsedTranscript, ParsedTurn } from "./parsed-transcript";
import { readTranscriptText } from "./read-transcript-text";
import { splitCueSpeakers } from "./split-cue-speakers";

const SIGNATURE = /^WEBVTT(?:[ \t\r\n]|$)/;
const COMMA_MILLISECONDS = /(\d{2}:\d{2}),(\d{3})/;
const MAX_WARNINGS = 5;

interface VoicedText {
  voice: string | null;
  text: string;
}

/**
 * Reads a WebVTT transcript with webvtt-parser (cue ids such as Teams' GUIDs, settings, NOTE and
 * STYLE blocks, entities). The speaker comes from `<v Name>` voice tags (the closing `</v>` is
 * optional) or, for cues without one, from consistent Zoom-style "Name: " prefixes. All markup is
 * dropped from the text; consecutive cues of one speaker become one turn.
 */
export function parseVtt(bytes: Uint8Array): ParsedTranscript {
  const text = readTranscriptText(bytes).replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, "");
  if (!SIGNATURE.test(text)) {
    throw new ImportError('This is not a WebVTT file: the first line must be "WEBVTT".');
  }
  const warnings: string[] = [];
  const { input, repairedTimes } = repairCommaTimes(decodeNumericCharacterReferences(text));
  if (repairedTimes)
    warnings.push("Some cue times used a comma before the milliseconds (SRT style); they were read anyway.");

  const { cues, errors } = new webvtt.WebVTTParser(htmlEntities).parse(input, "metadata");
  const problems = errors.filter((error) => error.message !== "No blank line after the signature.");
  for (const error of problems.slice(0, MAX_WARNINGS)) warnings.push(`Line ${error.line}: ${error.message}`);
  if (problems.length > MAX_WARNINGS)
    warnings.push(`… and ${problems.length - MAX_WARNINGS} more problems in the file.`);
  if (cues.length === 0) throw new ImportError("This WebVTT file has no cues, so the transcript has no text.");

  const pieces: Array<VoicedText & { startMs: number; endMs: number }> = cues.flatMap((cue) =>
    voicedTexts(cue.tree.children)
      .filter((piece) => piece.text.length > 0)
      .map((piece) => ({ ...piece, startMs: Math.round(cue.startTime * 1000), endMs: Math.round(cue.endTime * 1000) })),
  );
  const unvoiced = pieces.filter((piece) => piece.voice === null);
  const prefixed = splitCueSpeakers(unvoiced.map((piece) => piece.text));
  const speakerOf = new Map(unvoiced.map((piece, index) => [piece, prefixed[index]]));

  const turns: ParsedTurn[] = pieces.map((piece) => {
    const split = speakerOf.get(piece);
    return {
      speaker: split ? split.speaker : piece.voice,
      startMs: piece.startMs,
      endMs: piece.endMs,
      text: split ? split.text : piece.text,
    };
  });
  return buildTranscript("vtt", mergeConsecutiveCues(turns), cues.length, warnings);
}

function repairCommaTimes(text: string): { input: string; repairedTimes: boolean } {
  let repairedTimes = false;
  const input = text
    .split(/(\r\n|\r|\n)/)
    .map((line) => {
      if (!line.includes("-->") || !COMMA_MILLISECONDS.test(line)) return line;
      repairedTimes = true;
      return line.replace(new RegExp(COMMA_MILLISECONDS, "g"), "$1.$2");
    })
    .join("");
  return { input, repairedTimes };
}

/** The cue's text split by voice; ruby annotations and timestamp tags are left out. */
function voicedTexts(nodes: webvtt.CueNode[]): VoicedText[] {
  const pieces: VoicedText[] = [];
  const collect = (children: webvtt.CueNode[], voice: string | null) => {
    for (const node of children) {
      if (node.type === "text") {
        const last = pieces.at(-1);
        if (last && last.voice === voice) last.text += node.value;
        else pieces.push({ voice, text: node.value });
      } else if (node.type === "object" && node.name !== "rt") {
        collect(node.children, node.name === "v" ? normaliseWhitespace(node.value ?? "") || null : voice);
      }
    }
  };
  collect(nodes, null);
  return pieces.map((piece) => ({ voice: piece.voice, text: normaliseWhitespace(piece.text) }));
}
