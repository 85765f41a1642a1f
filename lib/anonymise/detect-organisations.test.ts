import { describe, expect, it } from "vitest";
import { detectOrganisations } from "./detect-organisations";

const found = (text: string) =>
  detectOrganisations(text).map((detection) => [text.slice(detection.start, detection.end), detection.replacement]);

describe("detectOrganisations", () => {
  it("finds listed agencies, interpreting firms, courts and hospitals, with their short forms", () => {
    expect(found("I went locum through Sanctuary Personnel, then Hays.")).toEqual([
      ["Sanctuary Personnel", "[agency]"],
      ["Hays", "[agency]"],
    ]);
    expect(found("We booked thebigword again.")).toEqual([["thebigword", "[interpreting firm]"]]);
    expect(found("The final hearing was at ELFC.")).toEqual([["ELFC", "[court]"]]);
    expect(found("He was taken to Whipps Cross, then GOSH.")).toEqual([
      ["Whipps Cross", "[hospital]"],
      ["GOSH", "[hospital]"],
    ]);
  });

  it("needs a capital and a word of the field for listed names that are ordinary words", () => {
    expect(found("Mum was admitted to the Priory.")).toEqual([["Priory", "[hospital]"]]);
    expect(found("The priory ruins are lovely.")).toEqual([]);
    expect(found("Check your pulse and take a remedy.")).toEqual([]);
    expect(found("I came via Pulse, the agency.")).toEqual([["Pulse", "[agency]"]]);
  });

  it("finds unlisted firms by their ending and courts by theirs", () => {
    expect(found("Kendra from Bramble Recruitment rang.")).toEqual([["Bramble Recruitment", "[agency]"]]);
    expect(found("Tower Interpreting were late.")).toEqual([["Tower Interpreting", "[interpreting firm]"]]);
    expect(found("It was listed at Ashdown Family Court.")).toEqual([["Ashdown Family Court", "[court]"]]);
    expect(found("The Family Court is slow.")).toEqual([]);
  });

  it("finds a community interest company by its ending", () => {
    expect(found("Contact supervised by Tansy Lanes CIC at the hall.")).toContainEqual([
      "Tansy Lanes CIC",
      "[organisation]",
    ]);
    expect(found("The CIC said no.")).toEqual([]);
  });

  it("finds a firm by 'Recruit' and a recruitment ending even after a word never redacted elsewhere", () => {
    expect(found("I went agency with Tarlow Recruit for a year.")).toContainEqual(["Tarlow Recruit", "[agency]"]);
    expect(found("Then Mosaic Staffing placed me.")).toContainEqual(["Mosaic Staffing", "[agency]"]);
    expect(found("We need to Recruit more.")).toEqual([]);
  });

  it("finds an agency or interpreting firm named after through/via/from in a sentence about it", () => {
    expect(found("I'm locuming through Harbour at the moment.")).toEqual([["Harbour", "[agency]"]]);
    expect(found("The interpreters from Lingo were excellent.")).toEqual([["Lingo", "[interpreting firm]"]]);
    expect(found("I came through Harbour on the train.")).toEqual([]);
  });

  it("finds named teams but not teams named by their work", () => {
    expect(found("I moved from the Oakfield team to the Phoenix hub.")).toEqual([
      ["Oakfield team", "[team]"],
      ["Phoenix hub", "[team]"],
    ]);
    expect(found("i work in the meadowbank team")).toEqual([["meadowbank team", "[team]"]]);
    expect(found("ask anyone who was in the jubilee team in 2022")).toEqual([["jubilee team", "[team]"]]);
    expect(found("the whole team, the research team, the islands team, which team? bring back team rooms")).toEqual([]);
    expect(found("Team Horizon took the case.")).toEqual([["Team Horizon", "[team]"]]);
    expect(found("working in the Willows (leaving care) is the best; the Duty (front door) is busy")).toEqual([
      ["Willows", "[team]"],
    ]);
    expect(found("the Ridgeway lot were one team, and we were Larch. Robin joined the team.")).toEqual([
      ["Larch", "[team]"],
    ]);
    expect(
      found("link worker at the garden house contact centre is a legend. the local contact centre is shut"),
    ).toEqual([["garden house contact centre", "[organisation]"]]);
    expect(found("the willow team took it over, then the kingfisher hub")).toEqual([
      ["willow team", "[team]"],
      ["kingfisher hub", "[team]"],
    ]);
    expect(found("The Assessment Team and the leaving care team, the CIN team, the islands team.")).toEqual([]);
  });

  it("finds courts, police forces and schools by their ending, courts in lower case too", () => {
    expect(found("the hearing at Stratford magistrates court went badly")).toEqual([
      ["Stratford magistrates court", "[court]"],
    ]);
    expect(found("after appearance at Highbury Corner Magistrates.")).toContainEqual([
      "Highbury Corner Magistrates",
      "[court]",
    ]);
    expect(found("Court: Medway County Court and Family Court. Case closed.")).toContainEqual([
      "Medway County Court and Family Court",
      "[court]",
    ]);
    expect(found("Lincolnshire Police found her.")).toEqual([["Lincolnshire Police", "[police force]"]]);
    expect(found("She goes to Drayton Manor High School and then Whitmore High.")).toEqual([
      ["Drayton Manor High School", "[school]"],
      ["Whitmore High", "[school]"],
    ]);
    expect(found("I went to High School; the Police came.")).toEqual([]);
    expect(found("Contact is at Rainbow Family Centre, then Sunflower Children's Centre.")).toEqual([
      ["Rainbow Family Centre", "[organisation]"],
      ["Sunflower Children's Centre", "[organisation]"],
    ]);
    expect(found("Her GP at Lordship Lane Surgery rang; he needs Heart Surgery.")).toEqual([
      ["Lordship Lane Surgery", "[hospital]"],
    ]);
  });

  it("finds services named before a lower-case ending, and the longest of two endings", () => {
    expect(
      found("the Poppy contact centre, the Larches children's home, Brookfield primary, on Bluebell ward"),
    ).toEqual([
      ["Poppy contact centre", "[organisation]"],
      ["Larches children's home", "[organisation]"],
      ["Brookfield primary", "[school]"],
      ["Bluebell ward", "[hospital]"],
    ]);
    expect(found("Beacon Social Care Recruitment rang.")).toContainEqual([
      "Beacon Social Care Recruitment",
      "[agency]",
    ]);
    expect(found("Sovereign housing refuse to do repairs.")).toEqual([["Sovereign housing", "[organisation]"]]);
    expect(found("Referral from Hawthorn Surgery; he needs Heart Surgery, in Intensive Care now.")).toEqual([
      ["Hawthorn Surgery", "[hospital]"],
    ]);
  });

  it("reads a name through a plural possessive and into a second ending, and the heads of centres and firms", () => {
    expect(found("Youth court: Camberwell Green Magistrates' Court, 11/08/2025.")).toContainEqual([
      "Camberwell Green Magistrates' Court",
      "[court]",
    ]);
    expect(found("Ordered by the judge at Leeds Combined Court Centre.")).toEqual([
      ["Leeds Combined Court Centre", "[court]"],
    ]);
    expect(found("The Hope Centre ran sessions; the ISW from Parallel Assessments and Calvary Tabernacle")).toEqual([
      ["Hope Centre", "[organisation]"],
      ["Parallel Assessments", "[agency]"],
      ["Calvary Tabernacle", "[place of worship]"],
    ]);
    expect(found("a barrister from Coram Chambers; a firm called Bluegate Health & Social care")).toContainEqual([
      "Coram Chambers",
      "[organisation]",
    ]);
    expect(found("He signed on at the Job Centre; the Risk Assessments and Public Law were fine.")).toEqual([]);
    expect(
      found("the youth worker at the Wharf Project, then Clifford House; the Youth Project and the Leaving Care Hub"),
    ).toEqual([
      ["Wharf Project", "[organisation]"],
      ["Clifford House", "[organisation]"],
    ]);
  });

  it("finds a firm after a cue with fillers between, after 'via' and after 'run by'", () => {
    expect(found("So I was with, um, Tandem for a year before I went perm, the locum rate was good.")).toEqual([
      ["Tandem", "[agency]"],
    ]);
    expect(found("IDVA via Changing Pathways. A hostel run by Step Forward.")).toEqual([
      ["Changing Pathways", "[organisation]"],
      ["Step Forward", "[organisation]"],
    ]);
    expect(found("Childcare provided by neighbour on the estate.")).toEqual([]);
    expect(found("Did anyone else work with Reliance? They paid weekly.")).toContainEqual([
      "Reliance",
      "[organisation]",
    ]);
    expect(found("went from islington to haringey on a locum via nonstop")).toEqual([["nonstop", "[agency]"]]);
    expect(found("the interpreter from lingo link didnt turn up")).toContainEqual([
      "lingo link",
      "[interpreting firm]",
    ]);
  });

  it("finds prisons by their title and places of worship by their ending", () => {
    expect(found("Dad is in HMP Belmarsh; we ran it out of the Square Chapel, near Brixton Mosque.")).toEqual([
      ["HMP Belmarsh", "[prison]"],
      ["Belmarsh", "[organisation]"],
      ["Square Chapel", "[place of worship]"],
      ["Brixton Mosque", "[place of worship]"],
    ]);
    expect(found("The Pentecostal Church and the Catholic Church helped.")).toEqual([]);
  });

  it("finds a venue named by an ordinary noun capitalised after 'at the'", () => {
    expect(found("he goes to a boxing thing at the Hangar on a Thursday, then at, um, the Foyer.")).toEqual([
      ["Hangar", "[organisation]"],
      ["Foyer", "[organisation]"],
    ]);
    expect(found("I was at the Hospital all day. It was fine at the End of it.")).toEqual([]);
  });

  it("finds a listed court by its short form in a sentence about a court", () => {
    expect(found("the court was East London, and the judge there was kind")).toEqual([["East London", "[court]"]]);
    expect(found("We moved to East London in 2019.")).toEqual([]);
    expect(found("The final hearing was at Central in the end. Central government cut the budget.")).toEqual([
      ["Central", "[court]"],
    ]);
  });

  it("finds hospitals by a possessive or royal name straight after 'at' or 'to' in a sentence about a hospital", () => {
    expect(found("Mum was admitted to Queen Mary's in the night.")).toEqual([["Queen Mary's", "[hospital]"]]);
    expect(found("She had the baby at Addenbrooke's.")).toEqual([["Addenbrooke's", "[hospital]"]]);
    expect(found("I was at Tesco's when the baby came.")).toEqual([]);
  });

  it("takes neither a language for a firm nor leaves a firm someone registered with", () => {
    expect(found("The interpreter we use for Tigrinya was late.")).toEqual([]);
    expect(found("I registered with Harvest last spring.")).toEqual([["Harvest", "[agency]"]]);
    expect(found("We booked Lingua Bridge for the interpreter.")).toEqual([["Lingua Bridge", "[interpreting firm]"]]);
    expect(found("I had 3 Team Managers and a Team Meeting.")).toEqual([]);
  });

  it("finds a firm by what agencies do, and an employer 'called' something in a sentence about work", () => {
    expect(found("Harbour placed me at Croydon for a year.")).toEqual([["Harbour", "[agency]"]]);
    expect(found("We placed him there; Mother rang the agency.")).toEqual([]);
    expect(found("I'm a supervising social worker at an IFA called Bright Horizons.")).toEqual([
      ["Bright Horizons", "[organisation]"],
    ]);
  });

  it("returns nothing for empty text", () => {
    expect(detectOrganisations("")).toEqual([]);
  });

  it("takes the site after a hospital's name before a pause, not a day or a word of the work", () => {
    expect(found("Health assessment at Queen Tolvey Hospital Brackwater, 15/08/2024.")).toContainEqual([
      "Queen Tolvey Hospital Brackwater",
      "[hospital]",
    ]);
    expect(found("Y9 pupil at Thimble Academy Walnut. Head of Year there.")).toContainEqual([
      "Thimble Academy Walnut",
      "[organisation]",
    ]);
    expect(found("Seen at Tolvey Hospital Monday, then Tolvey Hospital Discharge.")).toEqual([
      ["Tolvey Hospital", "[hospital]"],
      ["Tolvey Hospital", "[hospital]"],
    ]);
  });

  it("finds a court's short form in lower case where a judge or hearing is at it, and after a filler", () => {
    expect(found("the judge at west london keeps adjourning")).toEqual([["west london", "[court]"]]);
    expect(found("hearings at Central and at, um, East London")).toEqual([
      ["Central", "[court]"],
      ["East London", "[court]"],
    ]);
    expect(found("we live in central london and the hearing was fine")).toEqual([]);
  });

  it("takes no word of chat in a comment about agencies for a firm ('leaving at xmas', 'from locum to perm')", () => {
    expect(found("2 of us are agency from quillon recruitment n leaving at xmas")).toEqual([
      ["quillon recruitment", "[agency]"],
    ]);
    expect(found("went from locum to perm after 6 yrs agency. half my team went to agency")).toEqual([]);
  });

  it("takes a name before 'IFA', an independent fostering agency, over a place of the same name", () => {
    expect(found("Message from Lee at Oakwood IFA: please call back")).toContainEqual([
      "Oakwood IFA",
      "[organisation]",
    ]);
    expect(found("the carers with an IFA were good")).toEqual([]);
  });
});
