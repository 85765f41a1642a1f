import type { Random } from "./compose-answer";
import {
  AGENCY_BY_ETHNICITY,
  AGENCY_RATE,
  ETHNICITY_SHARES,
  GENDER_SHARES,
  ROLE_SHARES,
  YEARS_BY_ROLE,
} from "./survey-tables";
import type { EmploymentType, Region, Respondent, SurveyScale, SurveyWave, Weighted } from "./survey-types";

function draw<T>(random: Random, table: Weighted<T>): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let threshold = random() * total;
  for (const [value, weight] of table) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  return table[table.length - 1][0];
}

/** The wave's respondents in a shuffled region order, with role, employment, gender, ethnicity and years qualified drawn from the demo's shares. */
export function generateRespondents(random: Random, wave: SurveyWave, scale: SurveyScale): Respondent[] {
  const regions: Region[] = [
    ...Array<Region>(scale.london).fill("London"),
    ...Array<Region>(scale.southEast).fill("South East"),
  ];
  for (let index = regions.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [regions[index], regions[other]] = [regions[other], regions[index]];
  }
  const width = Math.max(5, String(regions.length).length);
  return regions.map((region, index) => {
    const role = draw(random, ROLE_SHARES);
    const gender = draw(random, GENDER_SHARES[region]);
    const ethnicity = draw(random, ETHNICITY_SHARES[wave][region]);
    const agencyRate =
      role === "Student"
        ? 0
        : (role === "Newly qualified social worker" ? 0.02 : AGENCY_RATE[wave]) * AGENCY_BY_ETHNICITY[ethnicity];
    const employment: EmploymentType = role === "Student" ? "Student" : random() < agencyRate ? "Agency" : "Permanent";
    return {
      id: `R${wave.slice(2)}-${String(index + 1).padStart(width, "0")}`,
      region,
      role,
      employment,
      gender,
      ethnicity,
      yearsQualified: draw(random, YEARS_BY_ROLE[role]),
    };
  });
}
