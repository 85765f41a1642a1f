import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  codes,
  documents,
  likertAnswers,
  likertItems,
  metrics,
  questions,
  respondentAttributes,
  respondents,
  turns,
  users,
} from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureWave } from "../imports/ensure-wave";
import { layoutText } from "../imports/layout-text";
import { parseMetricLevels, parsePublishedChanges } from "../metrics/parse-metric-csv";
import { storeMetricLevels, storePublishedChanges } from "../metrics/store-metrics";
import { createProject } from "../projects/create-project";
import { updateProjectSettings } from "../projects/settings";
import { saveCodeMetricLink } from "./code-metric-links";

/**
 * A small project whose every figure is worked out by hand in the tests (see themes.test.ts).
 *
 * Codes: Workload (W) with sub-code Protected (P); Pay (Y); Supervision (S).
 * 2023: R1 London F, R2 London F, R3 London M, R4 South East F, R5 South East M, R6 (no region) F, and R7
 * South East F who answered no free-text question. Q1 answers: R1 [W], R2 [P], R3 [Y], R4 [W, and "pay" Y
 * by the second coder], R6 [W]. Q2 answers: R1 [S], R5 [].
 * 2025: S1 London F, S2 London M, S3 South East F, S4 South East F, S5 London F, S6 South East M.
 * Q1 answers: S1 [W], S2 [], S3 [P by the first coder, W by the second], S4 [], S6 []; one Y segment runs
 * from the end of S2's answer into S3's. Q2 answers: S1 [S], S5 [W].
 * Transcripts: 2023 "Students" — T5 [Y], T6 [P, S]; 2025 "Managers" — T1 facilitator [], T2 [W, Y], T3 [S], T4 [W].
 * Likert "My workload is manageable" (workload_manageable): R1 2, R2 4, R3 3, R4 1, R5 5, R7 4; S1 3, S2 4,
 * S3 2, S4 5, S5 3. Published: workload_manageable 3.07 → 3.20 (change 0.13, London +0.10),
 * lack_progression_top5_leave 30 → 33, work_life_balance 3.15 → 3.24.
 * Links: W → workload_manageable (concern), W → lack_progression_top5_leave (concern), W → work_life_balance
 * (mixed), P → workload_manageable (strength). Suppression threshold 3.
 */
export interface ThemeFixture {
  projectId: number;
  coderIds: [number, number];
  code: { W: number; P: number; Y: number; S: number };
  metric: { workload: number; leave: number; balance: number };
  respondent: Record<string, number>;
  /** Question ids: Q1 and Q2 are the same questions in both waves. */
  question: { Q1: number; Q2: number };
  /** Answer and turn texts by label, for building segments in tests. */
  documentOf: Record<string, number>;
}

const Q1 = "What one change would improve your working life?";
const Q2 = "Is there anything else you would like to tell us?";

const LEVELS = `metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n
workload_manageable,My workload is manageable,mean_score,1,5,2023,all,all,3.07,
workload_manageable,My workload is manageable,mean_score,1,5,2025,all,all,3.20,
lack_progression_top5_leave,Lack of career progression among top five reasons that could lead to leaving,percentage,0,100,2023,all,all,30,
lack_progression_top5_leave,Lack of career progression among top five reasons that could lead to leaving,percentage,0,100,2025,all,all,33,
work_life_balance,My job supports a healthy work–life balance,mean_score,1,5,2023,all,all,3.15,
work_life_balance,My job supports a healthy work–life balance,mean_score,1,5,2025,all,all,3.24,
`;
const CHANGES = `metric_key,wave_from,wave_to,segment_dimension,segment_value,change
workload_manageable,2023,2025,all,all,0.13
workload_manageable,2023,2025,region,London,0.10
`;

