import { describe, expect, it } from "vitest";
import { detectPlaces } from "./detect-places";

function found(text: string): string[] {
  return detectPlaces(text).map((detection) => text.slice(detection.start, detection.end));
}

describe("detectPlaces", () => {
  it("finds a region of another country, wherever it stands", () => {
    expect(found("Her mum grew up in Sylhet and still talks about it.")).toEqual(["Sylhet"]);
    expect(found("Punjab is where the grandparents are.")).toEqual(["Punjab"]);
  });

  it("leaves countries and titles that end in a region", () => {
    expect(found("The family came from Nigeria in 2015.")).toEqual([]);
    expect(found("A student from the University of Sussex shadowed me.")).toEqual([]);
  });

  it("finds an ordinary word named as where someone lives, moved or comes from", () => {
    expect(found("The family moved to Ripe and the school there is small.")).toEqual(["Ripe"]);
    expect(found("He lives in Little Snoring with his nan.")).toEqual(["Little Snoring"]);
    expect(found("Her dad is from Mirpur, her mum from Kumasi.")).toEqual(["Mirpur"]);
  });

  it("finds a street by its last word, with or without a house number", () => {
    expect(found("Visit to the family home on Forge Lane; the school is on Ashgrove Road.")).toEqual([
      "Forge Lane",
      "Ashgrove Road",
    ]);
    expect(found("The High Street was shut and we went down Memory Lane.")).toEqual([]);
  });

  it("finds the place after a school, surgery or centre and a comma, and where someone drives or commutes from", () => {
    expect(found("Registered with Wicket Surgery, Granite. Nursery is St Cinder's Primary, Copper BN1 2AB.")).toEqual([
      "Granite",
      "Copper",
      "St Cinder's Primary",
    ]);
    expect(
      found("I drive in from Harvest Tide every day; we came in Nov; Trauma-Informed Practice, Systemic Practice."),
    ).toEqual(["Harvest Tide"]);
  });

  it("finds the word naming which office, in either case", () => {
    expect(found("he came down to the Crossways office; shout out to kasia in the hearth office")).toEqual([
      "Crossways",
      "hearth",
    ]);
    expect(found("the housing office, the main office, the new office and the head office")).toEqual([]);
  });

  it("finds the word naming which office at a clause's start or after 'at' or 'from'", () => {
    expect(found("Pay is poor. Mitten office is falling apart, so I work from Hammock office.")).toEqual([
      "Mitten",
      "Hammock",
    ]);
    expect(found("newly qual, sprocket office, the team is lovely")).toEqual(["sprocket"]);
    expect(found("Head office said no. Post office queue, then the box office.")).toEqual([]);
  });

  it("finds a saint's name typed in lower case, but not a street's 'st' before a verb", () => {
    expect(found("st wexcombe hostel on tooley st wont take him; st helier safeguarding team")).toContain(
      "st wexcombe hostel",
    );
    expect(found("on tooley st wont take him")).toEqual([]);
  });

  it("finds a council named by its district, listed or not, without the word that opens the sentence", () => {
    expect(found("I moved to Tendring District Council. Before Rother District Council I was at Swale BC.")).toEqual([
      "Tendring District Council",
      "Rother District Council",
      "Swale BC",
    ]);
    expect(found("The Student Council and our Youth Council met.")).toEqual([]);
  });

  it("finds a name after a place noun and 'called'", () => {
    expect(found("We placed him in a little place called Wool, down in Dorset.")).toEqual(["Wool", "Dorset"]);
    expect(found("It's a village named Hook.")).toEqual(["Hook"]);
  });

  it("finds places typed in lower case in a comment typed in lower case", () => {
    expect(found("mum moved to ripe last year, tiny village")).toEqual(["ripe"]);
    expect(found("placed with a carer in wool, dorset, miles from anywhere")).toContain("wool");
    expect(found("she's from sylhet and works in lewes")).toEqual(["sylhet"]);
  });

  it("leaves what someone lives in or moved to that is no place, in lower case", () => {
    expect(found("she grew up in care and lives in fear, then moved to supported lodgings")).toEqual([]);
    expect(found("he moved to london and then back home")).toEqual([]);
    expect(found("i moved to perm after the locum ended, pay stuck in weeks of limbo")).toEqual([]);
    expect(found("the rate has not gone up in years and his nan is in hosp")).toEqual([]);
  });

  it("leaves the words of the work, benefits and placements after 'moved to' or 'lives in'", () => {
    expect(found("He moved to Foster Care, she moved to Residential and they moved to Universal Credit.")).toEqual([]);
    expect(found("He lives in Temporary Accommodation now; the young person moved to Semi-Independent.")).toEqual([]);
  });

  it("leaves directions, people, address lines and sentence openings", () => {
    expect(found("They went back to South Africa.")).toEqual([]);
    expect(found("She moved to Flat 7 last week.")).toEqual([]);
    expect(found("Contact moved to Thursdays after the review.")).toEqual([]);
    expect(found("He moved to Mr Jones's class.")).toEqual([]);
    expect(found("Ripe bananas were all the fridge had.")).toEqual([]);
  });

  it("finds a place after a word for what stands or is left somewhere and 'in'", () => {
    expect(found("theyre in a hotel in thimble with 4 kids. ended up in a unit in walnut")).toEqual([
      "thimble",
      "walnut",
    ]);
    expect(found("The duty team in Pellow was my placement; a visit in Corrby ran late.")).toEqual([
      "Pellow",
      "Corrby",
    ]);
  });

  it("leaves an office's departments and a mailbox's folders in a lower-case comment", () => {
    expect(found("i chased the team in comms and then someone in payroll but my reply went to junk")).toEqual([]);
  });

  it("leaves an everyday word or a fixed phrase's noun after such a word and 'in'", () => {
    expect(found("we had a visit in person, families in poverty, a team in crisis, carers in therapy")).toEqual([]);
    expect(found("the team in question and the email sent in error")).toEqual([]);
    expect(found("a baby on the unit in scbu, families in lockdown")).toEqual([]);
  });

  it("finds a singular noun of things after such a word and 'in', a town that is an ordinary word", () => {
    expect(found("i used to work in sandwich for the childrens centre, then a flat in deal")).toEqual([
      "sandwich",
      "deal",
    ]);
    expect(found("we had a meeting in private, a placement in case of need, the carers in question")).toEqual([]);
  });

  it("finds a longer word no dictionary holds after such a word and 'in'", () => {
    expect(found("street homeless in brackwater for 3 wks, then a hotel in tolvey")).toEqual(["brackwater", "tolvey"]);
  });

  it("finds a place named by its kind and 'of', after a bracketed provider or before a bracket, and an office after 'the old'", () => {
    expect(found("covering the whole of the Isle of Thimble; the Forest of Walnut patch")).toEqual([
      "Isle of Thimble",
      "Forest of Walnut",
    ]);
    expect(
      found("Placement: Kiln House (Tolvey Children's Services), Walnut. From Kiln Hospital, Thimble (NHS)."),
    ).toEqual(["Walnut", "Thimble", "Kiln House"]);
    expect(found("the only one left from the old Thimble office; our new head office")).toEqual(["Thimble"]);
  });

  it("finds the two ends of a journey joined by 'to' in a lower-case comment", () => {
    expect(found("thimble to walnut commute killing me. the drive from quillet to brackwater for visits")).toEqual([
      "thimble",
      "walnut",
      "quillet",
      "brackwater",
    ]);
    expect(found("shoutout to marites and thanks to everyone, back to work every day")).toEqual([]);
  });

  it("finds a compass word and a name after 'the', not a region, a team or a word of the work", () => {
    expect(found("Right next to the North Thimble. I was on the West Walnut patch mostly.")).toEqual([
      "North Thimble",
      "West Walnut",
    ]);
    expect(found("the North East, the South Team, the East Hub, the West Area, the North London")).toEqual([]);
  });

  it("grows a place or a lower-case street over the building word after it, not over a compound of its own", () => {
    expect(found("the kids at quillet pru are lovely; a course at the tansy lane centre ran late")).toEqual([
      "quillet pru",
      "tansy lane centre",
    ]);
    expect(found("the drive to quillet school holidays")).toEqual(["quillet"]);
    expect(found("the course at the tansy lane office ran late")).toEqual([]);
  });

  it("finds a church or school named by its dedication, not a feast day", () => {
    expect(found("The school, Our Lady of Walnut, was kind; kids at thimble school and quillet all saints")).toEqual([
      "Our Lady of Walnut",
      "all saints",
    ]);
    expect(found("On All Saints' Day we went out; a sacred heart tattoo")).toEqual([]);
  });

  it("finds a building named by a capitalised name and its kind, not an everyday kind or a person", () => {
    expect(found("the visit at Quillet Cottage; Placement: Tansy Lodge (Thimble Care); DSL, Wexley Court.")).toEqual([
      "Quillet Cottage",
      "Tansy Lodge",
      "Wexley Court",
    ]);
    expect(found("the Town Hall, the Family Court, then Dr Hall and, um, Sarah House came")).toEqual([]);
  });

  it("finds a lower-case street by its last word after where someone is, and grows a place over its street or school", () => {
    expect(found("that b&b on marine parade, even she said so")).toEqual(["marine parade"]);
    expect(found("most of my families are round kennet way, same 4 streets")).toEqual(["kennet way"]);
    expect(found("kids school is st marys rc primary in town")).toEqual(["st marys rc primary"]);
  });

  it("leaves the phrases a street's last word makes", () => {
    expect(found("on the way home, round our way, on one way streets, on wrong way")).toEqual([]);
    expect(found("they want everything done the essex way")).not.toContain("essex way");
  });

  it("finds an office named by a compass word and a name, or by a name and a place's kind", () => {
    expect(found("i was put in a cin team, west heather office, with 28 cases")).toEqual(["west heather"]);
    expect(found("just not the cinder hill office, the lifts never work")).toEqual(["cinder hill"]);
  });

  it("leaves an office named by its team, its side or two compass words", () => {
    expect(found("the north east office and the West Team office and the south side office")).toEqual([]);
  });

  it("finds a verb's plain form with no everyday sense where something stands, in lower case", () => {
    expect(found("theyre in a hotel in harvest with 4 kids")).toEqual(["harvest"]);
    expect(found("ended up in a unit in harvest. ridiculous")).toEqual(["harvest"]);
  });

  it("leaves an everyday verb or a fixed phrase after what stands somewhere", () => {
    expect(found("working in support for 3 yrs, the team in charge of it, a room in use")).toEqual([]);
  });

  it("finds a lower-case town by its first word and a name after a verb of moving or the name said bare before", () => {
    expect(found("wants him moved to high tandem to be nearer his mum")).toContain("high tandem");
    expect(found("the drive from umber to high umber for visits")).toContain("high umber");
  });

  it("leaves a describing phrase after a town's first word", () => {
    expect(found("she moved to high school, we are in high demand, went to high alert, in great pain")).toEqual([]);
  });
});

describe("a town by its first word, after tabs", () => {
  it("starts the town at its first word, leaving the preposition", () => {
    expect(found("she moved to\thigh\ttandem last year.")).toEqual(["high\ttandem"]);
  });
});

describe("a town's first word or a place's kind before a word with an everyday sense", () => {
  it("leaves everyday phrases and still finds a name that has no everyday sense", () => {
    expect(found("she moved to market rent, then moved to long stay")).toEqual([]);
    expect(found("we went to the car park office, then the science park site")).toEqual([]);
    expect(found("wants him moved to high tandem to be nearer his mum")).toContain("high tandem");
    expect(found("just not the cinder hill office, the lifts never work")).toEqual(["cinder hill"]);
    expect(found("we met at the Science Park office")).toContain("Science Park");
  });
});
