import { describe, expect, it } from "vitest";
import { fitLabel, labelOptions } from "./fit-label";
import { formatLabel, groupPhrase } from "./format-label";
import { generaliseValue } from "./generalise-value";
import type { LabelSubject, PopulationMember } from "./types";

function people(count: number, attributes: Record<string, string>, groupTypes: string[] = []): PopulationMember[] {
  return Array.from({ length: count }, () => ({ attributes: { ...attributes }, groupTypes }));
}

const surveySubject: LabelSubject = {
  kind: "survey",
  attributes: {
    role: "Service manager",
    region: "South East",
    "employment type": "Agency",
    "local authority": "Kent",
    gender: "Female",
  },
  wave: "2025",
  groupType: null,
};

// A survey wave of 40: 3 agency service managers in the South East, 6 more South East managers (team managers,
// permanent), 5 South East social workers on agency contracts, and 26 London respondents.
const surveyPopulation: PopulationMember[] = [
  ...people(3, { role: "Service manager", region: "South East", "employment type": "Agency", gender: "Female" }),
  ...people(6, { role: "Team manager", region: "South East", "employment type": "Permanent", gender: "Male" }),
  ...people(5, { role: "Social worker", region: "South East", "employment type": "Agency", gender: "Female" }),
  ...people(20, { role: "Senior social worker", region: "London", "employment type": "Permanent", gender: "Female" }),
  ...people(6, { role: "Team manager", region: "London", "employment type": "Permanent", gender: "Male" }),
];

describe("fitLabel on a survey wave", () => {
  it("keeps a label that already fits k people, with no steps", () => {
    const result = fitLabel(surveySubject, surveyPopulation, ["region", "wave"], 10);
    expect(result).toMatchObject({ ok: true, label: "South East, survey respondent, 2025", fits: 14, steps: [] });
    expect(result.summary).toBe("‘South East, survey respondent, 2025’ fits 14 people (k = 10).");
  });

  it("generalises the most specific attribute first, then drops what cannot be generalised, saying why", () => {
    const result = fitLabel(surveySubject, surveyPopulation, ["role", "region", "employment type"], 10);
    // Alone: Service manager 3, South East 14, Agency 8 → role is most specific, generalised to manager
    // (3 + 6 + 6 = 15 managers); "manager, South East, Agency" still fits 3; then Agency (8) beats
    // South East (14) and manager (15): dropped. "Manager, South East" fits 9 → region (14) vs
    // manager (15): region dropped. "Manager" fits 15.
    expect(result.steps.map((step) => step.message)).toEqual([
      "‘Service manager, South East, Agency, survey respondent’ fits 3 people; generalised role ‘Service manager’ to ‘manager’.",
      "‘Manager, South East, Agency, survey respondent’ fits 3 people; dropped employment type.",
      "‘Manager, South East, survey respondent’ fits 9 people; dropped region.",
    ]);
    expect(result).toMatchObject({ ok: true, label: "Manager, survey respondent", fits: 15, k: 10, population: 40 });
    expect(result.parts).toEqual([{ attribute: "role", value: "manager", original: "Service manager", level: 1 }]);
  });

  it("counts a generalised value over everyone on its ladder (senior and plain social workers alike)", () => {
    const subject: LabelSubject = { ...surveySubject, attributes: { role: "Senior social worker", region: "London" } };
    const population = [
      ...people(4, { role: "Senior social worker", region: "London" }),
      ...people(4, { role: "Social worker", region: "London" }),
      ...people(3, { role: "Newly qualified social worker", region: "London" }),
      ...people(30, { role: "Team manager", region: "South East" }),
    ];
    const result = fitLabel(subject, population, ["role", "region"], 10);
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({
      action: "generalised",
      from: "Senior social worker",
      to: "social worker",
      fits: 4,
    });
    expect(result).toMatchObject({ ok: true, label: "Social worker, London, survey respondent", fits: 11 });
  });

  it("never uses the local authority, names or dates, and says so", () => {
    expect(labelOptions(surveySubject).map((option) => option.attribute)).toEqual([
      "role",
      "region",
      "employment type",
      "gender",
      "wave",
    ]);
    const result = fitLabel(surveySubject, surveyPopulation, ["local authority", "region", "held on", "team"], 10);
    expect(result.label).toBe("South East, survey respondent");
    expect(result.label).not.toMatch(/Kent/);
    expect(result.ignored).toEqual([
      { attribute: "local authority", reason: "never part of a label" },
      { attribute: "held on", reason: "never part of a label" },
      { attribute: "team", reason: "never part of a label" },
    ]);
  });

  it("holds k at 5 or more whatever the setting says", () => {
    const population = [...people(4, { region: "London" }), ...people(40, { region: "South East" })];
    const subject: LabelSubject = { kind: "survey", attributes: { region: "London" }, wave: "2023", groupType: null };
    const result = fitLabel(subject, population, ["region"], 2);
    expect(result.k).toBe(5);
    expect(result.steps.map((step) => step.message)).toEqual([
      "‘London, survey respondent’ fits 4 people; dropped region.",
    ]);
    expect(result.label).toBe("Survey respondent");
  });

  it("fails when even the broadest label fits fewer than k people", () => {
    const subject: LabelSubject = { kind: "survey", attributes: { region: "London" }, wave: "2023", groupType: null };
    const result = fitLabel(subject, people(7, { region: "London" }), ["region", "wave"], 10);
    expect(result.ok).toBe(false);
    expect(result.parts).toEqual([]);
    expect(result.summary).toMatch(/fits only 7 people, fewer than k = 10/);
  });
});