export function buildThemeFixture(db: Db, options: { threshold?: number } = {}): ThemeFixture {
  const coderIds = ["coder-one@example.org", "coder-two@example.org"].map(
    (email) => db.insert(users).values({ email, name: email, passwordHash: "x" }).returning({ id: users.id }).get().id,
  ) as [number, number];
  const projectId = createProject(db, { slug: "themes-fixture", name: "Themes fixture" }).id;
  updateProjectSettings(
    db,
    projectId,
    { suppressionThreshold: options.threshold ?? 3, quoteK: 10, redactionTerms: [] },
    coderIds[0],
  );
  storeMetricLevels(db, projectId, parseMetricLevels(LEVELS));
  storePublishedChanges(db, projectId, parsePublishedChanges(CHANGES));
  const metric = {
    workload: metricIdOf(db, projectId, "workload_manageable"),
    leave: metricIdOf(db, projectId, "lack_progression_top5_leave"),
    balance: metricIdOf(db, projectId, "work_life_balance"),
  };

  const code = (name: string, parentId: number | null, position: number) =>
    db.insert(codes).values({ projectId, parentId, name, position }).returning({ id: codes.id }).get().id;
  const W = code("Workload", null, 0);
  const P = code("Protected caseloads", W, 0);
  const Y = code("Pay", null, 1);
  const S = code("Supervision", null, 2);

  const itemId = db
    .insert(likertItems)
    .values({ projectId, label: "My workload is manageable", metricKey: "workload_manageable" })
    .returning({ id: likertItems.id })
    .get().id;
  const q1 = db.insert(questions).values({ projectId, text: Q1 }).returning({ id: questions.id }).get().id;
  const q2 = db.insert(questions).values({ projectId, text: Q2 }).returning({ id: questions.id }).get().id;
  const respondent: Record<string, number> = {};
  const addRespondent = (wave: string, label: string, attributes: Record<string, string>, score: number | null) => {
    const id = db
      .insert(respondents)
      .values({ projectId, waveId: ensureWave(db, projectId, wave), externalId: label })
      .returning({ id: respondents.id })
      .get().id;
    for (const [name, value] of Object.entries(attributes)) {
      db.insert(respondentAttributes)
        .values({ respondentId: id, attributeId: ensureAttribute(db, projectId, name), value })
        .run();
    }
    if (score !== null) db.insert(likertAnswers).values({ respondentId: id, itemId, value: score }).run();
    respondent[label] = id;
  };
  addRespondent("2023", "R1", { region: "London", gender: "Female" }, 2);
  addRespondent("2023", "R2", { region: "London", gender: "Female" }, 4);
  addRespondent("2023", "R3", { region: "London", gender: "Male" }, 3);
  addRespondent("2023", "R4", { region: "South East", gender: "Female" }, 1);
  addRespondent("2023", "R5", { region: "South East", gender: "Male" }, 5);
  addRespondent("2023", "R6", { gender: "Female" }, null);
  addRespondent("2023", "R7", { region: "South East", gender: "Female" }, 4);
  addRespondent("2025", "S1", { region: "London", gender: "Female" }, 3);
  addRespondent("2025", "S2", { region: "London", gender: "Male" }, 4);
  addRespondent("2025", "S3", { region: "South East", gender: "Female" }, 2);
  addRespondent("2025", "S4", { region: "South East", gender: "Female" }, 5);
  addRespondent("2025", "S5", { region: "London", gender: "Female" }, 3);
  addRespondent("2025", "S6", { region: "South East", gender: "Male" }, null);

  const documentOf: Record<string, number> = {};
  const units = new Map<string, { documentId: number; start: number; end: number; text: string }>();
  const questionDocument = (wave: string, questionId: number, title: string, rows: [string, string][]) => {
    const { text, units: laidOut } = layoutText(rows.map(([label, answer]) => ({ label, text: answer })));
    const documentId = db
      .insert(documents)
      .values({
        projectId,
        kind: "question",
        title,
        waveId: ensureWave(db, projectId, wave),
        questionId,
        text,
        textLength: text.length,
      })
      .returning({ id: documents.id })
      .get().id;
    laidOut.forEach(({ unit, startOffset, endOffset }, position) => {
      db.insert(answers)
        .values({ documentId, respondentId: respondent[unit.label], position, startOffset, endOffset, text: unit.text })
        .run();
      units.set(`${wave}:${title === Q1 ? "Q1" : "Q2"}:${unit.label}`, {
        documentId,
        start: startOffset,
        end: endOffset,
        text: unit.text,
      });
    });
    documentOf[`${wave}:${title === Q1 ? "Q1" : "Q2"}`] = documentId;
  };
  questionDocument("2023", q1, Q1, [
    ["R1", "Caseloads are far too high."],
    ["R2", "My protected caseload helped me settle in."],
    ["R3", "Pay is poor for what we do."],
    ["R4", "Fewer cases, and better pay."],
    ["R6", "Long hours every week — it’s exhausting 😩."],
  ]);
  questionDocument("2023", q2, Q2, [
    ["R1", "Supervision is good here."],
    ["R5", "Nothing to add."],
  ]);
  questionDocument("2025", q1, Q1, [
    ["S1", "The workload is unmanageable."],
    ["S2", "Better pay, please"],
    ["S3", "Protected caseloads for new staff (Łódź-style)."],
    ["S4", "Hybrid working suits me."],
    ["S6", "Nothing."],
  ]);
  questionDocument("2025", q2, Q2, [
    ["S1", "More reflective supervision."],
    ["S5", "Too many cases again."],
  ]);

  const transcript = (wave: string, title: string, rows: [string, string, string][]) => {
    const { text, units: laidOut } = layoutText(rows.map(([label, speaker, turn]) => ({ label, speaker, text: turn })));
    const documentId = db
      .insert(documents)
      .values({
        projectId,
        kind: "transcript",
        title,
        waveId: ensureWave(db, projectId, wave),
        text,
        textLength: text.length,
      })
      .returning({ id: documents.id })
      .get().id;
    laidOut.forEach(({ unit, startOffset, endOffset }, position) => {
      db.insert(turns)
        .values({ documentId, position, speaker: unit.speaker, startOffset, endOffset, text: unit.text })
        .run();
      units.set(unit.label, { documentId, start: startOffset, end: endOffset, text: unit.text });
    });
    documentOf[title] = documentId;
  };
  transcript("2023", "Students", [
    ["T5", "Zoë", "The bursary does not cover travel."],
    ["T6", "Kwame", "Protected caseloads and good supervision made my ASYE."],
  ]);
  transcript("2025", "Managers", [
    ["T1", "Facilitator", "Tell me about workload."],
    ["T2", "Siobhán", "My caseload is huge and the pay is low."],
    ["T3", "Priya", "Supervision helps."],
    ["T4", "Siobhán", "Caseloads, again."],
  ]);

  const apply = (label: string, codeIds: number[], coder = 0, part?: { from: number; to: number }) => {
    const unit = units.get(label);
    if (!unit) throw new Error(`no unit ${label}`);
    const range = part
      ? { start: unit.start + part.from, end: unit.start + part.to }
      : { start: unit.start, end: unit.end };
    applyCodings(db, { projectId, coderId: coderIds[coder], documentId: unit.documentId, ranges: [range], codeIds });
  };
  apply("2023:Q1:R1", [W]);
  apply("2023:Q1:R2", [P]);
  apply("2023:Q1:R3", [Y]);
  apply("2023:Q1:R4", [W, Y]);
  apply("2023:Q1:R4", [Y], 1, { from: 24, to: 27 });
  apply("2023:Q1:R6", [W]);
  apply("2023:Q2:R1", [S]);
  apply("2025:Q1:S1", [W]);
  apply("2025:Q1:S3", [P]);
  apply("2025:Q1:S3", [W], 1);
  apply("2025:Q2:S1", [S]);
  apply("2025:Q2:S5", [W]);
  // A segment from "please" at the end of S2's answer into "Protected" at the start of S3's.
  const s2 = units.get("2025:Q1:S2")!;
  const s3 = units.get("2025:Q1:S3")!;
  applyCodings(db, {
    projectId,
    coderId: coderIds[0],
    documentId: s2.documentId,
    ranges: [{ start: s2.end - "please".length, end: s3.start + "Protected".length }],
    codeIds: [Y],
  });
  apply("T5", [Y]);
  apply("T6", [P, S]);
  apply("T2", [W, Y]);
  apply("T3", [S]);
  apply("T4", [W]);

  saveCodeMetricLink(db, projectId, coderIds[0], {
    codeId: W,
    metricId: metric.workload,
    polarity: "concern",
    rationale: "More mentions where workload is worse",
  });
  saveCodeMetricLink(db, projectId, coderIds[0], {
    codeId: W,
    metricId: metric.leave,
    polarity: "concern",
    rationale: "",
  });
  saveCodeMetricLink(db, projectId, coderIds[0], {
    codeId: W,
    metricId: metric.balance,
    polarity: "mixed",
    rationale: "",
  });
  saveCodeMetricLink(db, projectId, coderIds[0], {
    codeId: P,
    metricId: metric.workload,
    polarity: "strength",
    rationale: "",
  });

  return { projectId, coderIds, code: { W, P, Y, S }, metric, respondent, question: { Q1: q1, Q2: q2 }, documentOf };
}

function metricIdOf(db: Db, projectId: number, key: string): number {
  const row = db
    .select({ id: metrics.id })
    .from(metrics)
    .where(and(eq(metrics.projectId, projectId), eq(metrics.key, key)))
    .get();
  if (!row) throw new Error(`no metric ${key}`);
  return row.id;
}
