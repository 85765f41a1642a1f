import { describe, expect, it } from "vitest";
import { detectLaterMentions } from "./detect-organisation-mentions";
import { detection } from "./organisation-detection";
import { foldForMatch } from "./text-matching";

const mentions = (text: string, named: string[]) => {
  const found = named.map((name) => {
    const start = text.indexOf(name);
    return detection(start, start + name.length, "agency", "test", "list");
  });
  return detectLaterMentions(text, foldForMatch(text), found).map((mention) => [
    text.slice(mention.start, mention.end),
    mention.replacement,
  ]);
};

describe("detectLaterMentions", () => {
  it("finds a later mention of a named organisation, by its name or its own first word, in any case", () => {
    const text = "Worked via Spectrum Social Care then Vivid Resourcing. spectrum better pay, vivid better comms.";
    expect(mentions(text, ["Spectrum Social Care", "Vivid Resourcing"])).toEqual([
      ["spectrum", "[agency]"],
      ["vivid", "[agency]"],
    ]);
    expect(mentions("Bramble Recruitment placed me. Bramble paid late.", ["Bramble Recruitment"])).toEqual([
      ["Bramble", "[agency]"],
    ]);
  });

  it("finds a lower-case mention after 'recommend' or 'joined'", () => {
    expect(mentions("Tribe ghosted me. would not recommend tribe", ["Tribe"])).toEqual([["tribe", "[agency]"]]);
  });

  it("finds capitalised names listed straight before an organisation, but no role, filler or department", () => {
    expect(mentions("Trellis and Gazebo Sprocket both offered me the role.", ["Gazebo Sprocket"])).toEqual([
      ["Trellis", "[agency]"],
    ]);
    expect(mentions("Pinecone, Sprocket, Fostering Bobbin, the big ones.", ["Fostering Bobbin"])).toEqual([
      ["Sprocket", "[agency]"],
      ["Pinecone", "[agency]"],
    ]);
    expect(
      mentions("Attendees: Ms Obi (SW, Tolvey Kiln), um, Paediatric Liaison, Walnut Care.", ["Tolvey Kiln"]),
    ).toEqual([]);
    expect(mentions("Um, Walnut Care rang.", ["Walnut Care"])).toEqual([]);
  });

  it("finds a name's initials in capitals, and its everyday first word only capitalised", () => {
    expect(mentions("worked for National Fostering Agency then NFA got bought", ["National Fostering Agency"])).toEqual(
      [["NFA", "[agency]"]],
    );
    expect(
      mentions("I was at Sunflowers nursery. Sunflowers paid badly; sunflowers grew.", ["Sunflowers nursery"]),
    ).toEqual([["Sunflowers", "[agency]"]]);
    expect(mentions("Scrumptious? No — Sunflowers, Sunflowers nursery.", ["Sunflowers nursery"])).toEqual([
      ["Sunflowers", "[agency]"],
    ]);
  });

  it("finds a capitalised name joined by 'and' to an organisation, but not a person's", () => {
    expect(mentions("worked with Tribe Fostering and Compass too", ["Tribe Fostering"])).toEqual([
      ["Compass", "[agency]"],
    ]);
    expect(mentions("I used Hays and Sarah helped", ["Hays"])).toEqual([]);
  });

  it("finds the names listed after an organisation, in lower case when it is, but no chat words or pronouns", () => {
    expect(
      mentions("agency via harbour, then tolvey, then brackwater and now kilnby. every 3 months", ["harbour"]),
    ).toEqual([
      ["tolvey", "[agency]"],
      ["brackwater", "[agency]"],
      ["kilnby", "[agency]"],
    ]);
    expect(mentions("Registered with Tolvey Staffing, then Brackwater / Kilnby Care.", ["Tolvey Staffing"])).toEqual([
      ["Brackwater", "[agency]"],
      ["Kilnby Care", "[agency]"],
    ]);
    expect(mentions("went through harbour then perm, and hes happy; with Hays, I'm told", ["harbour", "Hays"])).toEqual(
      [],
    );
  });

  it("finds a later mention of a name joined by 'and' to an organisation", () => {
    expect(
      mentions("worked with Tribe Fostering and Compass too, compass were way more supportive", ["Tribe Fostering"]),
    ).toEqual([
      ["compass", "[agency]"],
      ["Compass", "[agency]"],
    ]);
  });

  it("reads an everyday word named as a firm again in lower case when a firm's verb, staff or preposition is beside it", () => {
    expect(mentions("Worked with Compass too, compass were way more supportive.", ["Compass"])).toEqual([
      ["compass", "[agency]"],
    ]);
    expect(mentions("On a locum via Nonstop, the nonstop consultant was decent.", ["Nonstop"])).toEqual([
      ["nonstop", "[agency]"],
    ]);
    expect(mentions("Worked with Compass. I lost my compass on the hill.", ["Compass"])).toEqual([]);
  });

  it("leaves an everyday word where it is not a name, and first words that describe", () => {
    expect(mentions("Left for tact fostering. He has tact.", ["tact"])).toEqual([]);
    expect(mentions("Foster Care Associates rang; foster carers came.", ["Foster Care Associates"])).toEqual([]);
    expect(mentions("The court was East London. I live in East London.", ["East London"])).toEqual([]);
  });
});
