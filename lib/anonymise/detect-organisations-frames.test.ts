import { describe, expect, it } from "vitest";
import { detectOrganisations } from "./detect-organisations";

const found = (text: string) =>
  detectOrganisations(text).map((detection) => text.slice(detection.start, detection.end));

describe("organisations named by the sentence's frame", () => {
  it("reads a capitalised name after a work frame as an employer, whatever word it is", () => {
    expect(found("Before this I was employed by Sunrise for three years.")).toEqual(["Sunrise"]);
    expect(found("I temped with Blossom for six months.")).toEqual(["Blossom"]);
    expect(found("I did two years at Brightwater before going perm.")).toEqual(["Brightwater"]);
    expect(found("My first job was at Meadowbank, a home in Kent.")).toEqual(["Meadowbank"]);
    expect(found("I worked at the Lantern for a while.")).toEqual(["Lantern"]);
    expect(found("I left Kestrel and joined Tapestry in 2019.")).toEqual(["Kestrel", "Tapestry"]);
    expect(found("He was placed at Meadowbank, then placed with Nan.")).toEqual(["Meadowbank"]);
  });

  it("leaves people the work was with, titles, homes and products", () => {
    expect(found("She worked with Unaccompanied Asylum Seeking Children in Kent.")).toEqual([]);
    expect(found("He worked with Dr Patel on the case. I was placed at Home.")).toEqual([]);
    expect(found("We joined Microsoft Teams for the meeting.")).toEqual([]);
  });

  it("leaves pronouns, people's titles and units named by what they do", () => {
    expect(found("After I left I joined the team.")).toEqual([]);
    expect(found("My placement was with the Youth Offending Service in Plymouth.")).toEqual([]);
    expect(found("I worked for the Council for years.")).toEqual([]);
  });
});

describe("trading names in lower case and after 'called'", () => {
  it("reads the words before a trading name's ending as its name", () => {
    expect(found("went to a locum via northbank people solutions and doubled my pay")).toContain(
      "northbank people solutions",
    );
    expect(found("the agency lot from brightwater resourcing get the easy cases")).toContain("brightwater resourcing");
    expect(found("it went to a private firm, kinship matters ltd, and took 5 months")).toEqual(["kinship matters ltd"]);
    expect(found("we rely on zenith interpreting for most visits")).toEqual(["zenith interpreting"]);
  });

  it("leaves descriptions of the work and groups of people", () => {
    expect(found("we did safer recruitment training and private fostering checks")).toEqual([]);
    expect(found("the focus group and the core group met, then the whatsapp group blew up")).toEqual([]);
    expect(found("arabic interpreting was booked again")).toEqual([]);
  });

  it("reads what follows 'called' or 'named' after a noun for an organisation as its name", () => {
    expect(found("i came via a recruitment firm called tidewater global, they sorted visas")).toEqual([
      "tidewater global",
    ]);
    expect(found("I work for a small IFA called brightwater fostering covering kent")).toContain(
      "brightwater fostering",
    );
    expect(found("a lovely man called obinna came")).toEqual([]);
    expect(found("a constructor called brightwater came")).toEqual([]);
  });

  it("takes 'Agency' as part of a trading name", () => {
    expect(found("Mr Fashola-Green (Harbourlight Fostering Agency, IFA) was suspended.")).toContain(
      "Harbourlight Fostering Agency",
    );
  });
});

describe("schools, courts and hospitals typed in lower case", () => {
  it("reads a listed town or a word that is no English word before the word for the place as its name", () => {
    expect(found("my son goes to woodcote primary so i asked not to be allocated")).toEqual(["woodcote primary"]);
    expect(found("we had a judge at the brighton court who read every page")).toEqual(["brighton court"]);
    expect(found("a final hearing at the ossington gorseby family court for a sibling group")).toEqual([
      "ossington gorseby family court",
    ]);
    expect(found("found out from the school (st leonards academy) he had a knife")).toEqual(["st leonards academy"]);
  });

  it("leaves descriptions and a trading name's describing words in lower case", () => {
    expect(found("the family court and the local primary were both slow")).toEqual([]);
    expect(found("the kids home was run by evergreen care group and the staff were great")).toEqual([
      "evergreen care group",
    ]);
    expect(found("agency was harbour social care recruitment, they were ok")).toEqual([
      "harbour social care recruitment",
    ]);
  });
});

