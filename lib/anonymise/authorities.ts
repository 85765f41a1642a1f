import data from "./data/authorities.json";

export type AuthorityRegion = "london" | "south_east" | "elsewhere";

export interface Authority {
  /** The official short name, e.g. `Lambeth`. */
  name: string;
  region: AuthorityRegion;
  /** Other names for the authority itself: council titles, informal names, acronyms. */
  variants: string[];
  /** Towns and neighbourhoods inside the authority. */
  places: string[];
}

/** London's 33 authorities, the South East's, then the neighbouring ones outside the research's two regions. */
export const AUTHORITIES: readonly Authority[] = data.authorities as Authority[];

/**
 * Names that are also ordinary words: matched only when capitalised, and at the start of a
 * sentence only when not followed by a word that shows the ordinary sense ("Reading the notes").
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(data.commonWordNames);
