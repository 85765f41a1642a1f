/**
 * The single source of truth for the database.
 *
 * Offsets everywhere (turns, answers, segments) are UTF-16 code units into the
 * owning document's plain text (`documents.text`), start inclusive, end exclusive:
 * exactly what JavaScript's `String.prototype.slice` takes. They are converted to
 * Unicode code points only at the REFI-QDA boundary.
 */
import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const ROLES = ["owner", "researcher", "lead", "author", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const USER_KINDS = ["person", "consensus"] as const;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique("users_email_unique"),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  /** Bumped by sign-out, a password change or "sign out everywhere": a session token carrying an older version is refused. */
  sessionVersion: integer("session_version").notNull().default(0),
  /** Set for coders brought in from another tool's project file (e.g. "NVivo"): they have no usable password. */
  importedFrom: text("imported_from"),
  /** "consensus" for the one coder identity adjudicated codings are stored under; it can never sign in. */
  kind: text("kind", { enum: USER_KINDS }).notNull().default("person"),
  createdAt: createdAt(),
});

/** Failed sign-ins per email, for throttling; cleared on success. */
export const loginThrottles = sqliteTable("login_throttles", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
});

export const projects = sqliteTable("projects", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique("projects_slug_unique"),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

export const COUNTED_CODINGS = ["all", "consensus", "coder"] as const;
export type CountedCodings = (typeof COUNTED_CODINGS)[number];

export const projectSettings = sqliteTable(
  "project_settings",
  {
    projectId: integer("project_id")
      .primaryKey()
      .references(() => projects.id, { onDelete: "cascade" }),
    suppressionThreshold: integer("suppression_threshold").notNull().default(10),
    quoteK: integer("quote_k").notNull().default(10),
    /** JSON array of extra terms (agencies, teams, employers) the anonymiser always redacts. */
    redactionTerms: text("redaction_terms", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** The waves every page compares ("2023 → 2025"); null means the default rule in lib/waves. */
    baselineWaveId: integer("baseline_wave_id").references(() => waves.id, { onDelete: "set null" }),
    currentWaveId: integer("current_wave_id").references(() => waves.id, { onDelete: "set null" }),
    /** Which codings analysis counts: every coder's, consensus where adjudicated, or one coder's. */
    countedCodings: text("counted_codings", { enum: COUNTED_CODINGS }).notNull().default("all"),
    countedCoderId: integer("counted_coder_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("project_settings_quote_k_min", sql`${t.quoteK} >= 5`),
    check("project_settings_suppression_min", sql`${t.suppressionThreshold} >= 1`),
  ],
);

export const AUTHORITY_REGIONS = ["London", "South East"] as const;

/**
 * A local authority the project's respondents work for (the 33 London and 19 South East ones ship as a
 * default), with the spellings that mean it ("RBKC", "Kensington & Chelsea"), for one briefing pack each.
 */
export const authorities = sqliteTable(
  "authorities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    region: text("region").notNull(),
    /** JSON array of other spellings that mean this authority. */
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [uniqueIndex("authorities_project_name_unique").on(t.projectId, t.name)],
);

export const members = sqliteTable(
  "members",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    /** Set for an authority reader: they see only this authority's pack and the project's published summaries. */
    authorityId: integer("authority_id").references(() => authorities.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "members_pk", columns: [t.projectId, t.userId] }),
    index("members_user_idx").on(t.userId),
    check("members_role_valid", sql`${t.role} in ('owner','researcher','lead','author','viewer')`),
  ],
);

export const waves = sqliteTable(
  "waves",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** A survey year or round, e.g. "2025". */
    label: text("label").notNull(),
  },
  (t) => [uniqueIndex("waves_project_label_unique").on(t.projectId, t.label)],
);

/** Attribute definitions (region, role …), shared by participants and respondents. */
export const attributes = sqliteTable(
  "attributes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("attributes_project_name_unique").on(t.projectId, t.name)],
);

