import { isLowerCaseNameWord } from "./detect-lower-case-organisations";
import { GENERIC_WORDS } from "./organisation-detection";
import type { Detection } from "./types";

/** Lower-case words that close a firm's trading name, found after a name a rule took without them. */
const ENDING =
  /[ \t]+(?:social[ \t]+care|children['’]?s[ \t]+trust|recruitment|staffing|locums|direct|cic|cio|ltd|limited|languages|interpreting|interpreters|translations?|fostering|solutions|group|partnership|personnel|resourcing|associates|&[ \t]*co)(?![\p{L}\p{N}])/uy;
const KIND_WORD =
  /^(?:school|academy|primary|nursery|college|court|hospital|hosp|centre|center|trust|team|unit|ward|home|clinic|surgery|council|cc)$/u;
/** "x & y", "x and y": a second word joined to a firm's name typed in lower case. */
const JOINED = /[ \t]+(?:&|and)[ \t]+([\p{Ll}][\p{Ll}'’-]*)(?![\p{L}\p{N}])/uy;

/**
 * "blue arrow social care", "pillar & post": a firm's name a rule found only the first part of grows over the ending
 * that follows it and, typed in lower case, over a word joined by "&" or "and".
 */
export function growOrganisationsOverEndings(text: string, detections: Detection[]): Detection[] {
  return detections.map((found) => {
    let end = found.end;
    const name = text.slice(found.start, end);
    const words = name.split(/\s+/u);
    const last = words[words.length - 1];
    // Note: "bow school and stepney": a name closed by what it is joins no second name.
    if (name === name.toLowerCase() && words.length <= 2 && !GENERIC_WORDS.has(last) && !KIND_WORD.test(last)) {
      JOINED.lastIndex = end;
      const joined = JOINED.exec(text);
      const word = joined?.[1] ?? "";
      if (joined && !GENERIC_WORDS.has(word) && isLowerCaseNameWord(word, word)) end = JOINED.lastIndex;
    }
    for (let more = 0; more < 2; more++) {
      ENDING.lastIndex = end;
      if (!ENDING.exec(text)) break;
      end = ENDING.lastIndex;
    }
    return end === found.end ? found : { ...found, end };
  });
}
