import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { authorities } from "../../db/schema";
import { AUTHORITIES } from "../anonymise/authorities";

export interface ProjectAuthority {
  id: number;
  name: string;
  region: string;
  aliases: string[];
}

const REGION_LABELS = { london: "London", south_east: "South East" } as const;

/** The 33 London and 19 South East authorities of this research, each with its region and usual spellings. */
export const DEFAULT_AUTHORITIES: readonly { name: string; region: string; aliases: string[] }[] = AUTHORITIES.flatMap(
  (authority) =>
    // The anonymiser also knows neighbouring authorities (to redact them); the research covers these two regions.
    authority.region === "london" || authority.region === "south_east"
      ? [{ name: authority.name, region: REGION_LABELS[authority.region], aliases: [...authority.variants] }]
      : [],
);

/**
 * A spelling folded for matching: case, "&", punctuation, and council titles ("London Borough of",
 * "Royal Borough of", "Council", "City Council") do not make another authority.
 */
export function foldAuthorityName(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’'`.,()]/g, "")
    .replace(/\b(the|london borough of|royal borough of|borough of|city of london corporation)\b/g, (match) =>
      match === "city of london corporation" ? "city of london" : " ",
    )
    .replace(/\b(county council|city council|borough council|council|lb|lbo)\b/g, " ")
    .replace(/[\s-]+/g, " ")
    .trim();
}

/** Finds the authority a respondent's answer names, by folded name or alias; null when none does. */
export function matchAuthority(
  list: readonly ProjectAuthority[],
  raw: string | null | undefined,
): ProjectAuthority | null {
  if (!raw?.trim()) return null;
  const folded = foldAuthorityName(raw);
  if (!folded) return null;
  for (const authority of list) {
    if (foldAuthorityName(authority.name) === folded) return authority;
  }
  for (const authority of list) {
    if (authority.aliases.some((alias) => foldAuthorityName(alias) === folded)) return authority;
  }
  return null;
}

/** The project's authorities; a project that has none gets the default list first. */
export function listProjectAuthorities(db: Db, projectId: number): ProjectAuthority[] {
  const read = () =>
    db
      .select({ id: authorities.id, name: authorities.name, region: authorities.region, aliases: authorities.aliases })
      .from(authorities)
      .where(eq(authorities.projectId, projectId))
      .orderBy(asc(authorities.region), asc(authorities.name))
      .all();
  const rows = read();
  if (rows.length > 0) return rows;
  db.transaction(
    (tx) => {
      for (const authority of DEFAULT_AUTHORITIES) {
        tx.insert(authorities)
          .values({ projectId, ...authority })
          .onConflictDoNothing()
          .run();
      }
    },
    { behavior: "immediate" },
  );
  return read();
}

/** Adds a spelling to an authority, so answers written that way count for it from now on. */
export function addAuthorityAlias(db: Db, projectId: number, authorityId: number, alias: string): void {
  const authority = listProjectAuthorities(db, projectId).find((row) => row.id === authorityId);
  if (!authority) throw new RangeError("No such authority in this project.");
  const trimmed = alias.trim();
  if (!trimmed || authority.aliases.includes(trimmed)) return;
  db.update(authorities)
    .set({ aliases: [...authority.aliases, trimmed] })
    .where(eq(authorities.id, authorityId))
    .run();
}
