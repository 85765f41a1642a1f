import seedrandom from "seedrandom";
import type { Db } from "../../db/client";
import {
  answers,
  authorities,
  codes,
  codings,
  documents,
  likertAnswers,
  likertItems,
  metrics,
  questions,
  quotes,
  respondentAttributes,
  respondents,
  segments,
  users,
} from "../../db/schema";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureWave } from "../imports/ensure-wave";
import { layoutText } from "../imports/layout-text";
import { createProject } from "../projects/create-project";

/**
 * A survey of two waves over six authorities, for the packs. Respondents per wave (2023 / 2025):
 * London — Camden 60 / 64, Hackney 25 / 27, Islington 4 / 4 (small), Lambeth 12 / 13;
 * South East — Kent 40 / 42, Medway 8 / 9 (small), Surrey 15 / 16. A few write their authority as
 * "LB Camden" or "Kent County Council", and three name one we do not know ("Atlantis").
 * Every respondent answers one free-text question (about a third raise Workload, a fifth Pay) and the
 * Likert item "My workload is manageable" (workload_manageable, a mean-score metric).
 * Approved quotes: one from a Camden respondent, one from a Hackney respondent that names Lambeth.
 */
export interface PackFixture {
  projectId: number;
  authorityId: Record<string, number>;
  camdenQuote: string;
  hackneyQuoteNamingLambeth: string;
}

const SIZES: [string, string, number, number][] = [
  ["Camden", "London", 60, 64],
  ["Hackney", "London", 25, 27],
  ["Islington", "London", 4, 4],
  ["Lambeth", "London", 12, 13],
  ["Kent", "South East", 40, 42],
  ["Medway", "South East", 8, 9],
  ["Surrey", "South East", 15, 16],
];
const ROLES = ["Social worker", "Senior social worker", "Team manager", "Agency social worker"];

export function buildPackFixture(db: Db): PackFixture {
  const random = seedrandom("packs");
  const coderId = db
    .insert(users)
    .values({ email: "packs@example.org", name: "Packs coder", passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  const projectId = createProject(db, { slug: "packs-fixture", name: "Packs fixture" }).id;
  const authorityId: Record<string, number> = {};
  for (const [name, region] of SIZES) {
    authorityId[name] = db
      .insert(authorities)
      .values({ projectId, name, region, aliases: name === "Kent" ? ["KCC"] : [] })
      .returning({ id: authorities.id })
      .get().id;
  }
  db.insert(metrics)
    .values({
      projectId,
      key: "workload_manageable",
      label: "My workload is manageable",
      kind: "mean_score",
      scaleMin: 1,
      scaleMax: 5,
    })
    .run();
  const itemId = db
    .insert(likertItems)
    .values({ projectId, label: "My workload is manageable", metricKey: "workload_manageable" })
    .returning({ id: likertItems.id })
    .get().id;
  const workload = db
    .insert(codes)
    .values({ projectId, name: "Workload", position: 0 })
    .returning({ id: codes.id })
    .get().id;
  const pay = db.insert(codes).values({ projectId, name: "Pay", position: 1 }).returning({ id: codes.id }).get().id;
  const questionId = db
    .insert(questions)
    .values({ projectId, text: "What would make the biggest difference?" })
    .returning({ id: questions.id })
    .get().id;
  const region = ensureAttribute(db, projectId, "region");
  const role = ensureAttribute(db, projectId, "role");
  const authority = ensureAttribute(db, projectId, "local authority");

  const fixture: PackFixture = {
    projectId,
    authorityId,
    camdenQuote: "Caseloads have crept up every year and nobody adjusts them when someone leaves.",
    hackneyQuoteNamingLambeth: "I moved here from Lambeth because the pay was better.",
  };

  for (const [waveIndex, wave] of ["2023", "2025"].entries()) {
    const waveId = ensureWave(db, projectId, wave);
    const people: { id: number; text: string; code: number | null; authority: string }[] = [];
    let serial = 0;
    const rows: [string, string, string][] = SIZES.flatMap(([name, regionName, first, second]) =>
      Array.from({ length: waveIndex === 0 ? first : second }, (): [string, string, string] => [
        name,
        regionName,
        ROLES[Math.floor(random() * ROLES.length)],
      ]),
    );
    for (let extra = 0; extra < 3; extra++) rows.push(["Atlantis", "London", "Social worker"]);
    for (const [name, regionName, roleName] of rows) {
      serial++;
      const written =
        name === "Camden" && serial % 7 === 0
          ? "LB Camden"
          : name === "Kent" && serial % 5 === 0
            ? "Kent County Council"
            : name;
      const id = db
        .insert(respondents)
        .values({ projectId, waveId, externalId: `${wave}-${serial}` })
        .returning({ id: respondents.id })
        .get().id;
      for (const [attributeId, value] of [
        [region, regionName],
        [role, roleName],
        [authority, written],
      ] as const) {
        db.insert(respondentAttributes).values({ respondentId: id, attributeId, value }).run();
      }
      db.insert(likertAnswers)
        .values({ respondentId: id, itemId, value: 1 + Math.floor(random() * 5) })
        .run();
      const draw = random();
      const code = draw < 0.33 ? workload : draw < 0.53 ? pay : null;
      let text = code === workload ? "Too many cases." : code === pay ? "Better pay." : "More training.";
      if (wave === "2025" && name === "Camden" && people.filter((p) => p.authority === "Camden").length === 0)
        text = fixture.camdenQuote;
      if (wave === "2025" && name === "Hackney" && people.filter((p) => p.authority === "Hackney").length === 0)
        text = fixture.hackneyQuoteNamingLambeth;
      people.push({ id, text, code, authority: name });
    }
    const { text, units } = layoutText(people.map((person, index) => ({ label: String(index), text: person.text })));
    const documentId = db
      .insert(documents)
      .values({
        projectId,
        kind: "question",
        title: `Difference ${wave}`,
        waveId,
        questionId,
        text,
        textLength: text.length,
      })
      .returning({ id: documents.id })
      .get().id;
    units.forEach(({ startOffset, endOffset }, position) => {
      const person = people[position];
      db.insert(answers)
        .values({ documentId, respondentId: person.id, position, startOffset, endOffset, text: person.text })
        .run();
      const quoted = person.text === fixture.camdenQuote || person.text === fixture.hackneyQuoteNamingLambeth;
      if (person.code === null && !quoted) return;
      const segmentId = db
        .insert(segments)
        .values({ projectId, documentId, startOffset, endOffset, text: person.text })
        .returning({ id: segments.id })
        .get().id;
      const codeId = person.code ?? workload;
      db.insert(codings).values({ projectId, segmentId, codeId, coderId }).run();
      if (quoted) {
        db.insert(quotes)
          .values({
            projectId,
            segmentId,
            codeId,
            status: "approved",
            wording: person.text,
            attributionAttributes: ["role", "region"],
            attribution: "(social worker, London)",
            proposedBy: coderId,
          })
          .run();
      }
    });
  }
  return fixture;
}
