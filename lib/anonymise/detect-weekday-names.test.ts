import { describe, expect, it } from "vitest";
import { detectWeekdayNames } from "./detect-weekday-names";

const found = (text: string) => detectWeekdayNames(text).map((detection) => text.slice(detection.start, detection.end));

describe("detectWeekdayNames", () => {
  it("takes a weekday where only a person stands, and its other mentions", () => {
    expect(found("I was covering for Sunday while she was on leave.")).toEqual(["Sunday"]);
    expect(found("Sunday said the mum was fine.")).toEqual(["Sunday"]);
    expect(found("ask Monday about it")).toEqual(["Monday"]);
    expect(found("Sunday's caseload is huge")).toEqual(["Sunday"]);
    expect(found("I asked Sunday to cover. Sunday was brilliant.")).toEqual(["Sunday", "Sunday"]);
  });

  it("leaves the days of the week", () => {
    expect(found("I worked Sunday when he was ill.")).toEqual([]);
    expect(found("See you on Sunday, who knows.")).toEqual([]);
    expect(found("Monday was busy. I'm off Sunday and Monday.")).toEqual([]);
    expect(found("I asked Sunday to cover. On Sunday it rained.")).toEqual(["Sunday"]);
  });
});
