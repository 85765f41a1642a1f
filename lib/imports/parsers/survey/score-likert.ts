const SCALE: Record<number, string[]> = {
  5: [
    "strongly agree",
    "agree strongly",
    "completely agree",
    "totally agree",
    "very helpful",
    "extremely helpful",
    "very satisfied",
    "extremely satisfied",
    "very good",
    "excellent",
    "very likely",
    "extremely likely",
    "always",
  ],
  4: [
    "agree",
    "somewhat agree",
    "tend to agree",
    "mostly agree",
    "slightly agree",
    "helpful",
    "fairly helpful",
    "quite helpful",
    "satisfied",
    "fairly satisfied",
    "quite satisfied",
    "somewhat satisfied",
    "good",
    "likely",
    "fairly likely",
    "quite likely",
    "often",
  ],
  3: [
    "neither agree nor disagree",
    "neither agree or disagree",
    "neither agree/disagree",
    "neither",
    "neutral",
    "undecided",
    "neither helpful nor unhelpful",
    "neither satisfied nor dissatisfied",
    "neither good nor poor",
    "fair",
    "average",
    "neither likely nor unlikely",
    "sometimes",
  ],
  2: [
    "disagree",
    "somewhat disagree",
    "tend to disagree",
    "mostly disagree",
    "slightly disagree",
    "not very helpful",
    "unhelpful",
    "fairly unhelpful",
    "dissatisfied",
    "fairly dissatisfied",
    "somewhat dissatisfied",
    "poor",
    "unlikely",
    "fairly unlikely",
    "not very likely",
    "rarely",
  ],
  1: [
    "strongly disagree",
    "disagree strongly",
    "completely disagree",
    "totally disagree",
    "not at all helpful",
    "very unhelpful",
    "very dissatisfied",
    "extremely dissatisfied",
    "very poor",
    "very unlikely",
    "not at all likely",
    "never",
  ],
};

const LABEL_SCORES = new Map<string, number>(
  Object.entries(SCALE).flatMap(([score, labels]) => labels.map((label) => [label, Number(score)] as const)),
);

/** Answers that mean "no score", as a blank does. */
const MISSING = new Set([
  "n/a",
  "na",
  "not applicable",
  "don't know",
  "dont know",
  "do not know",
  "not sure",
  "prefer not to say",
  "-",
]);

/**
 * Scores a five-point answer, 5 = most positive: a digit 1–5 or a label such as "Strongly agree",
 * "Very helpful", "Very satisfied". Returns null for a blank or "don't know"-style answer and
 * undefined for anything else. In "5 - Strongly agree" the label wins over the digit, so a
 * reversed numbering in the export cannot flip the score.
 */
export function scoreLikert(value: string): number | null | undefined {
  const text = normaliseAnswer(value);
  if (text === "" || MISSING.has(text)) return null;
  if (/^[1-5](\.0+)?$/.test(text)) return Number.parseInt(text, 10);
  const label = LABEL_SCORES.get(text);
  if (label !== undefined) return label;

  const prefixed = /^([1-5])\s*([-–—=:.)])\s*(\D.*)$/.exec(text);
  if (prefixed) {
    const labelScore = LABEL_SCORES.get(prefixed[3]);
    if (labelScore !== undefined) return labelScore;
    // "1 = Not at all", "5 - Completely": an anchored scale whose wording we do not know.
    return /^[-–—=]$/.test(prefixed[2]) ? Number(prefixed[1]) : undefined;
  }
  const suffixed = /^(\D.*?)\s*[([][1-5][)\]]$/.exec(text);
  return suffixed ? LABEL_SCORES.get(suffixed[1]) : undefined;
}

function normaliseAnswer(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]+$/, "");
}
