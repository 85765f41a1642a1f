import { getOrCreate } from "./get-or-create";
import { shareOf } from "./share";
import type { Id, Share } from "./types";

/** One non-blank free-text answer: a respondent answered a question in a wave. */
export interface AnswerRef {
  respondentId: Id;
  waveLabel: string;
  questionId: Id;
}

/** One code applied (by any coder, on any segment) to an answer. */
export interface CodedAnswer extends AnswerRef {
  codeId: Id;
}

export interface WavePrevalence extends Share {
  wave: string;
}

export interface QuestionPrevalence extends Share {
  wave: string;
  questionId: Id;
}

export interface ThemePrevalence {
  byWave: WavePrevalence[];
  byQuestion: QuestionPrevalence[];
}

/** The respondents of one wave behind a prevalence figure: who could have raised the theme and who did. */
export interface ThemeReach {
  base: ReadonlySet<Id>;
  raised: ReadonlySet<Id>;
}

/**
 * Respondents of `wave` who answered at least one free-text question (base) and, of them, those with at
 * least one answer coded with any of `codeIds` (raised), the same sets `themePrevalence` counts.
 */
export function themeReach(
  answers: readonly AnswerRef[],
  codedAnswers: readonly CodedAnswer[],
  codeIds: Iterable<Id>,
  wave: string,
): ThemeReach {
  const theme = new Set(codeIds);
  const answered = new Map<Id, Set<Id>>();
  const base = new Set<Id>();
  for (const answer of answers) {
    if (answer.waveLabel !== wave) continue;
    getOrCreate(answered, answer.questionId, () => new Set<Id>()).add(answer.respondentId);
    base.add(answer.respondentId);
  }
  const raised = new Set<Id>();
  for (const coded of codedAnswers) {
    if (
      coded.waveLabel === wave &&
      theme.has(coded.codeId) &&
      answered.get(coded.questionId)?.has(coded.respondentId)
    ) {
      raised.add(coded.respondentId);
    }
  }
  return { base, raised };
}

/**
 * Share of respondents raising a theme, per wave and per wave × question: respondents with ≥ 1 answer coded
 * with any of `codeIds` (pass the theme and its sub-codes) ÷ respondents who answered ≥ 1 free-text question.
 * A coded answer whose answer is missing from `answers` is ignored, so `raised` never exceeds `base`.
 * Waves and questions come in the order they first appear in `answers`.
 */
export function themePrevalence(
  answers: readonly AnswerRef[],
  codedAnswers: readonly CodedAnswer[],
  codeIds: Iterable<Id>,
): ThemePrevalence {
  const theme = new Set(codeIds);
  const answered = new Map<string, Map<Id, Set<Id>>>();
  for (const answer of answers) {
    const questions = getOrCreate(answered, answer.waveLabel, () => new Map<Id, Set<Id>>());
    getOrCreate(questions, answer.questionId, () => new Set<Id>()).add(answer.respondentId);
  }
  const raised = new Map<string, Map<Id, Set<Id>>>();
  for (const coded of codedAnswers) {
    if (!theme.has(coded.codeId)) continue;
    if (!answered.get(coded.waveLabel)?.get(coded.questionId)?.has(coded.respondentId)) continue;
    const questions = getOrCreate(raised, coded.waveLabel, () => new Map<Id, Set<Id>>());
    getOrCreate(questions, coded.questionId, () => new Set<Id>()).add(coded.respondentId);
  }

  const byWave: WavePrevalence[] = [];
  const byQuestion: QuestionPrevalence[] = [];
  for (const [wave, questions] of answered) {
    const waveBase = new Set<Id>();
    const waveRaised = new Set<Id>();
    for (const [questionId, respondents] of questions) {
      const questionRaised = raised.get(wave)?.get(questionId) ?? new Set<Id>();
      for (const id of respondents) waveBase.add(id);
      for (const id of questionRaised) waveRaised.add(id);
      byQuestion.push(share({ wave, questionId }, questionRaised.size, respondents.size));
    }
    byWave.push(share({ wave }, waveRaised.size, waveBase.size));
  }
  return { byWave, byQuestion };
}

/** One turn of a focus-group transcript (a document). */
export interface TurnRef {
  documentId: Id;
  turnId: Id;
}

/** One code applied to a segment inside a turn. */
export interface CodedTurn extends TurnRef {
  codeId: Id;
}

export interface FocusGroupReach {
  /** Focus groups (documents) with at least one turn coded with the theme. */
  groups: number;
  /** Turns coded with the theme, each counted once however many codings it holds. */
  turns: number;
  /** All focus groups, when `allTurns` was given; otherwise `null`. */
  groupBase: number | null;
  /** All turns, when `allTurns` was given; otherwise `null`. */
  turnBase: number | null;
}

/**
 * Focus groups (documents) and turns that raised a theme (any of `codeIds`); with `allTurns`, also the
 * number of groups and turns there were (and codings on turns missing from it are ignored). A turn is
 * identified by its document and its id together.
 */
export function focusGroupReach(
  codedTurns: readonly CodedTurn[],
  codeIds: Iterable<Id>,
  allTurns?: readonly TurnRef[],
): FocusGroupReach {
  const theme = new Set(codeIds);
  let known: Map<Id, Set<Id>> | null = null;
  if (allTurns) {
    known = new Map<Id, Set<Id>>();
    for (const turn of allTurns) getOrCreate(known, turn.documentId, () => new Set<Id>()).add(turn.turnId);
  }
  const raisedTurns = new Map<Id, Set<Id>>();
  for (const coded of codedTurns) {
    if (!theme.has(coded.codeId)) continue;
    if (known && !known.get(coded.documentId)?.has(coded.turnId)) continue;
    getOrCreate(raisedTurns, coded.documentId, () => new Set<Id>()).add(coded.turnId);
  }
  return {
    groups: raisedTurns.size,
    turns: sumSizes(raisedTurns),
    groupBase: known ? known.size : null,
    turnBase: known ? sumSizes(known) : null,
  };
}

/** The key with raised, base and their share attached. */
function share<T extends object>(key: T, raised: number, base: number): T & Share {
  return { ...key, raised, base, share: shareOf(raised, base) };
}

/** Total number of members across the sets of a map. */
function sumSizes(map: ReadonlyMap<Id, ReadonlySet<Id>>): number {
  let total = 0;
  for (const set of map.values()) total += set.size;
  return total;
}
