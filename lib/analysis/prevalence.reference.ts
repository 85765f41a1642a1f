// Reference implementation: the app counts in lib/themes (theme-reach-table, prevalence-cell); tests check both agree.
import { getOrCreate } from "./get-or-create";
import type { AnswerRef, CodedAnswer } from "./prevalence";
import { shareOf } from "./share";
import type { Id, Share } from "./types";

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

/** The key with raised, base and their share attached. */
function share<T extends object>(key: T, raised: number, base: number): T & Share {
  return { ...key, raised, base, share: shareOf(raised, base) };
}