describe("fitLabel on a focus-group population", () => {
  // A wave's focus groups: 6 team managers (3 London), 5 permanent social workers, 5 agency social workers.
  const population: PopulationMember[] = [
    ...people(3, { role: "Team manager", region: "London", "employment type": "Permanent" }, ["team managers"]),
    ...people(2, { role: "Team manager", region: "South East", "employment type": "Permanent" }, ["team managers"]),
    ...people(1, { role: "Service manager", region: "London", "employment type": "Permanent" }, ["team managers"]),
    ...people(5, { role: "Social worker", region: "London", "employment type": "Permanent" }, [
      "permanent social workers",
    ]),
    ...people(5, { role: "Social worker", region: "South East", "employment type": "Agency" }, [
      "agency social workers",
    ]),
  ];
  const subject: LabelSubject = {
    kind: "focus_group",
    attributes: { role: "Service manager", region: "London", "employment type": "Permanent" },
    wave: "2025",
    groupType: "team managers",
  };

  it("offers the group type, never the group's date or authority", () => {
    expect(labelOptions(subject)).toEqual([
      { attribute: "role", value: "Service manager" },
      { attribute: "region", value: "London" },
      { attribute: "employment type", value: "Permanent" },
      { attribute: "group type", value: "team managers" },
      { attribute: "wave", value: "2025" },
    ]);
  });

  it("names the group type when it fits, and drops it when the group is too small", () => {
    const fits = fitLabel(subject, population, ["group type", "wave"], 5);
    expect(fits).toMatchObject({ ok: true, label: "Team managers' focus group, 2025", fits: 6 });
    const tooSmall = fitLabel(subject, population, ["role", "group type", "wave"], 10);
    // Service manager (1) → manager (6, same as the group); then group type (6, picked later) is dropped on the tie;
    // manager alone fits 6 → dropped; the wave's 16 participants remain.
    expect(tooSmall.steps.map((step) => `${step.action} ${step.attribute}`)).toEqual([
      "generalised role",
      "dropped group type",
      "dropped role",
    ]);
    expect(tooSmall).toMatchObject({ ok: true, label: "Focus-group participant, 2025", fits: 16 });
  });

  it("fits London permanent staff across groups", () => {
    const result = fitLabel(subject, population, ["region", "employment type"], 5);
    expect(result).toMatchObject({ ok: true, label: "London, Permanent, focus-group participant", fits: 9, steps: [] });
  });
});

describe("labels", () => {
  it("formats values, years qualified, group types and the wave", () => {
    expect(
      formatLabel("focus_group", [
        { attribute: "years qualified", value: "6+", original: "11+", level: 1 },
        { attribute: "wave", value: "2025", original: "2025", level: 0 },
      ]),
    ).toBe("6+ years qualified, focus-group participant, 2025");
    expect(groupPhrase("team managers")).toBe("team managers' focus group");
    expect(groupPhrase("Mixed South East group")).toBe("mixed South East group");
    expect(groupPhrase("newly qualified social workers (ASYE)")).toBe(
      "newly qualified social workers (ASYE) focus group",
    );
  });

  it("generalises along the ladders and stops at the top", () => {
    expect(generaliseValue("role", "Team manager")).toBe("manager");
    expect(generaliseValue("Role", "SERVICE MANAGER")).toBe("manager");
    expect(generaliseValue("role", "manager")).toBeNull();
    expect(generaliseValue("years qualified", "0–2")).toBe("0-5");
    expect(generaliseValue("region", "London")).toBeNull();
  });
});
