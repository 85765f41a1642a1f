import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projectSettings } from "../../db/schema";
import { compareValues } from "../analysis";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { assertComparablePair, type Comparison, getComparison, listWaveSummaries } from "../waves/comparison";

export interface ProjectSettings {
  /** Groups smaller than this are never shown on their own. */
  suppressionThreshold: number;
  /** A quote's attribution must fit at least this many people. */
  quoteK: number;
  /** Extra terms (agencies, teams, employers) the anonymiser always redacts. */
  redactionTerms: string[];
}

export const MIN_SUPPRESSION_THRESHOLD = 1;
export const MIN_QUOTE_K = 5;
export const MAX_REDACTION_TERMS = 500;
const MAX_TERM_LENGTH = 120;

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = { suppressionThreshold: 10, quoteK: 10, redactionTerms: [] };

export function getProjectSettings(db: Db, projectId: number): ProjectSettings {
  const row = db.select().from(projectSettings).where(eq(projectSettings.projectId, projectId)).get();
  if (!row) return { ...DEFAULT_PROJECT_SETTINGS };
  return { suppressionThreshold: row.suppressionThreshold, quoteK: row.quoteK, redactionTerms: row.redactionTerms };
}

/** One term a line in the form: trimmed, blanks dropped, duplicates (ignoring case) removed. */
export function parseRedactionTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const term = line.trim().replace(/\s+/g, " ");
    if (!term || seen.has(term.toLocaleLowerCase("en-GB"))) continue;
    seen.add(term.toLocaleLowerCase("en-GB"));
    terms.push(term);
  }
  return terms;
}

export function updateProjectSettings(
  db: Db,
  projectId: number,
  input: ProjectSettings,
  actorId: number,
): ProjectSettings {
  if (!Number.isInteger(input.suppressionThreshold) || input.suppressionThreshold < MIN_SUPPRESSION_THRESHOLD) {
    throw new AppError(
      "invalid_input",
      `The suppression threshold must be a whole number of at least ${MIN_SUPPRESSION_THRESHOLD}.`,
    );
  }
  if (!Number.isInteger(input.quoteK) || input.quoteK < MIN_QUOTE_K) {
    throw new AppError("invalid_input", `k for quote labels must be a whole number of at least ${MIN_QUOTE_K}.`);
  }
  const redactionTerms = parseRedactionTerms(input.redactionTerms.join("\n"));
  if (redactionTerms.length > MAX_REDACTION_TERMS) {
    throw new AppError("invalid_input", `Keep the redaction list to at most ${MAX_REDACTION_TERMS} terms.`);
  }
  const long = redactionTerms.find((term) => term.length > MAX_TERM_LENGTH);
  if (long)
    throw new AppError(
      "invalid_input",
      `Redaction terms are at most ${MAX_TERM_LENGTH} characters: "${long.slice(0, 40)}…".`,
    );
  const settings: ProjectSettings = {
    suppressionThreshold: input.suppressionThreshold,
    quoteK: input.quoteK,
    redactionTerms,
  };
  db.transaction((tx) => {
    tx.insert(projectSettings)
      .values({ projectId, ...settings })
      .onConflictDoUpdate({ target: projectSettings.projectId, set: settings })
      .run();
    recordEvent(tx, {
      projectId,
      actorId,
      action: "project.update_settings",
      target: { type: "project", id: projectId },
      detail: {
        suppressionThreshold: settings.suppressionThreshold,
        quoteK: settings.quoteK,
        redactionTerms: redactionTerms.length,
      },
    });
  });
  return settings;
}

/**
 * The owner's choice of the waves every page compares, or (both null) a return to the default rule of
 * lib/waves. A wave with fewer respondents than the suppression threshold cannot be chosen.
 */
export function setComparisonWaves(
  db: Db,
  projectId: number,
  pair: { baselineWaveId: number; currentWaveId: number } | null,
  actorId: number,
): Comparison {
  return db.transaction(
    (tx) => {
      const txDb = tx as unknown as Db;
      const { suppressionThreshold } = getProjectSettings(txDb, projectId);
      const list = listWaveSummaries(txDb, projectId, suppressionThreshold);
      if (pair) assertComparablePair(list, pair.baselineWaveId, pair.currentWaveId, suppressionThreshold);
      const ordered = pair
        ? [pair.baselineWaveId, pair.currentWaveId]
            .map((id) => list.find((wave) => wave.id === id)!)
            .sort((a, b) => compareValues(a.label, b.label))
        : null;
      const values = { baselineWaveId: ordered?.[0].id ?? null, currentWaveId: ordered?.[1].id ?? null };
      tx.insert(projectSettings)
        .values({ projectId, ...values })
        .onConflictDoUpdate({ target: projectSettings.projectId, set: values })
        .run();
      recordEvent(tx, {
        projectId,
        actorId,
        action: "project.set_comparison",
        target: { type: "project", id: projectId },
        detail: ordered ? { baseline: ordered[0].label, current: ordered[1].label } : { default: true },
      });
      return getComparison(txDb, projectId);
    },
    { behavior: "immediate" },
  );
}
