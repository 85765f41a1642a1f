import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, codes, quotes, segments } from "../../db/schema";
import { levelChange } from "../analysis/change";
import {
  type AnalysisFrame,
  loadAnalysisFrame,
  loadAttributeColumn,
  loadCodedUnits,
  unitsOverlapping,
} from "../analysis-frame/analysis-frame";
import { fitLabel } from "../attribution/fit-label";
import { isForbiddenLabelAttribute } from "../attribution/label-attributes";
import type { PopulationMember } from "../attribution/types";
import { loadThemeCodes } from "../themes/load-theme-codes";
import { listProjectAuthorities, type ProjectAuthority } from "./authorities";
import { CONFIDENTIAL, displayCount, figureFromBase } from "./disclosure";
import { computePackCounts, loadSentimentItems, meanOf, type PackCounts, type PackWaves } from "./pack-figures";

export interface PackRow {
  label: string;
  cells: string[];
}

export interface PackTable {
  title: string;
  columns: string[];
  rows: PackRow[];
  note?: string;
}

export interface PackQuote {
  theme: string;
  wording: string;
  attribution: string;
  /** How many of the authority's respondents the label fits (its base); k or more, or the quote is unlabelled. */
  fits: number;
}

export interface AuthorityPack {
  authority: { id: number; name: string; region: string };
  waves: PackWaves;
  /** Below the threshold in the current wave: a one-page pack with the region's figures only. */
  small: boolean;
  tables: PackTable[];
  quotes: PackQuote[];
  methods: string[];
}

export interface PackOptions {
  waves: PackWaves;
  threshold: number;
  k: number;
  /** How many of the authority's most-raised themes to list. */
  themes?: number;
}

const FORMAT_MEAN = (value: number) => value.toFixed(2);
const FORMAT_SHARE = (value: number) => `${Math.round(value * 100)}%`;

export interface PackCountsOfProject {
  frame: AnalysisFrame;
  /** The project's authorities, in the order the counts index them. */
  authorities: ProjectAuthority[];
  counts: PackCounts;
}

/** The protected counts of every authority: computed together, so no pack undoes another's suppression. */
export function loadPackCounts(db: Db, projectId: number, options: PackOptions): PackCountsOfProject {
  const frame = loadAnalysisFrame(db, projectId);
  const authorities = listProjectAuthorities(db, projectId);
  return { frame, authorities, counts: computePackCounts(db, frame, authorities, options.waves, options.threshold) };
}

/** Below the threshold in the current wave: the authority's pack shows only its region's figures. */
export function isSmallPack(counts: PackCounts, index: number, options: PackOptions): boolean {
  const total = counts.totals[options.waves.current];
  return total.cells[index].hidden && total.counts[index] < options.threshold;
}

/**
 * Every authority's pack for the project, or only the one `authorityId` names: the counts are always those
 * of every authority, so the one pack is the same as it is among all.
 */
export function buildPacks(db: Db, projectId: number, options: PackOptions, authorityId?: number): AuthorityPack[] {
  const { frame, authorities, counts } = loadPackCounts(db, projectId, options);
  const context = packContext(db, frame, counts, options);
  return authorities.flatMap((authority, index) =>
    authorityId === undefined || authority.id === authorityId ? [buildPack(context, authority, index)] : [],
  );
}

interface PackContext {
  db: Db;
  frame: AnalysisFrame;
  counts: PackCounts;
  options: PackOptions;
  sentiment: ReturnType<typeof loadSentimentItems>;
  themes: { name: string; raised: Uint8Array }[];
  quotes: QuoteSource[];
  otherNames: { authority: number; pattern: RegExp }[];
}

interface QuoteSource {
  respondent: number;
  theme: string;
  wording: string;
  picked: string[];
}

