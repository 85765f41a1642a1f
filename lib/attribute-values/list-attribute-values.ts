import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, attributeValues, participantAttributes } from "../../db/schema";
import { loadAnalysisFrame, loadAttributeColumn } from "../analysis-frame/analysis-frame";
import { orderAttributeNames } from "../attributes/standard-attributes";
import { compareInOrder } from "./value-order";

export interface AttributeValueRow {
  value: string;
  respondents: number;
  participants: number;
  /** Its place in the researcher's order; null when unordered. */
  position: number | null;
  /** Spellings merged into it ("f", "F" for "Female"), which future imports read as it too. */
  aliases: string[];
}

export interface AttributeWithValues {
  attributeId: number;
  name: string;
  /** In the order breakdowns list them: the researcher's order, then natural order. */
  values: AttributeValueRow[];
  ordered: boolean;
}

/** Every attribute of the project with each of its values, how many respondents and participants have it, and its aliases. */
export function listAttributeValues(db: Db, projectId: number): AttributeWithValues[] {
  const list = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, projectId))
    .all();
  const byId = new Map(
    list.map((attribute) => [
      attribute.id,
      { attributeId: attribute.id, name: attribute.name, rows: new Map<string, AttributeValueRow>(), ordered: false },
    ]),
  );
  const rowOf = (attributeId: number, value: string) => {
    const entry = byId.get(attributeId);
    if (!entry) return null;
    let row = entry.rows.get(value);
    if (!row) {
      row = { value, respondents: 0, participants: 0, position: null, aliases: [] };
      entry.rows.set(value, row);
    }
    return row;
  };
  // Respondents' values are counted from the analysis frame's columns, kept between loads, rather than by
  // grouping every stored value (a survey of 20,000 has over 100,000).
  const frame = loadAnalysisFrame(db, projectId);
  for (const attribute of list) {
    const column = loadAttributeColumn(db, frame, attribute.id);
    const counts = new Array<number>(column.values.length).fill(0);
    for (const at of column.valueAt) if (at >= 0) counts[at]++;
    column.values.forEach((value, index) => {
      const row = counts[index] > 0 ? rowOf(attribute.id, value) : null;
      if (row) row.respondents += counts[index];
    });
  }
  for (const count of db
    .select({
      attributeId: participantAttributes.attributeId,
      value: participantAttributes.value,
      n: sql<number>`count(*)`,
    })
    .from(participantAttributes)
    .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
    .where(eq(attributes.projectId, projectId))
    .groupBy(participantAttributes.attributeId, participantAttributes.value)
    .all()) {
    const row = count.value.trim() ? rowOf(count.attributeId, count.value) : null;
    if (row) row.participants += count.n;
  }
  const aliases: { attributeId: number; value: string; into: string }[] = [];
  for (const curated of db
    .select({
      attributeId: attributeValues.attributeId,
      value: attributeValues.value,
      position: attributeValues.position,
      into: attributeValues.mergedInto,
    })
    .from(attributeValues)
    .innerJoin(attributes, eq(attributes.id, attributeValues.attributeId))
    .where(eq(attributes.projectId, projectId))
    .all()) {
    if (curated.into !== null) {
      aliases.push({ attributeId: curated.attributeId, value: curated.value, into: curated.into });
    } else if (curated.position !== null) {
      const row = rowOf(curated.attributeId, curated.value);
      if (row) {
        row.position = curated.position;
        byId.get(curated.attributeId)!.ordered = true;
      }
    }
  }
  for (const alias of aliases) {
    const row = rowOf(alias.attributeId, alias.into);
    if (row) row.aliases.push(alias.value);
  }
  const order = orderAttributeNames(list.map((attribute) => attribute.name));
  return [...byId.values()]
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
    .map(({ rows, ...attribute }) => {
      const positions = new Map(
        [...rows.values()].flatMap((row) => (row.position === null ? [] : [[row.value, row.position]])),
      );
      const compare = compareInOrder(positions);
      return {
        ...attribute,
        values: [...rows.values()]
          .map((row) => ({ ...row, aliases: row.aliases.sort(compareInOrder(new Map())) }))
          .sort((a, b) => compare(a.value, b.value)),
      };
    });
}
