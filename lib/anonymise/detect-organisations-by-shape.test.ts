import { describe, expect, it } from "vitest";
import { detectOrganisationsByShape } from "./detect-organisations-by-shape";

const found = (text: string) =>
  detectOrganisationsByShape(text, []).map((detection) => text.slice(detection.start, detection.end));

describe("detectOrganisationsByShape", () => {
  it("takes a name before 'for Children', 'for Families' or 'for Young People', without the words before it", () => {
    expect(found("I work for Brackwater for Children in Medway and Sunderland had Tolvey Hope for Families.")).toEqual([
      "Brackwater for Children",
      "Tolvey Hope for Families",
    ]);
    expect(found("Then she went to Bright Tolvey for Young People.")).toEqual(["Bright Tolvey for Young People"]);
  });

  it("leaves a department, a post or a service for children", () => {
    expect(
      found("The Department for Children, the Commissioner for Children and Services for Children were all there."),
    ).toEqual([]);
  });

  it("takes a fostering, adoption or kinship service's own name after its kind", () => {
    expect(
      found("Referred to Fostering Brackwater; letterbox via Adopt Tolvey Valley; FGC from Kinship Dunmarsh."),
    ).toEqual(["Fostering Brackwater", "Adopt Tolvey Valley", "Kinship Dunmarsh"]);
  });

  it("leaves what fostering and adoption have and do", () => {
    expect(
      found("The Adoption Panel met; Fostering Allowance rose; Kinship Care was agreed; Adoption Support Fund."),
    ).toEqual([]);
  });

  it("takes two capitalised names joined by '&', not titles, roles, listed places or words of the work", () => {
    expect(found("Father's solicitor (Tolvey & Kiln) asked; Brackwater&Dunmarsh replied.")).toEqual([
      "Tolvey & Kiln",
      "Brackwater&Dunmarsh",
    ]);
    expect(found("Mr & Mrs Obi, Mum & Dad, Kent & Medway, Health & Safety, A&E, Q&A.")).toEqual([]);
  });

  it("takes a court's own name before 'Court' when its last word has no everyday sense", () => {
    expect(found("Youth court: Thimble Green Walnut Court, 11/08/2025. Listed at Brackwater Court.")).toEqual([
      "Thimble Green Walnut Court",
      "Brackwater Court",
    ]);
    expect(found("The High Court, the Tennis Court, the Youth Court and the Court of Appeal.")).toEqual([]);
  });

  it("takes a firm's name before its recruiter or consultant, not a person's or a word of the work", () => {
    expect(found("Thimble Walnut recruiter kept ringing; the Brackwater consultant said no.")).toEqual([
      "Thimble Walnut",
      "Brackwater",
    ]);
    expect(found("Sarah consultant, the Locum consultant and the Social Work consultant met.")).toEqual([]);
  });

  it("takes a court named by where it sits and a firm used for interpreting", () => {
    expect(
      found("Issued at the Family Court at Walnut on 9 January. We use Big Thimble for phone interpreting."),
    ).toEqual(["Family Court at Walnut", "Big Thimble"]);
    expect(found("We used Google Translate for translations; we use Language Line for interpreting")).toContain(
      "Language Line",
    );
  });

  it("takes a name said in brackets to be a provider, charity or firm, not a person's", () => {
    expect(found("Concern raised by Thimble Walnut (domiciliary care provider) re: a young carer.")).toEqual([
      "Thimble Walnut",
    ]);
    expect(found("Sarah (agency worker) and Mrs Obi (charity) came; the Walnut (agency) rang.")).toEqual(["Walnut"]);
  });

  it("takes a name followed by capitals no list of the field knows, not a known acronym, a place, a person or a body never redacted", () => {
    expect(found("now i'm with Thimble SCM in Enfield and they fall over themselves")).toEqual(["Thimble SCM"]);
    expect(found("Ofsted URN given; Medway YOT, Surrey CC and Sarah JD were there; the Walnut CAMHS team")).toEqual([]);
  });

  it("takes two names joined by '&' after a word in lower case, not two given names", () => {
    expect(found("the report from Tolvey & Kiln was late")).toEqual(["Tolvey & Kiln"]);
    expect(found("we went with Sarah & Tom to the park")).toEqual([]);
  });

  it("takes a lower-case name before 'for children' after a bracket, a pause or a word that names a body", () => {
    expect(found("kingston and richmond share cinder for children which nobody understands")).toEqual([
      "cinder for children",
    ]);
    expect(found("the same shared service (saddle for children) but")).toEqual(["saddle for children"]);
  });

  it("leaves what is done or said for children in lower case", () => {
    expect(found("with activities for children, at risk for children, not for families")).toEqual([]);
    expect(found("went to work for children's services with support for families")).toEqual([]);
  });
});

describe("a lower-case charity's cue word stands as a word", () => {
  it("takes no cue from inside a word and starts the name where it stands", () => {
    expect(found("We really need a calm atmosphere for children coming into care")).toEqual([]);
    expect(found("the same shared service (saddle for children) but")).toEqual(["saddle for children"]);
  });
});