/**
 * A value of an attribute as the researcher curated it: its place in the order breakdowns list values in,
 * or, when `mergedInto` is set, a spelling ("f") that reads as another value ("Female") in past and future imports.
 */
export const attributeValues = sqliteTable(
  "attribute_values",
  {
    attributeId: integer("attribute_id")
      .notNull()
      .references(() => attributes.id, { onDelete: "cascade" }),
    value: text("value").notNull(),
    position: integer("position"),
    mergedInto: text("merged_into"),
  },
  (t) => [
    primaryKey({ name: "attribute_values_pk", columns: [t.attributeId, t.value] }),
    check("attribute_values_not_self_merged", sql`${t.mergedInto} is null or ${t.mergedInto} <> ${t.value}`),
  ],
);

export const participants = sqliteTable(
  "participants",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    waveId: integer("wave_id").references(() => waves.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("participants_project_name_unique").on(t.projectId, t.name),
    uniqueIndex("participants_id_project_unique").on(t.id, t.projectId),
  ],
);

export const participantAttributes = sqliteTable(
  "participant_attributes",
  {
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    attributeId: integer("attribute_id")
      .notNull()
      .references(() => attributes.id, { onDelete: "cascade" }),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ name: "participant_attributes_pk", columns: [t.participantId, t.attributeId] })],
);

export const respondents = sqliteTable(
  "respondents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    waveId: integer("wave_id")
      .notNull()
      .references(() => waves.id),
    externalId: text("external_id").notNull(),
    importId: integer("import_id"),
  },
  (t) => [uniqueIndex("respondents_project_wave_external_unique").on(t.projectId, t.waveId, t.externalId)],
);

export const respondentAttributes = sqliteTable(
  "respondent_attributes",
  {
    respondentId: integer("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    attributeId: integer("attribute_id")
      .notNull()
      .references(() => attributes.id, { onDelete: "cascade" }),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ name: "respondent_attributes_pk", columns: [t.respondentId, t.attributeId] })],
);

export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The column header as exported, which identifies the question across waves. */
    text: text("text").notNull(),
  },
  (t) => [uniqueIndex("questions_project_text_unique").on(t.projectId, t.text)],
);

export const DOCUMENT_KINDS = ["transcript", "question"] as const;

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    title: text("title").notNull(),
    waveId: integer("wave_id").references(() => waves.id),
    questionId: integer("question_id").references(() => questions.id),
    /** e.g. "team managers" for a focus group. */
    groupType: text("group_type"),
    heldOn: text("held_on"),
    sourceFilename: text("source_filename"),
    sourceFormat: text("source_format"),
    textLength: integer("text_length").notNull(),
    importId: integer("import_id"),
    createdAt: createdAt(),
    // Last on purpose: SQLite reads a row's columns in order, so small columns after a long
    // text would cost a walk through its overflow pages on every lookup (the offset triggers).
    /** Immutable once imported: segments point into it. */
    text: text("text").notNull(),
  },
  (t) => [
    uniqueIndex("documents_id_project_unique").on(t.id, t.projectId),
    index("documents_project_kind_idx").on(t.projectId, t.kind),
    check("documents_kind_valid", sql`${t.kind} in ('transcript','question')`),
    // SQLite's length() counts code points, not UTF-16 units, so the length is computed by the importer.
    check("documents_text_length_valid", sql`${t.textLength} >= 0`),
    check("documents_question_has_question", sql`${t.kind} <> 'question' or ${t.questionId} is not null`),
  ],
);

export const turns = sqliteTable(
  "turns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    speaker: text("speaker"),
    participantId: integer("participant_id").references(() => participants.id, { onDelete: "set null" }),
    startMs: integer("start_ms"),
    endMs: integer("end_ms"),
    startOffset: integer("start_offset").notNull(),
    endOffset: integer("end_offset").notNull(),
    text: text("text").notNull(),
  },
  (t) => [
    uniqueIndex("turns_document_position_unique").on(t.documentId, t.position),
    index("turns_participant_idx").on(t.participantId),
    check("turns_offsets_valid", sql`${t.startOffset} >= 0 and ${t.endOffset} >= ${t.startOffset}`),
  ],
);