describe("names joined to organisations, teams at a sentence's start, acronyms after a work frame", () => {
  it("reads a listed ordinary word joined by one or two words to a listed firm as a firm", () => {
    expect(found("been agency 9 yrs mostly with liquid personnel n now sanctuary, left haringey")).toContain(
      "sanctuary",
    );
  });

  it("reads a team's name of the classes teams are named from at a sentence's start", () => {
    expect(found("Kestrel team are the ones who do edge of care, and Kestrel are stretched.")).toEqual([
      "Kestrel team",
      "Kestrel",
    ]);
    expect(found("Football team was his thing.")).toEqual([]);
  });

  it("reads an acronym after a work frame as a workplace, but not a known one", () => {
    expect(found("I trained at KNUST and came over through Stafflink.")).toContain("KNUST");
    expect(found("I worked for the LA for years.")).toEqual([]);
    expect(found("He was on the ward for six weeks with NAS.")).toEqual([]);
  });

  it("reads a hospital by the department after its name", () => {
    expect(found("She was in Lister maternity for a week.")).toContain("Lister maternity");
    expect(found("Baby went to Whittington NICU straight after.")).toContain("Whittington NICU");
    expect(found("Mum is on Statutory Maternity Pay until March.")).toEqual([]);
  });

  it("reads a school by its ending and a ward after 'at the'", () => {
    expect(found("Bishopsgate Juniors is the one with the nurture room.")).toEqual(["Bishopsgate Juniors"]);
    expect(found("The baby was at the Rainbow ward for six weeks.")).toContain("Rainbow ward");
  });
});

describe("an ordinary word after 'via', 'through' or 'with' in a lower-case comment about agencies", () => {
  it("reads it as the firm, but not ways and means", () => {
    expect(found("fostering agency swapped our sw. we are foster carers with tact btw")[0]).toMatch(/^tact/u);
    expect(found("locum via harbour for a year, the agency was fine")).toContain("harbour");
    expect(found("got the locum job through work, the agency sent it via email")).toEqual([]);
    expect(found("we are foster carers with tact and patience")).toEqual([]);
  });

  it("leaves what a person is called to the name rules, and ends a name at a relative pronoun", () => {
    expect(found("i had to use a cousin for an eritrean boy called yonas who was 16, at work")).toEqual([]);
  });

  it("reads it after 'by', 'left', or 'for' after a word of work, in any comment about agency work", () => {
    expect(found("got paid late 3 months running by larch, the umbrella said not our problem")).toContain("larch");
    expect(found("i worked for plover for 3 yrs then went perm")).toContain("plover");
    expect(found("paid by default thru last week, perm now")).toEqual([]);
  });
});

describe("a firm doing what firms do, whatever its word", () => {
  it("reads a singular word with a plural verb, in a sentence about agencies, as the firm", () => {
    expect(found("Harbour have been great since I signed up with the agency.")).toEqual(["Harbour"]);
    expect(found("Compass were really supportive when I was placed in Slough.")).toEqual(["Compass"]);
    expect(found("Lantern pay better than the council does.")).toEqual(["Lantern"]);
  });

  it("leaves groups and plurals taking a plural verb", () => {
    expect(found("Management were useless about the agency staff. Seniors have been placed elsewhere.")).toEqual([]);
    expect(found("Holiday pay is part of the agency contract.")).toEqual([]);
  });
});

describe("family courts by their name without 'Court'", () => {
  it("reads 'the Central Family' as the court", () => {
    expect(found("The hearing moved from East London to the Central Family.")).toEqual([
      "East London",
      "Central Family",
    ]);
  });
});
