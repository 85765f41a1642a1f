import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  codes,
  codings,
  documents,
  members,
  participantAttributes,
  participants,
  projects,
  type Role,
  segments,
  users,
} from "../../db/schema";
import { createUser } from "../../lib/accounts/create-user";
import { storeCodebook } from "../../lib/codebook/store-codebook";
import { ensureAttribute } from "../../lib/imports/ensure-attribute";
import { applyMapping, parseSurvey, proposeMapping } from "../../lib/imports/parsers/survey";
import { parseTranscript } from "../../lib/imports/parsers/transcript/parse-transcript";
import { storeSurvey } from "../../lib/imports/store-survey";
import { storeTranscript } from "../../lib/imports/store-transcript";
import { parseCodebook, parseMetricLevels, parsePublishedChanges } from "../../lib/metrics/parse-metric-csv";
import { storeMetricLevels, storePublishedChanges } from "../../lib/metrics/store-metrics";
import { listProjectAuthorities, matchAuthority } from "../../lib/packs/authorities";
import { createProject } from "../../lib/projects/create-project";
import { proposeQuote } from "../../lib/quotes/propose-quote";
import { autoCodeDemo } from "./auto-code-demo";
import { withAuthorities } from "./survey/assign-authorities";
import { generateSurvey, toCsv } from "./survey/generate-survey";
import { readSeedDataFile } from "./survey/seed-files";

export const DEMO_PASSWORD = "quoteline-demo";
export const DEMO_PROJECT_SLUG = "big-conversation";
export const OTHER_PROJECT_SLUG = "other-study";

export const DEMO_USERS: { email: string; name: string; role: Role | null; isAdmin?: boolean }[] = [
  { email: "admin@demo.quoteline", name: "Site admin", role: null, isAdmin: true },
  { email: "owner@demo.quoteline", name: "Olu Owner", role: "owner" },
  { email: "researcher@demo.quoteline", name: "Rhian Researcher", role: "researcher" },
  { email: "lead@demo.quoteline", name: "Lena Lead", role: "lead" },
  { email: "author@demo.quoteline", name: "Amir Author", role: "author" },
  { email: "viewer@demo.quoteline", name: "Vic Viewer", role: "viewer" },
  { email: "outsider@demo.quoteline", name: "Oscar Outsider", role: null },
  // An authority reader: a viewer scoped to one authority (below), who sees that authority's pack and nothing else.
  { email: "reader@demo.quoteline", name: "Bea Bromley", role: "viewer" },
];

/** The authority the demo's authority reader is scoped to. */
export const DEMO_READER_AUTHORITY = "Bromley";

const SEED_ROOT = path.join(__dirname, "..", "..", "db", "seed");

interface ManifestEntry {
  file: string;
  title: string;
  groupType: string;
  wave: string;
  heldOn: string;
  participants: Record<string, Record<string, string>>;
}

export interface SeedOptions {
  /** Survey scale: the demo's published respondent counts when absent. */
  surveyScale?: { london: number; southEast: number };
  log?: (message: string) => void;
}

