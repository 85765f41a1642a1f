import type { Detection } from "./types";

const STREET_SUFFIX =
  "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Crescent|Cres|Drive|Dr|Way|Gardens|Gdns|Grove|Place|Pl|Terrace|Tce|Court|Ct|Hill|Park|Rise|Walk|Square|Sq|Mews|Row|Green|Parade|Vale|View|House|Estate";

/** "14 Elmfield Road", "22a Tollgate Rd", "Flat 3, 9 Mill Lane": a house number and the street it is on. */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(?:(?:Flat|Apartment|Apt|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${STREET_SUFFIX})\\.?(?![\\p{L}])`,
  "gu",
);

/** Street addresses with a house number: redacted whole, so the number does not outlive the street's name. */
export function detectAddresses(text: string): Detection[] {
  return [...text.matchAll(ADDRESS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].replace(/\.$/u, "").length,
    category: "place",
    reason: "Street address with a house number",
    source: "structured",
    replacement: "[address]",
  }));
}
