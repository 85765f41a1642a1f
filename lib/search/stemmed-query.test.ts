import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeSurvey } from "../imports/store-survey";
import { createSearchFixture, QUESTION, type SearchFixture } from "../retrieval/test-fixtures";
import { stemEnglish } from "./english-stemmer";
import { hitRanges } from "./hit-ranges";
import { listCodableHits, searchProject } from "./search-project";
import { parseStemmedQuery, wordForms } from "./stemmed-query";

describe("stemEnglish (Porter2, British -ise read as -ize)", () => {
  it.each([
    ["caseload", "caseload"],
    ["caseloads", "caseload"],
    ["caseloading", "caseload"],
    ["supervision", "supervis"],
    ["supervisions", "supervis"],
    ["organise", "organ"],
    ["organised", "organ"],
    ["organisation", "organ"],
    ["organization", "organ"],
    ["studies", "studi"],
    ["study", "studi"],
    ["hopping", "hop"],
    ["generously", "generous"],
    ["skies", "sky"],
    ["news", "news"],
    ["exceed", "exceed"],
    ["is", "is"],
    ["2025", "2025"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

function addAnswers(fixture: SearchFixture, answers: string[]): void {
  storeSurvey(fixture.db, {
    projectId: fixture.projectId,
    userId: 1,
    wave: "2024",
    records: {
      respondents: answers.map((_, index) => ({ externalId: `R24-${index + 1}`, attributes: {}, likert: {} })),
      questions: [{ header: QUESTION, answers: answers.map((text, respondentIndex) => ({ respondentIndex, text })) }],
      likertColumns: [],
      attributeMerges: [],
    },
    filename: "s24.csv",
  });
}

describe("search by word forms", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
    addAnswers(fixture, ["Caseloading is relentless.", "Case loads are shared.", "A caseloadless week is rare."]);
  });
  afterEach(() => fixture.db.cleanup());

  const sources = (query: string) =>
    searchProject(fixture.db, fixture.projectId, query)
      .hits.map((hit) => hit.source)
      .sort();

  it('finds answers holding only "caseloads" or "caseloading" for caseload, and only caseload itself in quote marks', () => {
    expect(sources("caseload")).toEqual(["Ewa Wójcik", "R23-1", "R24-1", "R25-1"]);
    expect(sources('"caseload"')).toEqual(["Ewa Wójcik"]);
    expect(sources("caseloads")).toEqual(["Ewa Wójcik", "R23-1", "R24-1", "R25-1"]);
    expect(sources('"caseloads"')).toEqual(["R23-1", "R25-1"]);
  });

  it("lists the word forms the index holds, the word first, never a different stem", () => {
    expect(wordForms(fixture.db, "caseload")).toEqual(["caseload", "caseloads", "caseloading"]);
    expect(wordForms(fixture.db, "unheard")).toEqual(["unheard"]);
  });

  it("keeps prefixes, phrases and NOT as typed while widening plain words", () => {
    expect(sources("caseload NOT pay")).toEqual(["Ewa Wójcik", "R24-1"]);
    expect(sources('"caseloads are"')).toEqual(["R25-1"]);
    expect(sources("caseloa*")).toEqual(["Ewa Wójcik", "R23-1", "R24-1", "R25-1", "R24-3"].sort());
    const query = parseStemmedQuery(fixture.db, 'caseload OR "pay rise" NOT driving');
    expect(query.match).toBe('("caseload" OR "caseloads" OR "caseloading") OR ("pay rise" NOT "driving")');
    expect(query.terms).toEqual(["caseload", "caseloads", "caseloading", "pay rise"]);
  });

  it("counts the same hits it pages through and code-all locates every word form in them", () => {
    const result = searchProject(fixture.db, fixture.projectId, "caseload");
    expect(result.total).toBe(result.hits.length);
    const codable = listCodableHits(fixture.db, fixture.projectId, "caseload");
    expect(codable.hits).toHaveLength(result.total);
    const coded = codable.hits.map((hit) =>
      hitRanges({ text: hit.text, startOffset: hit.startOffset }, codable.terms, "exact").map((range) =>
        hit.text.slice(range.start - hit.startOffset, range.end - hit.startOffset),
      ),
    );
    expect(coded.flat().sort()).toEqual(["caseload", "caseloads", "Caseloading", "Caseloads"].sort());
    const exact = listCodableHits(fixture.db, fixture.projectId, '"caseload"');
    expect(exact.hits.map((hit) => hit.source)).toEqual(["Ewa Wójcik"]);
  });
});