export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    respondentId: integer("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startOffset: integer("start_offset").notNull(),
    endOffset: integer("end_offset").notNull(),
    text: text("text").notNull(),
  },
  (t) => [
    // Few indexes on purpose: each one costs every large survey import (see the import bench).
    uniqueIndex("answers_document_respondent_unique").on(t.documentId, t.respondentId),
    check("answers_offsets_valid", sql`${t.startOffset} >= 0 and ${t.endOffset} > ${t.startOffset}`),
  ],
);

export const segments = sqliteTable(
  "segments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id").notNull(),
    documentId: integer("document_id").notNull(),
    startOffset: integer("start_offset").notNull(),
    endOffset: integer("end_offset").notNull(),
    /** The covered text, kept so a segment can be re-anchored if a document is re-imported. */
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "segments_document_same_project_fk",
      columns: [t.documentId, t.projectId],
      foreignColumns: [documents.id, documents.projectId],
    }).onDelete("cascade"),
    uniqueIndex("segments_document_range_unique").on(t.documentId, t.startOffset, t.endOffset),
    uniqueIndex("segments_id_project_unique").on(t.id, t.projectId),
    check("segments_offsets_valid", sql`${t.startOffset} >= 0 and ${t.endOffset} > ${t.startOffset}`),
    check("segments_text_not_empty", sql`length(${t.text}) > 0`),
  ],
);

export const codes = sqliteTable(
  "codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    parentId: integer("parent_id"),
    name: text("name").notNull(),
    colour: text("colour").notNull().default("#495057"),
    description: text("description").notNull().default(""),
    inclusion: text("inclusion").notNull().default(""),
    exclusion: text("exclusion").notNull().default(""),
    position: integer("position").notNull().default(0),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("codes_id_project_unique").on(t.id, t.projectId),
    foreignKey({
      name: "codes_parent_same_project_fk",
      columns: [t.parentId, t.projectId],
      foreignColumns: [t.id, t.projectId],
    }),
    index("codes_project_parent_idx").on(t.projectId, t.parentId),
    check(
      "codes_colour_hex",
      sql`${t.colour} glob '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'`,
    ),
    check("codes_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const codings = sqliteTable(
  "codings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id").notNull(),
    segmentId: integer("segment_id").notNull(),
    codeId: integer("code_id").notNull(),
    coderId: integer("coder_id")
      .notNull()
      .references(() => users.id),
    /** For a consensus coding: the owner or lead who settled the disagreement (createdAt says when). */
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // Composite keys make "a coding joins a code and a segment of the same project" a database fact.
    foreignKey({
      name: "codings_segment_same_project_fk",
      columns: [t.segmentId, t.projectId],
      foreignColumns: [segments.id, segments.projectId],
    }).onDelete("cascade"),
    foreignKey({
      name: "codings_code_same_project_fk",
      columns: [t.codeId, t.projectId],
      foreignColumns: [codes.id, codes.projectId],
    }).onDelete("cascade"),
    uniqueIndex("codings_segment_code_coder_unique").on(t.segmentId, t.codeId, t.coderId),
    index("codings_code_idx").on(t.codeId),
    index("codings_project_idx").on(t.projectId),
  ],
);

/**
 * A per-project counter that triggers on `codings` bump on every insert, update and delete (custom
 * migration 0002), so analysis can keep a project's codings in memory and know cheaply when they moved.
 * No foreign key: a project's deletion cascades to its codings, whose triggers must still be able to write.
 */
export const codingVersions = sqliteTable("coding_versions", {
  projectId: integer("project_id").primaryKey(),
  version: integer("version").notNull().default(0),
});

/** The codes a coder has pinned to the digit keys 1–9 in a project: the same digit means the same code on every page. */
export const codeKeys = sqliteTable(
  "code_keys",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: integer("key").notNull(),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ name: "code_keys_pk", columns: [t.projectId, t.userId, t.key] }),
    uniqueIndex("code_keys_code_unique").on(t.projectId, t.userId, t.codeId),
    check("code_keys_key_digit", sql`${t.key} between 1 and 9`),
  ],
);

