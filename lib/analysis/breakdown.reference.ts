// Reference implementation: the app counts in lib/themes (theme-reach-table, prevalence-cell); tests check both agree.
import { type Breakdown, type BreakdownOptions, NOT_STATED, type RespondentAttributes } from "./breakdown";
import { getOrCreate } from "./get-or-create";
import { orderSegments } from "./order-segments";
import type { ThemeReach } from "./prevalence.reference";
import { shareOf } from "./share";
import type { Id } from "./types";

/**
 * Raised, base and share for each value of one attribute among a wave's respondents (`reach` from
 * `themeReach`). Base respondents without the attribute fall in a "Not stated" row, listed last, so
 * the rows always add up to the total. Unlisted values follow `order` in natural order.
 */
export function breakdownByAttribute(
  respondents: readonly RespondentAttributes[],
  reach: ThemeReach,
  attribute: string,
  options: BreakdownOptions = {},
): Breakdown {
  const notStated = options.notStatedLabel ?? NOT_STATED;
  const attributeValues = new Map<Id, string>();
  for (const respondent of respondents) {
    const value = respondent.attributes[attribute]?.trim();
    if (value) attributeValues.set(respondent.respondentId, value);
  }

  const counts = new Map<string, { raised: number; base: number }>();
  for (const value of options.order ?? []) getOrCreate(counts, value, () => ({ raised: 0, base: 0 }));
  const found = new Set<string>();
  for (const respondentId of reach.base) {
    const value = attributeValues.get(respondentId) ?? notStated;
    found.add(value);
    const count = getOrCreate(counts, value, () => ({ raised: 0, base: 0 }));
    count.base += 1;
    if (reach.raised.has(respondentId)) count.raised += 1;
  }

  const values = orderSegments(found, options.order ?? [], notStated);

  const rows = values.map((value) => {
    const { raised, base } = counts.get(value)!;
    return { value, raised, base, share: shareOf(raised, base) };
  });
  let raised = 0;
  for (const row of rows) raised += row.raised;
  return { attribute, rows, total: { raised, base: reach.base.size, share: shareOf(raised, reach.base.size) } };
}
