import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { growOrganisationsOverEndings } from "./detect-organisations-grown-over-endings";
import { detection } from "./organisation-detection";

const grown = (text: string, name: string) => {
  const start = text.indexOf(name);
  const [found] = growOrganisationsOverEndings(text, [detection(start, start + name.length, "agency", "test", "nlp")]);
  return text.slice(found.start, found.end);
};

describe("growOrganisationsOverEndings", () => {
  it("grows a lower-case service found without its building over it", () => {
    expect(grown("contact at the oasis family centre", "oasis family")).toBe("oasis family centre");
    expect(grown("at the willow contact centre", "willow contact")).toBe("willow contact centre");
    expect(grown("the oasis family were lovely", "oasis family")).toBe("oasis family");
  });

  it("grows a firm's name over the ending that follows it", () => {
    expect(grown("the consultant at brindle owl social care rang", "brindle owl")).toBe("brindle owl social care");
    expect(grown("went through Quarrel staffing ltd, then", "Quarrel")).toBe("Quarrel staffing ltd");
    expect(grown("we used mordle & co for it", "mordle")).toBe("mordle & co");
  });

  it("grows a lower-case name over a word joined by '&' or 'and'", () => {
    expect(grown("through thimble & kettle, been with them", "thimble")).toBe("thimble & kettle");
    expect(grown("a firm called brook and bramble placed me", "brook")).toBe("brook and bramble");
  });

  it("joins no clause, describing word or second name after what the first one is", () => {
    expect(grown("a firm called brindle and they were fine", "brindle")).toBe("brindle");
    expect(grown("via brindle and social work teams", "brindle")).toBe("brindle");
    expect(grown("kids at wexley school and stepford all saints", "wexley school")).toBe("wexley school");
    expect(grown("via Brindle and Kettle", "Brindle")).toBe("Brindle");
    expect(grown("at brindle directly", "brindle")).toBe("brindle");
  });

  it("grows a lower-case word over one more word before a trading ending, and a capitalised name back over one word", () => {
    expect(grown("went through thimble yard recruitment for a year", "thimble")).toBe("thimble yard recruitment");
    expect(grown("she was from, um, Copper Kettleby, I think", "Kettleby")).toBe("Copper Kettleby");
    expect(grown("went through thimble for recruitment", "thimble")).toBe("thimble");
    expect(grown("we rang Priya Kettleby and then In Kettleby", "Kettleby")).toBe("Kettleby");
  });

  it("grows a lower-case name over the word for its building", () => {
    expect(grown("the thimble place office is miles away", "thimble")).toBe("thimble place");
    expect(grown("the Thimble place is miles away", "Thimble")).toBe("Thimble");
  });

  it("grows a name over a family firm's ending in either case, and back from a found ending over the name", () => {
    expect(grown("she went to Quarrel and Sons after that", "Quarrel")).toBe("Quarrel and Sons");
    expect(grown("we used brindle & co for it", "brindle")).toBe("brindle & co");
    expect(grown("so, um, Tansley and Sons, that's the agency", "Sons")).toBe("Tansley and Sons");
    expect(grown("via Quarrel and her sons", "Quarrel")).toBe("Quarrel");
    expect(grown("my mum and Sons of Thimble", "Sons")).toBe("Sons");
  });
});

describe("endings of partnerships, supported living and ambulance services", () => {
  const organisations = (text: string) =>
    anonymise(text)
      .redactions.filter((redaction) => redaction.category === "organisation")
      .map((redaction) => redaction.text);

  it("finds the name before the ending", () => {
    expect(organisations("the academy year with the Thames Valley Teaching Partnership first")).toEqual([
      "Thames Valley Teaching Partnership",
    ]);
    expect(organisations("Speaker 3: Sunrise Supported Living, Next Steps: all the same.")).toContain(
      "Sunrise Supported Living",
    );
    expect(organisations("a paramedic for eight years with London Ambulance, so")).toEqual(["London Ambulance"]);
    expect(organisations("I was with the London Ambulance Service.")).toEqual(["London Ambulance Service"]);
    expect(organisations("Sutton Young Carers run a group; SYC are great.")).toEqual(["Sutton Young Carers", "SYC"]);
  });

  it("leaves the ending alone without a name", () => {
    expect(organisations("We went to the Teaching Partnership day.")).toEqual([]);
    expect(organisations("The Local Safeguarding Partnership met.")).toEqual([]);
    expect(organisations("In partnership with parents.")).toEqual([]);
    expect(organisations("The Young Carers service is good.")).toEqual([]);
  });
});
