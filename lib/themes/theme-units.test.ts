import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import {
  answers,
  codes,
  documents,
  questions,
  respondentAttributes,
  respondents,
  segments,
  users,
} from "../../db/schema";
import type { AnswerRef, CodedAnswer } from "../analysis";
import { breakdownByAttribute } from "../analysis/breakdown.reference";
import { coOccurrenceMatrix, coOccurrences, type UnitCoding } from "../analysis/co-occurrence.reference";
import { themePrevalence, themeReach } from "../analysis/prevalence.reference";
import { loadAnalysisFrame, loadCodedUnits } from "../analysis-frame/analysis-frame";
import { applyCodings } from "../coding/apply-codings";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureWave } from "../imports/ensure-wave";
import { layoutText } from "../imports/layout-text";
import { createProject } from "../projects/create-project";
import { loadThemeCodes } from "./load-theme-codes";
import { countByWave, themeReachTable } from "./theme-reach-table";
import { coOccurrenceCounts, themeUnits, unitCoOccurrenceMatrix } from "./theme-units";

/**
 * The typed counts of lib/themes must agree with the reference functions of lib/analysis. A random
 * project is built, and the reference inputs are derived from plain rows with the simplest possible
 * rule (a segment belongs to every answer it overlaps).
 */
describe("typed theme counts agree with lib/analysis", () => {
  it("on a random project with overlapping and cross-answer segments", () => {
    const db = createTestDb();
    try {
      const random = seedrandom.alea("theme-units");
      const coderIds = [1, 2].map(
        (n) =>
          db
            .insert(users)
            .values({ email: `c${n}@x.org`, name: `c${n}`, passwordHash: "x" })
            .returning({ id: users.id })
            .get().id,
      );
      const projectId = createProject(db, { slug: "random", name: "Random" }).id;
      const codeIds: number[] = [];
      for (let index = 0; index < 6; index++) {
        const parentId = index >= 4 ? codeIds[index - 4] : null;
        codeIds.push(
          db
            .insert(codes)
            .values({ projectId, parentId, name: `Code ${index}`, position: index })
            .returning({ id: codes.id })
            .get().id,
        );
      }
      const regionId = ensureAttribute(db, projectId, "region");
      const questionIds = [1, 2].map(
        (n) =>
          db
            .insert(questions)
            .values({ projectId, text: `Q${n}` })
            .returning({ id: questions.id })
            .get().id,
      );
      for (const wave of ["2023", "2025"]) {
        const waveId = ensureWave(db, projectId, wave);
        const ids = Array.from({ length: 40 }, (_, n) => {
          const id = db
            .insert(respondents)
            .values({ projectId, waveId, externalId: `${wave}-${n}` })
            .returning({ id: respondents.id })
            .get().id;
          if (random() < 0.9) {
            db.insert(respondentAttributes)
              .values({ respondentId: id, attributeId: regionId, value: random() < 0.5 ? "London" : "South East" })
              .run();
          }
          return id;
        });
        for (const questionId of questionIds) {
          const rows = ids
            .filter(() => random() < 0.7)
            .map((respondentId) => ({
              respondentId,
              text: `answer ${respondentId} — ś ${"x".repeat(5 + Math.floor(random() * 20))}`,
            }));
          const { text, units } = layoutText(rows);
          const documentId = db
            .insert(documents)
            .values({
              projectId,
              kind: "question",
              title: `Q ${wave}`,
              waveId,
              questionId,
              text,
              textLength: text.length,
            })
            .returning({ id: documents.id })
            .get().id;
          units.forEach(({ unit, startOffset, endOffset }, position) => {
            db.insert(answers)
              .values({
                documentId,
                respondentId: unit.respondentId,
                position,
                startOffset,
                endOffset,
                text: unit.text,
              })
              .run();
          });
          for (let n = 0; n < 60; n++) {
            const first = Math.floor(random() * units.length);
            const span = random() < 0.15 ? 2 : 1;
            const last = Math.min(units.length - 1, first + span - 1);
            const start = units[first].startOffset + (random() < 0.5 ? 0 : 2);
            const end = random() < 0.5 ? units[last].endOffset : Math.max(start + 1, units[last].endOffset - 3);
            applyCodings(db, {
              projectId,
              coderId: coderIds[n % 2],
              documentId,
              ranges: [{ start, end }],
              codeIds: [codeIds[Math.floor(random() * codeIds.length)]],
            });
          }
        }
      }

      // Reference inputs from plain rows.
      const plainAnswers = db.$client
        .prepare(
          "select a.id, a.document_id as documentId, a.start_offset as start, a.end_offset as end, a.respondent_id as respondentId, w.label as wave, d.question_id as questionId from answers a join documents d on d.id = a.document_id join waves w on w.id = d.wave_id",
        )
        .all() as {
        id: number;
        documentId: number;
        start: number;
        end: number;
        respondentId: number;
        wave: string;
        questionId: number;
      }[];
      const plainCodings = db.$client
        .prepare(
          "select s.document_id as documentId, s.start_offset as start, s.end_offset as end, c.code_id as codeId from codings c join segments s on s.id = c.segment_id",
        )
        .all() as { documentId: number; start: number; end: number; codeId: number }[];
      const refs: AnswerRef[] = plainAnswers.map((a) => ({
        respondentId: a.respondentId,
        waveLabel: a.wave,
        questionId: a.questionId,
      }));
      const coded: CodedAnswer[] = [];
      const unitCodings: UnitCoding[] = [];
      for (const coding of plainCodings) {
        for (const answer of plainAnswers) {
          if (answer.documentId !== coding.documentId || answer.start >= coding.end || answer.end <= coding.start)
            continue;
          coded.push({
            respondentId: answer.respondentId,
            waveLabel: answer.wave,
            questionId: answer.questionId,
            codeId: coding.codeId,
          });
          unitCodings.push({ unitId: answer.id, codeId: coding.codeId });
        }
      }
      expect(db.select().from(segments).all().length).toBeGreaterThan(100);

      const themes = loadThemeCodes(db, projectId);
      const frame = loadAnalysisFrame(db, projectId);
      const codedUnits = loadCodedUnits(db, frame);
      const table = themeReachTable(frame, codedUnits, themes);
      const region = db.$client
        .prepare("select respondent_id as respondentId, value from respondent_attributes")
        .all() as { respondentId: number; value: string }[];
      const regionOf = new Map(region.map((r) => [r.respondentId, r.value]));
      const everyone = [...new Set(plainAnswers.map((a) => a.respondentId))].map((id) => ({
        respondentId: id,
        attributes: { region: regionOf.get(id) },
      }));

      for (const theme of themes) {
        const reference = themePrevalence(refs, coded, theme.themeCodeIds);
        const counts = countByWave(frame, table.raised.get(theme.id)!);
        const waves = [...frame.waveLabels].sort((a, b) => a[1].localeCompare(b[1]));
        expect(waves.map(([id]) => [counts.get(id)?.raised ?? 0, counts.get(id)?.base ?? 0])).toEqual(
          waves.map(([, label]) => {
            const row = reference.byWave.find((w) => w.wave === label);
            return [row?.raised ?? 0, row?.base ?? 0];
          }),
        );
        const units = themeUnits(frame, codedUnits, theme.themeCodeIds);
        for (const row of reference.byQuestion) {
          const flags = units.raisedByQuestion.get(Number(row.questionId));
          let raised = 0;
          for (let index = 0; index < frame.respondentIds.length; index++) {
            if (flags?.[index] && frame.waveLabels.get(frame.respondentWave[index]) === row.wave) raised++;
          }
          expect(raised).toBe(row.raised);
        }
        const reach = themeReach(refs, coded, theme.themeCodeIds, "2025");
        const breakdown = breakdownByAttribute(everyone, reach, "region");
        const london = breakdown.rows.find((r) => r.value === "London")?.raised ?? 0;
        let typedLondon = 0;
        for (let index = 0; index < frame.respondentIds.length; index++) {
          if (
            units.raised[index] &&
            frame.waveLabels.get(frame.respondentWave[index]) === "2025" &&
            regionOf.get(frame.respondentIds[index]) === "London"
          )
            typedLondon++;
        }
        expect(typedLondon).toBe(london);

        // Co-occurrence: the theme's pairs, with its own codes taken as the theme.
        const collapsed = unitCodings.map((u) => ({
          unitId: u.unitId,
          codeId: theme.themeCodeIds.includes(Number(u.codeId)) ? -1 : u.codeId,
        }));
        const expected = new Map(
          coOccurrences(collapsed)
            .filter((pair) => pair.codeA === -1)
            .map((pair) => [Number(pair.codeB), pair.count]),
        );
        expect(coOccurrenceCounts(codedUnits, units.units, theme.themeCodeIds)).toEqual(expected);
      }
      expect(unitCoOccurrenceMatrix(codedUnits, codeIds)).toEqual(coOccurrenceMatrix(unitCodings, codeIds).counts);

      // The same codings read by project instead of by segment-id range, with segments in a map.
      const segmentTable = frame.segmentUnits;
      expect(segmentTable.dense).not.toBeNull();
      segmentTable.dense!.forEach((unit, at) => {
        if (unit !== -1) segmentTable.sparse.set(segmentTable.base + at, unit);
      });
      segmentTable.dense = null;
      frame.coded = undefined;
      const again = loadCodedUnits(db, frame);
      expect([again.codeIds, Array.from(again.offsets), Array.from(again.codes)]).toEqual([
        codedUnits.codeIds,
        Array.from(codedUnits.offsets),
        Array.from(codedUnits.codes),
      ]);
    } finally {
      db.cleanup();
    }
  });
});
