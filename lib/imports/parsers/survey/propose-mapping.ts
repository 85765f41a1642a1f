import { matchMetrics } from "./match-metric";
import { scoreLikert } from "./score-likert";
import type { ColumnMapping, ColumnRole, MetricLabel, ParsedSurvey } from "./types";

export type { ColumnMapping, ColumnRole, MetricLabel } from "./types";

const ID_HEADERS = new Set([
  "id",
  "respondent id",
  "respondentid",
  "respondent",
  "respondent number",
  "response id",
  "responseid",
  "response number",
  "case",
  "case id",
  "caseid",
  "participant id",
  "record id",
  "submission id",
  "unique id",
]);

/** Export metadata and personal details that are neither attributes nor answers. */
const IGNORED_HEADERS = new Set([
  "timestamp",
  "time stamp",
  "start time",
  "end time",
  "completion time",
  "last modified time",
  "time started",
  "time taken",
  "date submitted",
  "submitted",
  "submitted at",
  "submission date",
  "start date",
  "end date",
  "created",
  "created at",
  "date",
  "email",
  "email address",
  "e mail",
  "e mail address",
  "name",
  "full name",
  "first name",
  "last name",
  "surname",
  "ip",
  "ip address",
  "collector id",
  "user agent",
  "referer",
  "referrer",
  "latitude",
  "longitude",
]);

const ATTRIBUTE_MAX_DISTINCT = 20;
/** Each option of a choice question is given at least this many times on average… */
const CHOICE_REPEATS = 5;
/** …and is at most this long. */
const CHOICE_MAX_LENGTH = 200;
const ATTRIBUTE_MAX_LENGTH = 40;
/** A value with more words than this reads as a sentence, i.e. a free-text answer. */
const ATTRIBUTE_MAX_WORDS = 6;
const ID_MAX_LENGTH = 40;
/** With this many answers, a column where every answer differs is free text, not a category. */
const ALL_DISTINCT_MEANS_TEXT = 8;

const DATE_TIME =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2}|[a-z]{2,5})?)?$/i;
const DATE_TIME_WORDS =
  /^(?:\d{1,2} [a-z]{3,9}\.?|[a-z]{3,9}\.? \d{1,2},?) \d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})$/i;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const DECIMAL = /^-?\d+[.,]\d+$/;

interface ColumnProfile {
  column: number;
  header: string;
  normalisedHeader: string;
  nonBlank: string[];
  distinct: Set<string>;
  rowCount: number;
  maxLength: number;
}

/**
 * Proposes a role for every column, for the researcher to confirm. The survey tool's column hints
 * (see adaptToolExport) come first: identifiers (emails, names) are never attributes. Then:
 * - "ignore": export metadata and personal details (timestamps, emails, names, IP addresses,
 *   collector ids) by header or by values, and empty columns;
 * - "id": the first column headed like "Respondent ID"/"ID"/"Case" with unique values, or else
 *   one of the first three columns whose values are all present, unique, short and unspaced;
 * - "likert": every non-blank value scores with scoreLikert; linked to the most similar metric label;
 * - "attribute": short values (≤ 40 characters, ≤ 6 words, one line) that are numbers or take ≤ 20
 *   distinct values (not all different once there are 8 or more answers);
 *   the attribute name is the header lower-cased, whitespace collapsed, trailing "?", ":" or "." dropped;
 * - "text": everything else (long or varied answers).
 */
export function proposeMapping(survey: ParsedSurvey, metrics: MetricLabel[]): ColumnMapping[] {
  const profiles = survey.headers.map((header, column) => profileColumn(survey, header, column));
  const hints = survey.columnHints ?? [];
  const roles: (ColumnRole | undefined)[] = profiles.map((profile) => {
    const hint = hints[profile.column];
    if (profile.nonBlank.length === 0 || hint?.role === "identifier" || hint?.role === "ignore") return "ignore";
    if (hint?.role === "text" || hint?.role === "attribute") return hint.role;
    return isIgnored(profile) ? "ignore" : undefined;
  });

  const idByHeader = profiles.find(
    (profile) => roles[profile.column] === undefined && ID_HEADERS.has(profile.normalisedHeader) && isUnique(profile),
  );
  if (idByHeader) roles[idByHeader.column] = "id";

  for (const profile of profiles) {
    if (roles[profile.column] === undefined && isLikert(profile)) roles[profile.column] = "likert";
  }

  if (!idByHeader) {
    const idByValues = profiles
      .filter((profile) => roles[profile.column] === undefined)
      .slice(0, 3)
      .find((profile) => looksLikeIds(profile));
    if (idByValues) roles[idByValues.column] = "id";
  }

  // A local-authority column takes dozens of values (52 in London and the South East), more than an
  // attribute usually does: its header says what it is. It is stored as "local authority" for the packs.
  for (const profile of profiles) {
    if (roles[profile.column] === undefined && isAuthorityHeader(profile.header) && profile.maxLength <= 80) {
      roles[profile.column] = "attribute";
    }
  }

  for (const profile of profiles) {
    if (roles[profile.column] === undefined) roles[profile.column] = isAttributeLike(profile) ? "attribute" : "text";
  }

  const metricByColumn = matchMetrics(
    profiles.filter((profile) => roles[profile.column] === "likert"),
    metrics,
  );
  const usedNames = new Set<string>();
  return profiles.map(({ column, header }) => {
    const role = roles[column]!;
    // Plain export metadata needs no explanation; identifiers, and roles the layout decided, do.
    const reason = hints[column]?.role === "ignore" ? undefined : hints[column]?.reason;
    const because = reason ? { reason } : {};
    if (role === "likert") return { column, header, role, metricKey: metricByColumn.get(column) ?? null };
    if (role === "attribute") {
      const name = isAuthorityHeader(header) ? "local authority" : attributeName(header);
      return { column, header, role, attribute: uniqueName(name, usedNames), ...because };
    }
    return { column, header, role, ...because };
  });
}

