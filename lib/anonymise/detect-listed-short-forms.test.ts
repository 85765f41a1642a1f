import { describe, expect, it } from "vitest";
import { detectListed } from "./detect-listed";

const found = (text: string) => detectListed(text).map((d) => text.slice(d.start, d.end));

describe("generated short forms of authorities", () => {
  it("joins two names with 'n' and takes their initials with '&' or 'n'", () => {
    expect(found("never again, kensington n chelsea")).toEqual(["kensington n chelsea"]);
    expect(found("wnm paid the mileage, knc never did")).toEqual(["wnm", "knc"]);
    expect(found("I left H+F for W+M.")).toEqual(["H+F", "W+M"]);
  });

  it("takes a short acronym typed in lower case after a preposition of place in a capitalised comment", () => {
    expect(found("I left ecc in June. The ecc rota was fine.")).toEqual(["ecc"]);
    expect(found("I joined occ. Occ and Kcc are not.")).toEqual(["occ"]);
  });

  it("takes names typed without their apostrophe or hyphens", () => {
    expect(found("office by earls court, then stockton on tees")).toEqual(["earls court", "stockton on tees"]);
  });

  it("adds the short forms listed in the data and cuts a compass word to its letter", () => {
    expect(found("esx had the better pay, w berks the better managers")).toEqual(["esx", "w berks"]);
    expect(found("then I moved to S Glos")).toEqual(["S Glos"]);
  });

  it("names an authority's children's trust or services in any spelling", () => {
    expect(found("seconded into sandwell childrens trust for a year")).toEqual(["sandwell childrens trust"]);
    expect(found("Merton Children's Social Care were fine")).toEqual(["Merton Children's Social Care"]);
  });

  it("reads two bare letters as the authority only after a place's preposition with another authority named", () => {
    expect(found("left hackney for islington, now in kc since june")).toEqual(["hackney", "islington", "kc"]);
    expect(found("the th in thames is silent")).toEqual([]);
    expect(found("we were in th corridor")).toEqual([]);
  });
});

describe("cues for a name that is also an ordinary word", () => {
  it("takes it in brackets after the word for a council", () => {
    expect(found("the local authority (reading) never replied")).toEqual(["reading"]);
  });

  it("takes it beside another authority in a list, or beside one read as the place", () => {
    expect(found("pay is worse than slough but better than surrey")).toEqual(["slough", "surrey"]);
    expect(found("i work in berks and bucks")).toEqual(["berks", "bucks"]);
    expect(found("the stags and bucks in the park")).toEqual([]);
  });

  it("takes a preposition of place before it with 'in' or 'for' after it", () => {
    expect(found("the hearing was in slough in april")).toEqual(["slough"]);
    expect(found("she moved to slough now, not to send letters")).toEqual(["slough"]);
  });

  it("takes an authority's name in talk of councils, but not as a verb, money or a thing counted", () => {
    expect(found("the la i miss most is bucks, honestly")).toEqual(["bucks"]);
    expect(found("the slough team were kind, unlike merton")).toEqual(["slough", "merton"]);
    expect(found("the council paid forty bucks towards it")).toEqual([]);
    expect(found("the council had no beds, so surrey took him")).toEqual(["surrey"]);
    expect(found("the council counted hospital beds with surrey")).toEqual(["surrey"]);
    expect(found("the council wants to stoke fears")).toEqual([]);
  });

  it("takes a repeat of a name already read as the place, at a sentence's start or after a preposition", () => {
    expect(found("i trained in slough. slough was tough but fair")).toEqual(["slough", "slough"]);
    expect(found("He moved to Reading. He was reading all night.")).toEqual(["Reading"]);
    expect(found("a good deal in Deal")).toEqual(["Deal"]);
  });

  it("takes a town called a town beside it, and a town named like a month only so or in a list", () => {
    expect(found("a post in send (the village, not the verb)")).toEqual(["send"]);
    expect(found("we stayed in the town of battle")).toEqual(["battle"]);
    expect(found("started in march, left in May")).toEqual([]);
    expect(found("March was hectic")).toEqual([]);
    expect(found("from chatteris to march every day")).toEqual(["chatteris", "march"]);
  });

  it("reads a town that is also a given name as the town only after a preposition of place", () => {
    expect(found("Angel came to the review. Later she moved to Angel in June.")).toEqual(["Angel"]);
  });

  it("leaves a town's name opening a sentence before a noun, but not an authority's", () => {
    expect(found("Bath time was chaos. Battle lines were drawn.")).toEqual([]);
    expect(found("Slough managers listened.")).toEqual(["Slough"]);
  });

  it("leaves a capitalised name that ends another one, after a title or a capitalised word", () => {
    expect(found("Ms Wells chaired it, and the shop on Tolley Street shut")).toEqual([]);
    expect(found("Unit 2, 9 Brook Street, Ashford TN23 1AA")).toEqual(["Ashford"]);
    expect(found("Frankly Slough was the best")).toEqual(["Slough"]);
  });

  it("takes 'the whole of' as a preposition of place, and leaves 'a Reading list' and 'Reading between the lines'", () => {
    expect(found("i ran duty for the whole of slough, alone")).toEqual(["slough"]);
    expect(found("the whole of reading the bundle took a day")).toEqual([]);
    expect(found("She handed out a Reading list. Reading between the lines, nobody read it.")).toEqual([]);
  });

  it("takes 'park' after a listed place with it", () => {
    expect(found("we walk round streatham park on contact days")).toEqual(["streatham park"]);
  });

  it("leaves a title's holder: 'Duke of Edinburgh', 'Bishop of Durham'", () => {
    expect(found("she did her Duke of Edinburgh, and the Bishop of Durham came to Leeds")).toEqual(["Leeds"]);
  });

  it("knows Wales, Scotland and the islands as authorities outside the two regions", () => {
    expect(found("moved from merthyr to powys, then the Vale of Glamorgan")).toEqual([
      "merthyr",
      "powys",
      "Vale of Glamorgan",
    ]);
    expect(found("a jersey for the kids from the council shop")).toEqual([]);
  });
});
