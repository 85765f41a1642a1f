import { describe, expect, it } from "vitest";
import { digitOf, keyMapFor } from "./key-map";

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe("the key map", () => {
  it("reads digits 1–9 without Ctrl, Cmd or Alt as key presses of pinned codes", () => {
    expect(digitOf(press("3"))).toBe(3);
    expect(digitOf(press("9"))).toBe(9);
    expect(digitOf(press("0"))).toBeNull();
    expect(digitOf(press("c"))).toBeNull();
    expect(digitOf(press("3", { altKey: true }))).toBeNull();
    expect(digitOf(press("3", { ctrlKey: true }))).toBeNull();
    expect(digitOf(press("3", { metaKey: true }))).toBeNull();
  });

  it("gives the digits the same meaning on every coding page", () => {
    const digitEntry = (page: "transcript" | "grid" | "search") =>
      keyMapFor(page, true)
        .find((group) => group.title === "Coding")
        ?.entries.find((entry) => entry.keys.includes("1"))?.does;
    for (const page of ["transcript", "grid", "search"] as const)
      expect(digitEntry(page)).toMatch(/^Apply the code pinned to that key/);
  });

  it("lists each page's own moves, and coding keys only for roles that code", () => {
    const all = (page: "transcript" | "grid" | "search", canCode: boolean) =>
      keyMapFor(page, canCode).flatMap((group) => group.entries.map((entry) => entry.does));
    expect(all("transcript", true)).toContain("Select the whole turn");
    expect(all("grid", true)).toContain("Previous or next answer (J and K too)");
    expect(all("search", true)).toContain("Previous or next hit (J and K too)");
    expect(all("grid", false).some((does) => does.startsWith("Apply"))).toBe(false);
    expect(all("transcript", false)).toContain("Show these keys");
    expect(keyMapFor("search", true).map((group) => group.title)).not.toContain("In the code picker");
  });
});