function packContext(db: Db, frame: AnalysisFrame, counts: PackCounts, options: PackOptions): PackContext {
  const coded = loadCodedUnits(db, frame);
  const themes = loadThemeCodes(db, frame.projectId)
    .filter((theme) => theme.depth === 0 && !theme.archived)
    .map((theme) => {
      const wanted = new Set(theme.themeCodeIds.map((id) => coded.codeIndex.get(id)).filter((i) => i !== undefined));
      const raised = new Uint8Array(frame.respondentIds.length);
      for (let unit = 0; unit < frame.unitCount; unit++) {
        const respondent = frame.unitRespondent[unit];
        if (respondent < 0 || raised[respondent]) continue;
        for (let k = coded.offsets[unit]; k < coded.offsets[unit + 1]; k++) {
          if (wanted.has(coded.codes[k])) {
            raised[respondent] = 1;
            break;
          }
        }
      }
      return { name: theme.name, raised };
    });
  const otherNames = counts.authorities.flatMap((authority, index) =>
    [authority.name, ...authority.aliases]
      .filter((name) => name.length >= 3)
      .map((name) => ({ authority: index, pattern: new RegExp(`\\b${escapeRegExp(name)}\\b`, "i") })),
  );
  return {
    db,
    frame,
    counts,
    options,
    sentiment: loadSentimentItems(db, frame),
    themes,
    quotes: loadApprovedQuotes(db, frame),
    otherNames,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function loadApprovedQuotes(db: Db, frame: AnalysisFrame): QuoteSource[] {
  const rows = db
    .select({
      documentId: segments.documentId,
      start: segments.startOffset,
      end: segments.endOffset,
      wording: quotes.wording,
      picked: quotes.attributionAttributes,
      theme: codes.name,
    })
    .from(quotes)
    .innerJoin(segments, eq(segments.id, quotes.segmentId))
    .innerJoin(codes, eq(codes.id, quotes.codeId))
    .where(and(eq(quotes.projectId, frame.projectId), eq(quotes.status, "approved")))
    .all();
  return rows.flatMap((row) => {
    const document = frame.documents.get(row.documentId);
    if (!document || document.kind !== "question") return [];
    const units = unitsOverlapping(document, row.start, row.end);
    const respondent = units.length === 1 ? frame.unitRespondent[units[0]] : -1;
    return respondent < 0 ? [] : [{ respondent, theme: row.theme, wording: row.wording, picked: row.picked ?? [] }];
  });
}

function buildPack(context: PackContext, authority: ProjectAuthority, index: number): AuthorityPack {
  const { counts, options, frame } = context;
  const { baseline, current } = options.waves;
  const threshold = options.threshold;
  const small = isSmallPack(counts, index, options);
  const inAuthority = (respondent: number) => counts.authorityOf[respondent] === index;
  const inRegion = (respondent: number) => counts.regionOf[respondent] === authority.region;
  const waves = [baseline, current];
  const tables: PackTable[] = [];

  tables.push({
    title: "Responses by wave",
    columns: ["Wave", authority.name, authority.region, "All respondents"],
    rows: waves.map((wave) => ({
      label: wave,
      cells: [
        displayCount(counts.totals[wave].cells[index]),
        regionCount(counts.regionTotals[wave].get(authority.region) ?? 0, threshold),
        regionCount(counts.everyone[wave], threshold),
      ],
    })),
  });

  if (!small) {
    tables.push({
      title: `Responses by role, ${current}`,
      columns: ["Role", authority.name, authority.region],
      rows: counts.roles.map((role, roleIndex) => ({
        label: role,
        cells: [
          displayCount(counts.roleCells[current].cells[index][roleIndex]),
          regionCount(counts.regionRoles[current].get(authority.region)?.[roleIndex] ?? 0, threshold),
        ],
      })),
    });
  }

  const sentimentRows: PackRow[] = [];
  for (const item of context.sentiment) {
    const groups: [string, (respondent: number) => boolean, boolean][] = [
      [authority.name, inAuthority, !small],
      [authority.region, inRegion, true],
      ["All respondents", () => true, true],
    ];
    for (const [group, include, allowed] of groups) {
      if (!allowed) continue;
      const means = waves.map((wave) => {
        const mean = meanOf(frame, item.scores, wave, include);
        // The authority's mean is hidden with its count, so a hidden count cannot be read off a mean's base.
        const hiddenWithCount = group === authority.name && counts.totals[wave].cells[index].hidden;
        return hiddenWithCount ? { mean: null, n: 0 } : mean;
      });
      const shown = means.map((mean) => figureFromBase(mean.mean, mean.n, FORMAT_MEAN, threshold));
      const change =
        shown.every((display) => display !== CONFIDENTIAL) && means[0].mean !== null && means[1].mean !== null
          ? levelChange(Number(shown[0]), Number(shown[1]), 2)
          : null;
      sentimentRows.push({
        label: `${item.label} — ${group}`,
        cells: [...shown, change ? `${change.display} ${change.arrow}` : CONFIDENTIAL],
      });
    }
  }
  if (sentimentRows.length > 0) {
    tables.push({
      title: "Sentiment questions (mean score, 1–5)",
      columns: ["Question and group", baseline, current, `Change ${baseline} → ${current}`],
      rows: sentimentRows,
    });
  }

  const themeRows = context.themes
    .map((theme) => {
      const share = (include: (respondent: number) => boolean) => {
        let raised = 0;
        let base = 0;
        for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
          if (!frame.respondentAnswered[respondent] || !include(respondent)) continue;
          if (frame.waveLabels.get(frame.respondentWave[respondent]) !== current) continue;
          base++;
          if (theme.raised[respondent]) raised++;
        }
        return { raised, base };
      };
      const own = share(inAuthority);
      const region = share(inRegion);
      return { theme: theme.name, own, region };
    })
    .sort((left, right) => right.own.raised - left.own.raised || left.theme.localeCompare(right.theme))
    .slice(0, options.themes ?? 5);
  const shareCell = ({ raised, base }: { raised: number; base: number }) =>
    raised < threshold
      ? CONFIDENTIAL
      : figureFromBase(base === 0 ? null : raised / base, base, FORMAT_SHARE, threshold);
  if (!small && themeRows.length > 0) {
    tables.push({
      title: `Themes raised most in free-text answers, ${current}`,
      columns: ["Theme", authority.name, authority.region],
      rows: themeRows.map((row) => ({ label: row.theme, cells: [shareCell(row.own), shareCell(row.region)] })),
      note: "Share of respondents who answered at least one free-text question and raised the theme.",
    });
  }

  return {
    authority: { id: authority.id, name: authority.name, region: authority.region },
    waves: options.waves,
    small,
    tables,
    quotes: small ? [] : packQuotes(context, index),
    methods: methodsNote(options, small),
  };
}

function regionCount(count: number, threshold: number): string {
  return count < threshold ? CONFIDENTIAL : count.toLocaleString("en-GB");
}

/** Approved quotes of the authority's own respondents, relabelled so each label fits k of them. */
function packQuotes(context: PackContext, index: number): PackQuote[] {
  const { db, frame, counts, options } = context;
  const own = context.quotes.filter((quote) => counts.authorityOf[quote.respondent] === index);
  if (own.length === 0) return [];
  const columns = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, frame.projectId))
    .all()
    .filter((attribute) => !isForbiddenLabelAttribute(attribute.name))
    .map((attribute) => loadAttributeColumn(db, frame, attribute.id));
  const attributesOf = (respondent: number): Record<string, string> => {
    const values: Record<string, string> = {};
    for (const column of columns) {
      const code = column.valueAt[respondent];
      if (code >= 0) values[column.name.trim().toLowerCase()] = column.values[code];
    }
    return values;
  };
  const population: PopulationMember[] = [];
  for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
    if (counts.authorityOf[respondent] === index)
      population.push({ attributes: attributesOf(respondent), groupTypes: [] });
  }
  return own.flatMap((quote) => {
    // A quote that names another authority would name it in this pack: leave it out.
    if (context.otherNames.some((name) => name.authority !== index && name.pattern.test(quote.wording))) return [];
    const fit = fitLabel(
      { kind: "survey", attributes: attributesOf(quote.respondent), wave: null, groupType: null },
      population,
      quote.picked,
      options.k,
    );
    return [
      {
        theme: quote.theme,
        wording: quote.wording,
        attribution: fit.ok ? fit.label : "(respondent)",
        fits: fit.ok ? fit.fits : population.length,
      },
    ];
  });
}

function methodsNote(options: PackOptions, small: boolean): string[] {
  const { baseline, current } = options.waves;
  const lines = [
    `Waves compared: ${baseline} → ${current}. Change is the current wave's figure minus the baseline wave's.`,
    `Bases: counts are survey respondents; means are over respondents who answered the question; theme shares are over respondents who answered at least one free-text question.`,
    `${CONFIDENTIAL} marks a figure withheld to protect confidentiality: no count, percentage or mean from fewer than ${options.threshold} respondents is shown, and further figures are withheld where a hidden one could be worked out from the totals shown.`,
    `Quotes are approved, anonymised comments from this authority's own respondents; each label fits at least ${options.k} of them, or the quote is attributed to "(respondent)".`,
  ];
  if (small) {
    lines.unshift(
      `Fewer than ${options.threshold} people from this authority responded in ${current}, so this pack shows only the region's figures.`,
    );
  }
  return lines;
}