/** Builds the demo project: users per role, metrics, codebook, six transcripts and two survey waves. */
export async function seedDemoProject(db: Db, options: SeedOptions = {}): Promise<{ projectId: number }> {
  const log = options.log ?? (() => {});
  const userIds = new Map<string, number>();
  for (const demo of DEMO_USERS) {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, demo.email)).get();
    const id =
      existing?.id ??
      (await createUser(db, { email: demo.email, name: demo.name, password: DEMO_PASSWORD, isAdmin: demo.isAdmin })).id;
    userIds.set(demo.email, id);
  }
  if (db.select({ id: projects.id }).from(projects).where(eq(projects.slug, DEMO_PROJECT_SLUG)).get()) {
    throw new Error(`The demo project "${DEMO_PROJECT_SLUG}" already exists in this database.`);
  }
  const { id: projectId } = createProject(db, {
    slug: DEMO_PROJECT_SLUG,
    name: "The Big Conversation (demo)",
    description:
      "Workforce research with child and family social workers in London and the South East, waves 2023 and 2025.",
  });
  for (const demo of DEMO_USERS) {
    if (demo.role)
      db.insert(members)
        .values({ projectId, userId: userIds.get(demo.email)!, role: demo.role })
        .run();
  }
  // A second project the demo users are not members of (the outsider owns it): for refusal checks.
  createProject(db, {
    slug: OTHER_PROJECT_SLUG,
    name: "Another study",
    ownerId: userIds.get("outsider@demo.quoteline"),
  });
  const adminId = userIds.get("admin@demo.quoteline")!;
  const ownerId = userIds.get("owner@demo.quoteline")!;

  const data = readSeedDataFile;
  storeMetricLevels(
    db,
    projectId,
    [...parseMetricLevels(data("sentiment_metrics.csv")), ...parseMetricLevels(data("proportion_metrics.csv"))],
    adminId,
  );
  storePublishedChanges(db, projectId, parsePublishedChanges(data("published_changes.csv")), adminId);
  storeCodebook(db, projectId, parseCodebook(data("codebook.csv")), adminId);
  log("metrics and codebook stored");

  const manifest = JSON.parse(
    fs.readFileSync(path.join(SEED_ROOT, "transcripts", "manifest.json"), "utf8"),
  ) as ManifestEntry[];
  for (const entry of manifest) {
    const bytes = fs.readFileSync(path.join(SEED_ROOT, "transcripts", entry.file));
    const parsed = await parseTranscript(entry.file, bytes);
    const summary = storeTranscript(db, {
      projectId,
      userId: ownerId,
      parsed,
      metadata: {
        title: entry.title,
        wave: entry.wave,
        groupType: entry.groupType,
        heldOn: entry.heldOn,
        filename: entry.file,
      },
    });
    setParticipantAttributes(db, projectId, entry.participants);
    log(`transcript ${entry.file}: ${summary.turns} turns`);
  }

  const metricLabels = parseMetricLevels(data("sentiment_metrics.csv")).map((m) => ({
    key: m.metricKey,
    label: m.label,
  }));
  const answerThemes = new Map<string, Map<string, string[]>>();
  for (const wave of ["2023", "2025"] as const) {
    const survey = withAuthorities(generateSurvey(wave, options.surveyScale ? { scale: options.surveyScale } : {}));
    answerThemes.set(wave, survey.answerThemes);
    const filename = `big-conversation-${wave}.csv`;
    const parsed = await parseSurvey(filename, new TextEncoder().encode(toCsv(survey)));
    const records = applyMapping(parsed, proposeMapping(parsed, metricLabels));
    const summary = storeSurvey(db, { projectId, userId: ownerId, wave, records, filename });
    log(`survey ${wave}: ${summary.respondents} respondents, ${summary.answers} answers`);
  }
  const reader = matchAuthority(listProjectAuthorities(db, projectId), DEMO_READER_AUTHORITY);
  db.update(members)
    .set({ authorityId: reader?.id ?? null })
    .where(and(eq(members.projectId, projectId), eq(members.userId, userIds.get("reader@demo.quoteline")!)))
    .run();
  const coded = autoCodeDemo(db, projectId, userIds.get("researcher@demo.quoteline")!, { answerThemes });
  log(`demo codings: ${coded.codings} on ${coded.answers} answers and ${coded.turns} turns`);
  proposeDemoQuote(db, projectId, userIds.get("author@demo.quoteline")!);
  return { projectId };
}

/** One candidate quote, so the quote board and review screen have something to show from the start. */
function proposeDemoQuote(db: Db, projectId: number, authorId: number): void {
  const workload = db
    .select({ id: codes.id })
    .from(codes)
    .where(and(eq(codes.projectId, projectId), eq(codes.name, "Workload and caseloads")))
    .get();
  if (!workload) return;
  const coded = db
    .select({ segmentId: codings.segmentId })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(and(eq(codings.codeId, workload.id), eq(documents.kind, "question")))
    .orderBy(codings.id)
    .limit(1)
    .get();
  if (coded)
    proposeQuote(
      db,
      { userId: authorId, role: "author" },
      { projectId, codeId: workload.id, segmentId: coded.segmentId },
    );
}

function setParticipantAttributes(db: Db, projectId: number, byLabel: Record<string, Record<string, string>>): void {
  for (const [label, attributes] of Object.entries(byLabel)) {
    const participant = db
      .select({ id: participants.id })
      .from(participants)
      .where(and(eq(participants.projectId, projectId), eq(participants.name, label)))
      .get();
    if (!participant) continue;
    for (const [name, value] of Object.entries(attributes)) {
      if (!value || value === "n/a") continue;
      db.insert(participantAttributes)
        .values({ participantId: participant.id, attributeId: ensureAttribute(db, projectId, name), value })
        .onConflictDoUpdate({
          target: [participantAttributes.participantId, participantAttributes.attributeId],
          set: { value },
        })
        .run();
    }
  }
}