export const ROUND_MODES = ["blind", "open"] as const;
export const ROUND_STATUSES = ["open", "closed"] as const;
export const ROUND_UNIT_KINDS = ["documents", "answers"] as const;

/**
 * An agreement round: chosen coders code the same units. In a blind round each coder sees only their
 * own codings on its units until it closes.
 */
export const rounds = sqliteTable(
  "rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    mode: text("mode", { enum: ROUND_MODES }).notNull(),
    status: text("status", { enum: ROUND_STATUSES }).notNull().default("open"),
    unitKind: text("unit_kind", { enum: ROUND_UNIT_KINDS }).notNull(),
    /** The seed of the random sample of answers, shown so the sample can be drawn again. */
    seed: integer("seed"),
    /** How the units were chosen: question and wave ids, sample size, document ids. */
    sample: text("sample", { mode: "json" }).notNull().default(sql`'{}'`),
    /** The code subtree in scope; null means every code. */
    codeId: integer("code_id").references(() => codes.id, { onDelete: "set null" }),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("rounds_project_idx").on(t.projectId),
    check("rounds_mode_valid", sql`${t.mode} in ('blind','open')`),
    check("rounds_status_valid", sql`${t.status} in ('open','closed')`),
  ],
);

export const roundCoders = sqliteTable(
  "round_coders",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ name: "round_coders_pk", columns: [t.roundId, t.userId] }),
    index("round_coders_user_idx").on(t.userId),
  ],
);

/** One unit of a round: a whole transcript (answerId null) or one answer. */
export const roundUnits = sqliteTable(
  "round_units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    answerId: integer("answer_id").references(() => answers.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("round_units_round_position_unique").on(t.roundId, t.position),
    index("round_units_document_idx").on(t.documentId),
  ],
);

/** A coder's "done" mark on a round unit. */
export const roundUnitsDone = sqliteTable(
  "round_units_done",
  {
    roundUnitId: integer("round_unit_id")
      .notNull()
      .references(() => roundUnits.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    doneAt: createdAt(),
  },
  (t) => [primaryKey({ name: "round_units_done_pk", columns: [t.roundUnitId, t.userId] })],
);

export const ADJUDICATION_DECISIONS = ["coder", "both", "neither", "adjusted"] as const;
export const AGREEMENT_UNIT_TYPES = ["answer", "turn"] as const;

/**
 * A settled disagreement on one code in one unit (an answer or a turn). The consensus codings it
 * wrote are codings by the consensus coder; in "consensus" counting they replace the coders' codings
 * of that code in that unit.
 */
export const adjudications = sqliteTable(
  "adjudications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    roundId: integer("round_id").references(() => rounds.id, { onDelete: "set null" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
    unitType: text("unit_type", { enum: AGREEMENT_UNIT_TYPES }).notNull(),
    unitId: integer("unit_id").notNull(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** The unit's span in the document, so counting can tell which codings it settles without a join per type. */
    startOffset: integer("start_offset").notNull(),
    endOffset: integer("end_offset").notNull(),
    decision: text("decision", { enum: ADJUDICATION_DECISIONS }).notNull(),
    /** The coder whose version was accepted, for decision "coder". */
    chosenCoderId: integer("chosen_coder_id").references(() => users.id, { onDelete: "set null" }),
    decidedBy: integer("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("adjudications_unit_code_unique").on(t.projectId, t.codeId, t.unitType, t.unitId),
    index("adjudications_document_idx").on(t.documentId),
    check("adjudications_decision_valid", sql`${t.decision} in ('coder','both','neither','adjusted')`),
    check("adjudications_unit_type_valid", sql`${t.unitType} in ('answer','turn')`),
  ],
);

export const MEMO_TARGETS = ["project", "document", "segment", "code"] as const;

export const memos = sqliteTable(
  "memos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    target: text("target", { enum: MEMO_TARGETS }).notNull(),
    documentId: integer("document_id").references(() => documents.id, { onDelete: "cascade" }),
    segmentId: integer("segment_id").references(() => segments.id, { onDelete: "cascade" }),
    codeId: integer("code_id").references(() => codes.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** tiptap JSON document. */
    body: text("body", { mode: "json" }).notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index("memos_project_target_idx").on(t.projectId, t.target),
    check(
      "memos_target_matches",
      sql`(${t.target} = 'project') or (${t.target} = 'document' and ${t.documentId} is not null) or (${t.target} = 'segment' and ${t.segmentId} is not null) or (${t.target} = 'code' and ${t.codeId} is not null)`,
    ),
  ],
);

export const METRIC_KINDS = ["mean_score", "percentage"] as const;

export const metrics = sqliteTable(
  "metrics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    kind: text("kind", { enum: METRIC_KINDS }).notNull(),
    scaleMin: real("scale_min").notNull(),
    scaleMax: real("scale_max").notNull(),
  },
  (t) => [
    uniqueIndex("metrics_project_key_unique").on(t.projectId, t.key),
    check("metrics_scale_valid", sql`${t.scaleMin} < ${t.scaleMax}`),
  ],
);

/** A published level: one metric × wave × segment ("all"/"all", "region"/"London" …). */
export const metricValues = sqliteTable(
  "metric_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    metricId: integer("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    waveId: integer("wave_id")
      .notNull()
      .references(() => waves.id),
    segmentDimension: text("segment_dimension").notNull(),
    segmentValue: text("segment_value").notNull(),
    value: real("value").notNull(),
    n: integer("n"),
  },
  (t) => [uniqueIndex("metric_values_unique").on(t.metricId, t.waveId, t.segmentDimension, t.segmentValue)],
);

