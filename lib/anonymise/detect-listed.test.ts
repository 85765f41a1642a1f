import { describe, expect, it } from "vitest";
import { AUTHORITIES } from "./authorities";
import { detectListed } from "./detect-listed";

const found = (text: string, customTerms: string[] = []) =>
  detectListed(text, customTerms).map((d) => [text.slice(d.start, d.end), d.category, d.replacement]);

describe("the shipped list", () => {
  it("has the 33 London and 19 South East authorities of the research", () => {
    expect(AUTHORITIES.filter((a) => a.region === "london")).toHaveLength(33);
    expect(AUTHORITIES.filter((a) => a.region === "south_east")).toHaveLength(19);
  });
});

describe("detectListed", () => {
  it.each([
    ["LB Lambeth", "[London borough]"],
    ["London Borough of Lambeth", "[London borough]"],
    ["Tower Hamlets Council", "[London borough]"],
    ["RBKC", "[London borough]"],
    ["City of London", "[London borough]"],
    ["Kent County Council", "[South East authority]"],
    ["KCC", "[South East authority]"],
    ["Brighton & Hove", "[South East authority]"],
    ["Brighton and Hove City Council", "[South East authority]"],
    ["Windsor & Maidenhead", "[South East authority]"],
    ["West Berks", "[South East authority]"],
    ["RB of Greenwich", "[London borough]"],
  ])("finds the authority variant %s", (variant, replacement) => {
    const text = `I worked for ${variant} for years.`;
    expect(found(text)).toEqual([[variant, "authority", replacement]]);
  });

  it("finds main towns and London areas as places", () => {
    expect(found("From Maidstone to Newport and on to Peckham.")).toEqual([
      ["Maidstone", "place", "[town]"],
      ["Newport", "place", "[town]"],
      ["Peckham", "place", "[London area]"],
    ]);
  });

  it("grows a listed place over the building word after it, not over a compound of its own", () => {
    expect(found("the bonus at peckham house was better")).toEqual([["peckham house", "place", "[London area]"]]);
    expect(found("we moved to peckham house prices and all")).toEqual([["peckham", "place", "[London area]"]]);
  });

  it("takes a district named after its county as the longer listed name", () => {
    expect(found("the cwd team in Mid Suffolk is short")).toEqual([["Mid Suffolk", "place", "[town]"]]);
  });

  it("matches lower-case names from survey comments", () => {
    expect(found("the team in bexley")).toEqual([["bexley", "authority", "[London borough]"]]);
  });

  it("needs the exact case for acronyms, but not in a comment typed in lower case", () => {
    expect(found("kcc and Kcc, but KCC")).toEqual([["KCC", "authority", "[South East authority]"]]);
    expect(found("lbh is a nightmare. kcc was worse")).toEqual([
      ["lbh", "authority", "[London borough]"],
      ["kcc", "authority", "[South East authority]"],
    ]);
  });

  it("reads Reading and Slough as ordinary words where the sentence does", () => {
    expect(found("Reading the notes, I moved to Reading. slough off, then Slough Borough Council.")).toEqual([
      ["Reading", "authority", "[South East authority]"],
      ["Slough Borough Council", "authority", "[South East authority]"],
    ]);
  });

  it("reads a place that is an ordinary word in a comment typed in lower case after 'at' or 'in'", () => {
    expect(found("tbh the worst was at havering, i left after 8 months")).toEqual([
      ["havering", "authority", "[London borough]"],
    ]);
    expect(found("i was in reading the notes all night")).toEqual([]);
    expect(found("He was havering at Havering.")).toEqual([["Havering", "authority", "[London borough]"]]);
    expect(found("our carers in deal were moved by Tidewater Fostering to the LA")).toEqual([
      ["deal", "place", "[town]"],
    ]);
    expect(found("We got a good deal in Deal, though.")).toEqual([["Deal", "place", "[town]"]]);
  });

  it("takes a joined authority's name cut short", () => {
    expect(found("worked at barking and dag then redbridge")).toEqual([
      ["barking and dag", "authority", "[London borough]"],
      ["redbridge", "authority", "[London borough]"],
    ]);
    expect(found("Hammersmith and Ful. was fine, then Barking and Then")).toEqual([
      ["Hammersmith and Ful", "authority", "[London borough]"],
      ["Barking", "authority", "[London borough]"],
    ]);
  });

  it("knows authorities and towns outside the two regions", () => {
    expect(found("they owe me pay from my time at north tyneside")).toEqual([
      ["north tyneside", "authority", "[authority]"],
    ]);
    expect(found("She moved to Leeds, then Huddersfield.")).toEqual([
      ["Leeds", "authority", "[authority]"],
      ["Huddersfield", "place", "[town]"],
    ]);
  });

  it("takes 'estate' or 'station' after a listed place with it", () => {
    expect(found("she's on the broadwater farm estate near Peckham Rye station")).toEqual([
      ["broadwater farm estate", "place", "[London area]"],
      ["Peckham Rye station", "place", "[London area]"],
    ]);
  });

  it("reads 'Beds' as the county only when capitalised", () => {
    expect(found("Herts, Beds, Bucks — all locum. The beds were full.")).toEqual([
      ["Herts", "authority", "[authority]"],
      ["Beds", "authority", "[authority]"],
      ["Bucks", "authority", "[South East authority]"],
    ]);
  });

  it("reads a town that is an ordinary word joined to a listed place as a place", () => {
    expect(found("hook to basingstoke commute killing me").map(([text]) => text)).toEqual(["hook", "basingstoke"]);
    expect(found("we moved from Deal to Sandwich").map(([text]) => text)).toEqual(["Deal", "Sandwich"]);
    expect(found("the hook to hang it on").map(([text]) => text)).toEqual([]);
  });

  it("takes the 'the' of a title said instead of the authority's name", () => {
    expect(found("Then I went to the Royal Borough and it was different.").map(([text]) => text)).toEqual([
      "the Royal Borough",
    ]);
  });

  it("does not redact the attribution-level regions", () => {
    expect(found("Across London and the South East, and in East London.")).toEqual([]);
  });

  it("redacts the project's own terms as organisations", () => {
    expect(found("I came through Brightpath Recruitment.", ["Brightpath Recruitment", " "])).toEqual([
      ["Brightpath Recruitment", "organisation", "[organisation]"],
    ]);
  });
});

describe("a listed place's own name run on", () => {
  const spans = (text: string) => detectListed(text).map((d) => text.slice(d.start, d.end));

  it("takes a school's faith or grounds and its building word, and a street's last word, in lower case", () => {
    expect(spans("the school nurse at kidbrooke park school, ref 1")).toEqual(["kidbrooke park school"]);
    expect(spans("she lives on streatham road now")).toEqual(["streatham road"]);
  });

  it("leaves a way of working and a street's word that runs on as a phrase", () => {
    expect(spans("they want it done the croydon way")).toEqual(["croydon"]);
    expect(spans("rent in croydon way more than here")).toEqual(["croydon"]);
  });
});
