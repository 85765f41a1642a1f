// London's police force by its everyday names: "the Met", "Met Police", "the Metropolitan Police Service". A force
// is a past or present employer, and those of other areas are named by their endings ("Kent Police"); "met" alone is a
// verb ("Met with mum"), so only the article or the word "Police" makes it the force.
import { detection } from "./organisation-detection";
import type { Detection } from "./types";

const THE_MET =
  /(?<![\p{L}'’-])(?:[Tt]he[ \t]+Met(?=['’]s\b|[ \t]*[,.;:!?)]|[ \t]+(?:and|in|for|as|at|on|but|so|too|were|was|are|is|had|have|said|took|sent|came|arrested|picked|officers?|team|unit)\b|[ \t]*$)|(?:Met|Metropolitan|metropolitan)[ \t]+[Pp]olice(?:[ \t]+[Ss]ervice)?|[Tt]he[ \t]+met[ \t]+police)(?![\p{L}])/gu;

/** "My husband's in the Met", "a DS with the Met's child abuse team", "eight years with the Metropolitan Police". */
export function detectPoliceForces(text: string): Detection[] {
  return [...text.matchAll(THE_MET)].map((match) => {
    // The article is matched forward, not looked behind for, so a long run of spaces is read once.
    const start = match.index + (/^[Tt]he[ \t]+/u.exec(match[0])?.[0].length ?? 0);
    return detection(start, match.index + match[0].length, "police", "London's police force (“the Met”)", "nlp");
  });
}
