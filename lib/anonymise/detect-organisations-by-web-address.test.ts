import { describe, expect, it } from "vitest";
import { detectOrganisationsByWebAddress } from "./detect-organisations-by-web-address";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectOrganisationsByWebAddress(text, tokeniseWords(text)).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);

describe("detectOrganisationsByWebAddress", () => {
  it("takes words spelled joined in a web address or email domain of the text, with a trading suffix too", () => {
    expect(found("try kettlewood (kettlewoodrecruit.co.uk) if you want agency work")).toEqual([
      ["kettlewood", "[agency]"],
    ]);
    expect(found("the interpreter from tin lantern was late, emailed bookings@tinlantern.org")).toEqual([
      ["tin lantern", "[organisation]"],
    ]);
  });

  it("leaves mail hosts and websites named outside talk of firms alone", () => {
    expect(found("the agency emailed me at gmail, jo@gmail.com")).toEqual([]);
    expect(found("she made a padlet for us at padlet.com/board")).toEqual([]);
  });
});
