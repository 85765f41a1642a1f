import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, participantAttributes, participants, respondentAttributes } from "../../db/schema";
import type { AnonymiseOptions } from "../anonymise/types";
import { getProjectSettings } from "../projects/settings";

/** Speaker labels that are not names ("Speaker 2", "Facilitator", "P3"): as roster entries they would redact ordinary words. */
const GENERIC_SPEAKER = /^(speaker|participant|facilitator|moderator|interviewer|respondent|researcher|p|sp)\s*\d*$/i;
/** Attributes whose values are people's names: they join the roster. */
const PERSON_ATTRIBUTE = /\b(name|first name|surname|manager|supervisor|colleague|facilitator|interviewer|contact)\b/i;
/** Attributes whose values name places or organisations: they join the project's redaction terms. */
const PLACE_ATTRIBUTE =
  /\b(authority|council|borough|employer|organi[sz]ation|agency name|team name|workplace|town|city)\b|^(la|team)$/i;

/** The roster and terms the anonymiser uses for this project: participant names, names in attributes, the project's list. */
export function projectAnonymiserOptions(db: Db, projectId: number): Required<AnonymiseOptions> {
  const roster = new Set<string>();
  for (const { name } of db
    .select({ name: participants.name })
    .from(participants)
    .where(eq(participants.projectId, projectId))
    .all()) {
    const clean = rosterName(name);
    if (clean) roster.add(clean);
  }
  const customTerms = new Set(getProjectSettings(db, projectId).redactionTerms);
  // Only attributes that name people or places feed the anonymiser: read just their values, not every
  // respondent's every attribute (a large survey holds hundreds of thousands of those).
  const named = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, projectId))
    .all()
    .filter((attribute) => PERSON_ATTRIBUTE.test(attribute.name) || PLACE_ATTRIBUTE.test(attribute.name));
  const nameOf = new Map(named.map((attribute) => [attribute.id, attribute.name]));
  const ids = [...nameOf.keys()];
  const valueRows = (
    ids.length === 0
      ? []
      : [
          ...db
            .selectDistinct({ attributeId: participantAttributes.attributeId, value: participantAttributes.value })
            .from(participantAttributes)
            .where(inArray(participantAttributes.attributeId, ids))
            .all(),
          ...db
            .selectDistinct({ attributeId: respondentAttributes.attributeId, value: respondentAttributes.value })
            .from(respondentAttributes)
            .where(inArray(respondentAttributes.attributeId, ids))
            .all(),
        ]
  ).map((row) => ({ name: nameOf.get(row.attributeId)!, value: row.value }));
  for (const row of valueRows) {
    const value = row.value.trim();
    if (!value || /^(n\/a|none|unknown|-)$/i.test(value)) continue;
    if (PERSON_ATTRIBUTE.test(row.name)) {
      const clean = rosterName(value);
      if (clean) roster.add(clean);
    } else if (PLACE_ATTRIBUTE.test(row.name)) {
      customTerms.add(value);
    }
  }
  return { roster: [...roster], customTerms: [...customTerms] };
}

/** "Ruth (Facilitator)" → "Ruth"; generic labels such as "Speaker 2" are not names. */
export function rosterName(raw: string): string | null {
  const clean = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length < 2 || GENERIC_SPEAKER.test(clean)) return null;
  return clean;
}