export const metricChanges = sqliteTable(
  "metric_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    metricId: integer("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    waveFromId: integer("wave_from_id")
      .notNull()
      .references(() => waves.id),
    waveToId: integer("wave_to_id")
      .notNull()
      .references(() => waves.id),
    segmentDimension: text("segment_dimension").notNull(),
    segmentValue: text("segment_value").notNull(),
    change: real("change").notNull(),
  },
  (t) => [
    uniqueIndex("metric_changes_unique").on(t.metricId, t.waveFromId, t.waveToId, t.segmentDimension, t.segmentValue),
  ],
);

/** A Likert column of a survey export, scored 1–5 and linked to a metric key. */
export const likertItems = sqliteTable(
  "likert_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    metricKey: text("metric_key"),
  },
  (t) => [uniqueIndex("likert_items_project_label_unique").on(t.projectId, t.label)],
);

export const likertAnswers = sqliteTable(
  "likert_answers",
  {
    respondentId: integer("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    itemId: integer("item_id")
      .notNull()
      .references(() => likertItems.id, { onDelete: "cascade" }),
    value: integer("value").notNull(),
  },
  (t) => [
    // Item first: analysis reads one item's answers at a time, and one index serves both.
    primaryKey({ name: "likert_answers_pk", columns: [t.itemId, t.respondentId] }),
    check("likert_answers_range", sql`${t.value} between 1 and 5`),
  ],
);

export const POLARITIES = ["concern", "strength", "mixed"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const codeMetricLinks = sqliteTable(
  "code_metric_links",
  {
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
    metricId: integer("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    polarity: text("polarity", { enum: POLARITIES }).notNull(),
    rationale: text("rationale").notNull().default(""),
  },
  (t) => [
    primaryKey({ name: "code_metric_links_pk", columns: [t.codeId, t.metricId] }),
    check("code_metric_links_polarity_valid", sql`${t.polarity} in ('concern','strength','mixed')`),
  ],
);

export const QUOTE_STATUSES = ["candidate", "shortlisted", "approved", "rejected"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const quotes = sqliteTable(
  "quotes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id").notNull(),
    segmentId: integer("segment_id").notNull(),
    codeId: integer("code_id").notNull(),
    status: text("status", { enum: QUOTE_STATUSES }).notNull().default("candidate"),
    /** The anonymised wording; locked once approved. */
    wording: text("wording").notNull(),
    /** JSON: redactions (range, category, reason, replacement) and flags with their resolution. */
    review: text("review", { mode: "json" }).notNull().default(sql`'{}'`),
    /** JSON: attribute names the author picked for the label. */
    attributionAttributes: text("attribution_attributes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    attribution: text("attribution").notNull().default(""),
    proposedBy: integer("proposed_by")
      .notNull()
      .references(() => users.id),
    proposedAt: createdAt(),
    shortlistedBy: integer("shortlisted_by").references(() => users.id),
    shortlistedAt: integer("shortlisted_at", { mode: "timestamp_ms" }),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    reportPosition: integer("report_position"),
  },
  (t) => [
    foreignKey({
      name: "quotes_segment_same_project_fk",
      columns: [t.segmentId, t.projectId],
      foreignColumns: [segments.id, segments.projectId],
    }).onDelete("cascade"),
    foreignKey({
      name: "quotes_code_same_project_fk",
      columns: [t.codeId, t.projectId],
      foreignColumns: [codes.id, codes.projectId],
    }).onDelete("cascade"),
    uniqueIndex("quotes_segment_code_unique").on(t.segmentId, t.codeId),
    index("quotes_project_status_idx").on(t.projectId, t.status),
    check("quotes_status_valid", sql`${t.status} in ('candidate','shortlisted','approved','rejected')`),
  ],
);

export const quoteComments = sqliteTable(
  "quote_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    quoteId: integer("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("quote_comments_quote_idx").on(t.quoteId)],
);

/** The order of themes in the report (quotes keep their own position). */
export const reportThemes = sqliteTable(
  "report_themes",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ name: "report_themes_pk", columns: [t.projectId, t.codeId] })],
);

