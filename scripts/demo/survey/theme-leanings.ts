import type { Voice } from "./answer-fragments";
import type { Random, ThemePick } from "./compose-answer";
import { POSITIVE_BY_SCORE } from "./survey-tables";
import type { Respondent, SurveyWave } from "./survey-types";
import { type DemoTheme, THEME_CODES } from "./themes";

const SECOND_THEME_RATE = 0.3;

export function voicesOf(respondent: Respondent): Voice[] {
  if (respondent.role === "Student") return ["student", "practitioner"];
  if (respondent.role === "Newly qualified social worker") return ["earlyCareer", "practitioner"];
  const roleVoice: Voice =
    respondent.role === "Team manager" || respondent.role === "Service manager" ? "manager" : "practitioner";
  return respondent.employment === "Agency" ? ["agency", roleVoice] : [roleVoice];
}

export type ScoreOf = (metricKey: string) => number;

/** How strongly and in which direction each theme is on this respondent's mind, from their other answers. */
export function themeLeanings(
  respondent: Respondent,
  wave: SurveyWave,
  scoreOf: ScoreOf,
): Record<DemoTheme, { weight: number; positive: number }> {
  const byScore = (table: readonly number[], metricKey: string) => table[scoreOf(metricKey) - 1];
  const positiveFor = (metricKey: string) => POSITIVE_BY_SCORE[scoreOf(metricKey) - 1];
  const isManager = respondent.role === "Team manager" || respondent.role === "Service manager";
  const isStudent = respondent.role === "Student";
  const isNewlyQualified = respondent.role === "Newly qualified social worker";
  const isAgency = respondent.employment === "Agency";
  const is2025 = wave === "2025";
  const workload = scoreOf("workload_manageable");
  const valued = scoreOf("staff_valued");
  const supervision = scoreOf("good_supervision");
  let managerWeight = 0;
  if (isManager) managerWeight = 2 + (workload <= 2 ? 1.5 : 0) + (scoreOf("work_life_balance") <= 2 ? 0.5 : 0);
  else if (!isStudent && !isNewlyQualified) managerWeight = 0.25;
  let ethnicityWeight = 0.25;
  if (respondent.ethnicity === "Black and global majority") ethnicityWeight = 1.4;
  else if (respondent.ethnicity === "Not specified") ethnicityWeight = 0.6;
  let protectedWeight = isManager ? 0.4 : 0.35;
  if (isNewlyQualified) protectedWeight = 2.5;
  else if (isStudent) protectedWeight = 0.8;
  let earlyCareerWeight = respondent.yearsQualified === "0-2" ? 0.6 : 0.15;
  if (isNewlyQualified) earlyCareerWeight = 2.5;
  else if (isStudent) earlyCareerWeight = 3;

  return {
    "Workload and caseloads": {
      weight: byScore([6, 3, 1.1, 0.45, 0.35], "workload_manageable") * (isManager ? 1.2 : 1) * (isStudent ? 0.3 : 1),
      positive: positiveFor("workload_manageable"),
    },
    "Protected caseloads": { weight: protectedWeight, positive: positiveFor("workload_manageable") },
    "Manager role complexity": { weight: managerWeight, positive: POSITIVE_BY_SCORE[Math.min(workload, 4) - 1] },
    "Supervision and feeling valued": {
      weight: 1.2 + (supervision === 1 || supervision === 5 ? 1 : 0) + (valued <= 2 ? 0.6 : 0),
      positive: positiveFor("good_supervision"),
    },
    "Psychological safety": {
      weight: byScore([3.5, 2.2, 0.7, 0.3, 0.25], "psychological_safety"),
      positive: positiveFor("psychological_safety"),
    },
    "Inclusive practice": {
      weight:
        ethnicityWeight * (valued <= 2 ? 1.6 : 1) +
        (respondent.gender === "Female" && (isManager || respondent.role === "Senior social worker") ? 0.2 : 0),
      positive: respondent.ethnicity === "Black and global majority" ? 0.15 : 0.3,
    },
    "Pay and remuneration": {
      weight:
        (byScore([4, 2.5, 0.9, 0.35, 0.3], "pay_fair") + (scoreOf("expenses_sufficient") <= 2 ? 1 : 0)) *
        (isStudent ? 0.6 : 1),
      positive: positiveFor("pay_fair"),
    },
    "Hybrid and flexible working": {
      weight: byScore([1.6, 1.3, 0.8, 1.1, 1.4], "work_life_balance"),
      positive: positiveFor("work_life_balance"),
    },
    "ICT and systems": {
      weight: byScore([3.5, 2.2, 0.7, 0.5, 0.6], "ict_support"),
      positive: positiveFor("ict_support"),
    },
    "AI in practice": { weight: is2025 ? 0.9 : 0.08, positive: scoreOf("ict_support") >= 4 ? 0.6 : 0.4 },
    "Social care reforms": { weight: is2025 ? 0.8 : 0.25, positive: 0.55 },
    "Career development and progression": {
      weight:
        (0.6 +
          (scoreOf("career_progression_importance") >= 4 && valued <= 3 ? 1.4 : 0) +
          (respondent.region === "South East" ? 0.3 : 0)) *
        (isStudent ? 0.3 : 1),
      positive: positiveFor("staff_valued") * 0.8,
    },
    "Agency working": {
      weight: isAgency ? 3 : is2025 ? 0.35 : 0.5,
      positive: isAgency ? 0.55 : is2025 ? 0.45 : 0.2,
    },
    "Commute and housing": {
      weight: (respondent.region === "London" ? 0.9 : 0.5) + (scoreOf("expenses_sufficient") <= 2 ? 0.4 : 0),
      positive: respondent.region === "London" ? 0.15 : 0.35,
    },
    "Early career support": { weight: earlyCareerWeight, positive: POSITIVE_BY_SCORE[supervision - 1] },
    Retention: {
      weight: 0.7 + byScore([1.8, 0.9, 0.2, 0.2, 0.5], "staff_valued"),
      positive: positiveFor("staff_valued"),
    },
  };
}

export function pickThemes(random: Random, weights: readonly number[], positive: readonly boolean[]): ThemePick[] {
  const chooseExcept = (excluded: number): number => {
    let total = 0;
    for (let index = 0; index < weights.length; index++) if (index !== excluded) total += weights[index];
    let threshold = random() * total;
    for (let index = 0; index < weights.length; index++) {
      if (index === excluded) continue;
      threshold -= weights[index];
      if (threshold < 0) return index;
    }
    return excluded === weights.length - 1 ? weights.length - 2 : weights.length - 1;
  };
  const first = chooseExcept(-1);
  const picked = [first];
  if (random() < SECOND_THEME_RATE) picked.push(chooseExcept(first));
  return picked.map((index) => ({ code: THEME_CODES[index], positive: positive[index] }));
}
