// Universities named by their place or founder, capitalised: "the University of Sussex", "Kingston University",
// "Canterbury Christ Church University", "University College London".
import { detection } from "./organisation-detection";
import type { Detection } from "./types";

const WORD = "\\p{Lu}[\\p{L}'’-]+";
/** "University of Kent", "Uni of Brighton", "University of the West of England", "University of East London". */
const UNIVERSITY_OF = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:University|Uni)[ \\t]+of[ \\t]+(?:the[ \\t]+)?${WORD}(?:[ \\t]+(?:of[ \\t]+)?${WORD}){0,3}`,
  "gu",
);
/** "Kingston University", "Sussex uni", "Brunel University London", "University College London". */
const NAMED_UNIVERSITY = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${WORD}[ \\t]+){1,3}(?:University|[Uu]ni)(?:[ \\t]+London)?(?![\\p{L}])|(?<![\\p{L}\\p{N}'’-])University[ \\t]+College[ \\t]+${WORD}`,
  "gu",
);
/** Capitalised words that open a sentence or a clause and name no university ("At University", "My University"). */
const NOT_A_NAME =
  /^(?:The|A|An|At|In|To|From|Of|After|Before|During|When|Leaving|Since|Until|Post|Pre|Through|My|Our|Your|Their|His|Her|This|That|Which|What|Every|Any|No|Open|Local|Old|New|Top|Good|Great|Best|State|Public|Private|Russell|Group|Social|Work|Care)$/u;
/** Words after a university's name that are its subjects, not its place ("University of Kent Social Work"). */
const AFTER_THE_NAME = /^(?:Social|Work|Department|School|Faculty|Students?|Lecturers?|Placement|Library)$/u;

/** A university by its capitalised name: the words before "University", or the place after "University of". */
export function detectUniversities(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(UNIVERSITY_OF)) {
    const words = wordsOf(match[0]);
    let keep = words.length;
    while (keep > 3 && AFTER_THE_NAME.test(words[keep - 1].text)) keep--;
    const last = words[keep - 1];
    detections.push(university(match.index, match.index + last.index + last.text.length));
  }
  for (const match of text.matchAll(NAMED_UNIVERSITY)) {
    const words = wordsOf(match[0]);
    let first = 0;
    while (first < words.length && NOT_A_NAME.test(words[first].text)) first++;
    if (first === words.length || /^(?:University|[Uu]ni)$/u.test(words[first].text)) {
      if (words[first]?.text !== "University" || words[first + 1]?.text !== "College") continue;
    }
    detections.push(university(match.index + words[first].index, match.index + match[0].length));
  }
  return detections;
}

function university(start: number, end: number): Detection {
  return detection(start, end, "school", "University named by its place", "nlp");
}

function wordsOf(matched: string): { text: string; index: number }[] {
  return [...matched.matchAll(/\S+/gu)].map((word) => ({ text: word[0], index: word.index }));
}