export const IMPORT_STATUSES = [
  "uploaded",
  "queued",
  "parsing",
  "previewed",
  "importing",
  "done",
  "failed",
  "discarded",
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** An upload on its way in: parsed and stored off the request thread, with progress. */
export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    filename: text("filename").notNull(),
    /** Where the upload waits, in the private data folder, never a public path. */
    storedPath: text("stored_path").notNull(),
    byteSize: integer("byte_size").notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("uploaded"),
    progress: real("progress").notNull().default(0),
    message: text("message"),
    preview: text("preview", { mode: "json" }),
    options: text("options", { mode: "json" }),
    summary: text("summary", { mode: "json" }),
    /** The process running the job's current phase (pid and /proc start time, so a reused pid is not mistaken for it). */
    workerPid: integer("worker_pid"),
    workerStartTime: text("worker_start_time"),
    createdAt: createdAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("imports_project_idx").on(t.projectId)],
);

export const PACK_RUN_STATUSES = ["running", "done", "failed"] as const;

/** One "make all packs" run: made in the background, with progress, ending in a zip in the private data folder. */
export const packRuns = sqliteTable(
  "pack_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    status: text("status", { enum: PACK_RUN_STATUSES }).notNull().default("running"),
    done: integer("done").notNull().default(0),
    total: integer("total").notNull().default(0),
    storedPath: text("stored_path"),
    message: text("message"),
    createdAt: createdAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("pack_runs_project_idx").on(t.projectId)],
);

/** What happened, by whom: imports, codings, quote decisions, member changes. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: integer("target_id"),
    detail: text("detail", { mode: "json" }),
    createdAt: createdAt(),
  },
  (t) => [index("events_project_created_idx").on(t.projectId, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type Turn = typeof turns.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type Code = typeof codes.$inferSelect;
export type Coding = typeof codings.$inferSelect;
export type Segment = typeof segments.$inferSelect;
export type Quote = typeof quotes.$inferSelect;
export type Metric = typeof metrics.$inferSelect;
export type ImportJob = typeof imports.$inferSelect;
export type Round = typeof rounds.$inferSelect;
export type Adjudication = typeof adjudications.$inferSelect;
