import { and, eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { attributes, events, imports, respondentAttributes } from "../../db/schema";
import { storeSurvey } from "../imports/store-survey";
import { getJointDisplay } from "../themes/get-joint-display";
import { getThemeSummary } from "../themes/get-theme-summary";
import { buildThemeFixture, type ThemeFixture } from "../themes/test-fixtures";
import { canonicalAttributeValue } from "./canonical-value";
import { listAttributeValues } from "./list-attribute-values";
import { mergeAttributeValue } from "./merge-attribute-value";
import { orderAttributeValues } from "./order-attribute-values";
import { numericOrder } from "./value-order";

let db: ReturnType<typeof createTestDb>;
let fixture: ThemeFixture;

beforeEach(() => {
  db = createTestDb();
  fixture = buildThemeFixture(db, { threshold: 1 });
});

afterEach(() => {
  db.cleanup();
});

function attributeId(name: string): number {
  return db
    .select({ id: attributes.id })
    .from(attributes)
    .where(and(eq(attributes.projectId, fixture.projectId), eq(attributes.name, name)))
    .get()!.id;
}

/** A second file spelled gender its own way: R1 and S1 as "f", R3 as "m". */
function respell() {
  const gender = attributeId("gender");
  const set = (labels: string[], value: string) =>
    db
      .update(respondentAttributes)
      .set({ value })
      .where(
        and(
          eq(respondentAttributes.attributeId, gender),
          inArray(
            respondentAttributes.respondentId,
            labels.map((label) => fixture.respondent[label]),
          ),
        ),
      )
      .run();
  set(["R1", "S1"], "f");
  set(["R3"], "m");
}

function genderRows(wave: number) {
  const summary = getThemeSummary(db, fixture.projectId, fixture.code.W, { includeUnapprovedQuotes: true });
  const gender = summary.breakdowns.find((b) => b.attribute.key === "gender")!;
  return gender.byWave[wave].breakdown.rows.map((row) => [row.value, row.raised.display, row.base.display]);
}

describe("attribute values", () => {
  it("merges flow into every breakdown, past imports and future ones", () => {
    respell();
    // 2023 women R1 (now "f"), R2, R4, R6 raised Workload; men R3 (now "m"), R5 did not.
    expect(genderRows(0)).toEqual([
      ["f", "1", "1"],
      ["Female", "3", "3"],
      ["m", "0", "1"],
      ["Male", "0", "1"],
    ]);
    expect(
      listAttributeValues(db, fixture.projectId)
        .find((a) => a.name === "gender")!
        .values.map((v) => [v.value, v.respondents]),
    ).toEqual([
      ["f", 2],
      ["Female", 7],
      ["m", 1],
      ["Male", 3],
    ]);

    const gender = attributeId("gender");
    expect(
      mergeAttributeValue(db, fixture.coderIds[0], {
        projectId: fixture.projectId,
        attributeId: gender,
        from: "f",
        into: "Female",
      }),
    ).toMatchObject({ respondents: 2, into: "Female" });
    mergeAttributeValue(db, fixture.coderIds[0], {
      projectId: fixture.projectId,
      attributeId: gender,
      from: "m",
      into: "Male",
    });
    expect(genderRows(0)).toEqual([
      ["Female", "4", "4"],
      ["Male", "0", "2"],
    ]);
    const heatmap = getJointDisplay(db, fixture.projectId, { heatmapAttribute: "gender", heatmapWave: "2023" }).heatmap;
    expect(heatmap.values).toEqual(["Female", "Male"]);
    const listed = listAttributeValues(db, fixture.projectId).find((a) => a.name === "gender")!;
    expect(listed.values.map((v) => [v.value, v.respondents, v.aliases])).toEqual([
      ["Female", 9, ["f"]],
      ["Male", 4, ["m"]],
    ]);

    // A later import spelling it "F" (any case) is stored as "Female".
    const importId = db
      .insert(imports)
      .values({
        projectId: fixture.projectId,
        userId: fixture.coderIds[0],
        filename: "2027.csv",
        storedPath: "/nowhere",
        byteSize: 1,
        status: "done",
      })
      .returning({ id: imports.id })
      .get().id;
    storeSurvey(db, {
      projectId: fixture.projectId,
      userId: fixture.coderIds[0],
      wave: "2027",
      records: {
        respondents: [
          { externalId: "N1", attributes: { gender: "F" }, likert: {} },
          { externalId: "N2", attributes: { gender: "Non-binary" }, likert: {} },
        ],
        questions: [],
        likertColumns: [],
        attributeMerges: [],
      },
      filename: "2027.csv",
      importId,
    });
    expect(
      listAttributeValues(db, fixture.projectId)
        .find((a) => a.name === "gender")!
        .values.map((v) => [v.value, v.respondents]),
    ).toEqual([
      ["Female", 10],
      ["Male", 4],
      ["Non-binary", 1],
    ]);
    expect(canonicalAttributeValue(db, gender, " M ")).toBe("Male");
    expect(canonicalAttributeValue(db, gender, "Other")).toBe("Other");
    expect(db.select().from(events).where(eq(events.action, "attribute.merge")).all()).toHaveLength(2);
  });

  it("follows a merge made into a value that was itself merged", () => {
    respell();
    const gender = attributeId("gender");
    mergeAttributeValue(db, 1, { projectId: fixture.projectId, attributeId: gender, from: "Female", into: "f" });
    mergeAttributeValue(db, 1, { projectId: fixture.projectId, attributeId: gender, from: "f", into: "Woman" });
    const values = listAttributeValues(db, fixture.projectId).find((a) => a.name === "gender")!.values;
    expect(values.find((v) => v.value === "Woman")).toMatchObject({ respondents: 9, aliases: ["f", "Female"] });
    expect(canonicalAttributeValue(db, gender, "female")).toBe("Woman");
    expect(() =>
      mergeAttributeValue(db, 1, { projectId: fixture.projectId, attributeId: gender, from: "Woman", into: "Female" }),
    ).toThrow(/already merged/);
    expect(() =>
      mergeAttributeValue(db, 1, { projectId: fixture.projectId + 1, attributeId: gender, from: "a", into: "b" }),
    ).toThrow(/not found/);
  });

  it("orders values once for every breakdown, numerically where asked", () => {
    expect(numericOrder(["11+", "6–10", "0–2", "3–5", "Not known"])).toEqual([
      "0–2",
      "3–5",
      "6–10",
      "11+",
      "Not known",
    ]);
    const region = attributeId("region");
    orderAttributeValues(db, 1, {
      projectId: fixture.projectId,
      attributeId: region,
      values: ["South East", "London"],
    });
    const summary = getThemeSummary(db, fixture.projectId, fixture.code.W, { includeUnapprovedQuotes: true });
    expect(
      summary.breakdowns.find((b) => b.attribute.key === "region")!.byWave[0].breakdown.rows.map((r) => r.value),
    ).toEqual(["South East", "London", "Not stated"]);
    expect(getJointDisplay(db, fixture.projectId).heatmap.values).toEqual(["South East", "London"]);
    expect(listAttributeValues(db, fixture.projectId).find((a) => a.name === "region")).toMatchObject({
      ordered: true,
      values: [
        { value: "South East", position: 0 },
        { value: "London", position: 1 },
      ],
    });
    expect(() =>
      orderAttributeValues(db, 1, { projectId: fixture.projectId, attributeId: region, values: ["London", "London"] }),
    ).toThrow(/each value once/);
  });
});