/** "Local authority", "Which council do you work for?", "LA", "Employer (local authority)". */
export function isAuthorityHeader(header: string): boolean {
  const text = header.replace(/\s+/g, " ").trim();
  return /\blocal authorit(y|ies)\b|\bcouncil\b|\bborough\b/i.test(text) || /^(la|authority)\??$/i.test(text);
}

/** "Employment type" → "employment type", "Region?" → "region". */
export function attributeName(header: string): string {
  const name = header
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?:.]+$/, "")
    .trim()
    .toLowerCase();
  return name === "" ? header.trim().toLowerCase() : name;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let copy = 2; used.has(candidate); copy++) candidate = `${name} (${copy})`;
  used.add(candidate);
  return candidate;
}

function profileColumn(survey: ParsedSurvey, header: string, column: number): ColumnProfile {
  const nonBlank: string[] = [];
  let maxLength = 0;
  for (const row of survey.rows) {
    const value = (row[column] ?? "").trim();
    if (value === "") continue;
    nonBlank.push(value);
    maxLength = Math.max(maxLength, value.length);
  }
  return {
    column,
    header,
    normalisedHeader: normaliseHeader(header),
    nonBlank,
    distinct: new Set(nonBlank),
    rowCount: survey.rows.length,
    maxLength,
  };
}

function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isIgnored(profile: ColumnProfile): boolean {
  if (profile.nonBlank.length === 0) return true;
  if (IGNORED_HEADERS.has(profile.normalisedHeader) || profile.normalisedHeader.startsWith("custom data")) return true;
  return [DATE_TIME, DATE_TIME_WORDS, EMAIL, IP_ADDRESS].some((pattern) =>
    profile.nonBlank.every((value) => pattern.test(value)),
  );
}

function isUnique(profile: ColumnProfile): boolean {
  return profile.nonBlank.length === profile.rowCount && profile.distinct.size === profile.rowCount;
}

function isLikert(profile: ColumnProfile): boolean {
  let scored = 0;
  for (const value of profile.distinct) {
    const score = scoreLikert(value);
    if (score === undefined) return false;
    if (score !== null) scored++;
  }
  return scored > 0;
}

function looksLikeIds(profile: ColumnProfile): boolean {
  return (
    profile.rowCount >= 2 &&
    isUnique(profile) &&
    profile.maxLength <= ID_MAX_LENGTH &&
    profile.nonBlank.every((value) => !/\s/.test(value) && !DECIMAL.test(value))
  );
}

function isAttributeLike(profile: ColumnProfile): boolean {
  if (profile.nonBlank.some((value) => value.includes("\n"))) return false;
  // A few answers given over and over ("I'm more confident now.") are the options of a choice, however long.
  if (
    profile.distinct.size <= ATTRIBUTE_MAX_DISTINCT &&
    profile.nonBlank.length >= CHOICE_REPEATS * profile.distinct.size &&
    profile.maxLength <= CHOICE_MAX_LENGTH
  ) {
    return true;
  }
  if (profile.maxLength > ATTRIBUTE_MAX_LENGTH) return false;
  if (profile.nonBlank.some((value) => value.includes("\n") || value.split(/\s+/).length > ATTRIBUTE_MAX_WORDS)) {
    return false;
  }
  // "Hello world!", "Why not?": an exclamation or a question reads as something said, not a category.
  if (profile.nonBlank.some((value) => /\s\S+[!?]$/.test(value))) return false;
  if (profile.nonBlank.every((value) => NUMBER.test(value))) return true;
  if (profile.distinct.size > ATTRIBUTE_MAX_DISTINCT) return false;
  return !(profile.nonBlank.length >= ALL_DISTINCT_MEANS_TEXT && profile.distinct.size === profile.nonBlank.length);
}
