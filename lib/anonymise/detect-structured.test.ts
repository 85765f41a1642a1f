import { describe, expect, it } from "vitest";
import {
  detectCaseNumbers,
  detectDates,
  detectEmails,
  detectNhsNumbers,
  detectNiNumbers,
  detectPhones,
  detectPostcodes,
  detectReferences,
  detectStructured,
  detectUrls,
  isValidNhsNumber,
} from "./detect-structured";
import { resolveOverlaps } from "./resolve-overlaps";
import type { Detection } from "./types";

const texts = (text: string, detections: Detection[]) => detections.map((d) => text.slice(d.start, d.end));

describe("detectPhones", () => {
  it.each([
    "07700 900123",
    "07700900123",
    "+44 7700 900123",
    "+44 (0)20 7946 0958",
    "020 7946 0958",
    "01632 960123",
    "(01632) 960 123",
    "0118 496 0123",
    "07700-900-456",
    "0044 20 7946 0000",
  ])("finds %s", (phone) => {
    const text = `Ring ${phone}, thanks.`;
    expect(texts(text, resolveOverlaps(detectPhones(text)))).toEqual([phone]);
  });

  it("separates two numbers in a list", () => {
    const text = "Call +44 (0)20 7946 0958, 020 7946 0321 or 07700 900123.";
    expect(texts(text, resolveOverlaps(detectPhones(text)))).toEqual([
      "+44 (0)20 7946 0958",
      "020 7946 0321",
      "07700 900123",
    ]);
  });

  it("leaves an unmatched opening bracket outside the number", () => {
    const text = "Manager (07700 900123, email)";
    expect(texts(text, resolveOverlaps(detectPhones(text)))).toEqual(["07700 900123"]);
  });

  it("takes phone-shaped numbers a validity check would miss, but not an extension alone", () => {
    const text = "Ring 07700 900 1234, 44 7700 900123 or 0 7700 900 123 (ext. 310).";
    expect(texts(text, resolveOverlaps(detectPhones(text)))).toEqual([
      "07700 900 1234",
      "44 7700 900123",
      "0 7700 900 123",
    ]);
  });

  it("ignores short numbers, years and sums", () => {
    expect(detectPhones("In 2019 we had 0 cases, £12,000 budget, room 0123.")).toEqual([]);
  });
});

describe("isValidNhsNumber", () => {
  it("accepts numbers with a valid mod-11 check digit, spaced or not", () => {
    expect(isValidNhsNumber("943 476 5919")).toBe(true);
    expect(isValidNhsNumber("4010232137")).toBe(true);
  });

  it("rejects a wrong check digit and a check digit of 10", () => {
    expect(isValidNhsNumber("943 476 5918")).toBe(false);
    expect(isValidNhsNumber("6541237890")).toBe(false);
    expect(isValidNhsNumber("443211987")).toBe(false);
  });
});

describe("detectNhsNumbers", () => {
  it("finds only numbers that pass the checksum", () => {
    const text = "NHS 943 476 5919, not 943 476 5918.";
    expect(texts(text, detectNhsNumbers(text))).toEqual(["943 476 5919"]);
  });
});

describe("detectNiNumbers", () => {
  it("finds NI numbers with and without spaces, in any case", () => {
    const text = "AB123456C, QQ 12 34 56 C and jg 10 37 42 b";
    expect(texts(text, detectNiNumbers(text))).toEqual(["AB123456C", "QQ 12 34 56 C", "jg 10 37 42 b"]);
  });
});

describe("detectPostcodes", () => {
  it("finds full postcodes in any case, spaced or not", () => {
    const text = "SW1A 1AA, sw1a1aa, E1 6AN and rg20 8qz.";
    expect(texts(text, detectPostcodes(text))).toEqual(["SW1A 1AA", "sw1a1aa", "E1 6AN", "rg20 8qz"]);
  });

  it("finds an upper-case postcode district on its own", () => {
    const text = "We cover SE15 and RG14.";
    expect(texts(text, detectPostcodes(text))).toEqual(["SE15", "RG14"]);
  });

  it("finds a district in any case straight after a word of place, London's one-letter areas too", () => {
    const text = "office move from e15 to ig11, then I moved to N17 and she lives in w4";
    expect(texts(text, detectPostcodes(text))).toEqual(["e15", "ig11", "N17", "w4"]);
  });

  it("finds London's one-letter districts after an address's comma or after London", () => {
    const text = "child registered at Northfields Surgery, W13. Office at London E17 2nd floor.";
    expect(texts(text, detectPostcodes(text))).toEqual(["W13", "E17"]);
    const form = "Form E1 was late. Sorry, E2 is the grade. Yes, N1 form.";
    expect(texts(form, detectPostcodes(form))).toEqual([]);
  });

  it("leaves a letter and number that follow no word of place, and text speak", () => {
    const text = "Form E1 was late, tell me2, grade w4 not needed, it happened to me2";
    expect(texts(text, detectPostcodes(text))).toEqual([]);
  });
});

describe("detectEmails and detectUrls", () => {
  it("finds emails, trimming sentence punctuation", () => {
    const text = "Mail amara.o'neill@example.org.uk or J.Smith@Example.GOV.UK.";
    expect(texts(text, detectEmails(text))).toEqual(["amara.o'neill@example.org.uk", "J.Smith@Example.GOV.UK"]);
  });

  it("finds http(s), www and bare council domains, trimming trailing punctuation", () => {
    const text = "See https://forms.example.org/a?id=1, www.example.gov.uk/x. Or kent.gov.uk (policies).";
    expect(texts(text, detectUrls(text))).toEqual([
      "https://forms.example.org/a?id=1",
      "www.example.gov.uk/x",
      "kent.gov.uk",
    ]);
  });
});

describe("detectCaseNumbers", () => {
  it("finds codes with six or more digits", () => {
    const text = "Case 20231145, ID 4471203, ref CP-2023-004417, room 12345, in post 2019-2023.";
    expect(texts(text, detectCaseNumbers(text))).toEqual(["20231145", "4471203", "CP-2023-004417"]);
  });
});

describe("detectDates", () => {
  it.each([
    "12 March 2024",
    "12/03/2024",
    "3rd of May",
    "21st August",
    "2024-09-17",
    "02.03.2017",
    "Fri 21 March",
    "March 12th, 2024",
    "Tuesday the 3rd of December",
    "30/11/2022",
    "14th Mar '23",
    "2024.03.14",
    "the fifth of March",
    "twenty-third of June",
    "June the twenty-third",
    "3rd may",
    "may 3rd",
    "5 jan 2021",
    "14 02 2011",
    "Christmas Day 2022",
  ])("finds %s", (date) => {
    const text = `It was ${date}.`;
    expect(texts(text, resolveOverlaps(detectDates(text)))).toEqual([date]);
  });

  it("leaves bare weekdays, months and month-years alone", () => {
    expect(detectDates("On Monday, in March, May was quiet; by March 2024 and in 2019 it had changed.")).toEqual([]);
  });

  it("takes a bare day and month after a word that introduces a date, but not a fraction", () => {
    const text = "The review is on 14/3, Mon 4/3 too; 3/4 of the team agreed and on 1/2 of the cases.";
    expect(texts(text, resolveOverlaps(detectDates(text)))).toEqual(["14/3", "4/3"]);
  });

  it("takes a bare day and month wherever it stands, but not a share, a score or a count", () => {
    const text =
      "Admitted 22/12 after an overdose; conference 28/1. Overall 4/10, I'd give it a 2/10, support 24/7, " +
      "visits 5/6 times a week, now in year 5/6, about 2/3 of them.";
    expect(texts(text, resolveOverlaps(detectDates(text)))).toEqual(["22/12", "28/1"]);
  });

  it("reads ordinal words and 'may' as a date only beside each other", () => {
    expect(detectDates("The second visit may be first of all; on Christmas Day we may go.")).toEqual([]);
  });
});

describe("detectStructured", () => {
  it("prefers the specific shape when a date or phone number is also a long number", () => {
    const text = "On 12/03/2024 text 07700900555.";
    const resolved = resolveOverlaps(detectStructured(text));
    expect(resolved.map((d) => [text.slice(d.start, d.end), d.category])).toEqual([
      ["12/03/2024", "date"],
      ["07700900555", "phone"],
    ]);
  });

  it("finds web addresses of any country and short links with a path", () => {
    const text = "See rainmakerglobal.co.za or bit.ly/qline-sw24, e.g. the form; and/or 3.5/10.";
    expect(texts(text, detectUrls(text))).toEqual(["rainmakerglobal.co.za", "bit.ly/qline-sw24"]);
  });

  it("finds a reference read out digit by digit after its cue", () => {
    const text = "her reg number is 0 4 5 6 7 8 hmm, and she has 2 or 3 cases";
    expect(texts(text, resolveOverlaps(detectReferences(text)))).toEqual(["reg number is 0 4 5 6 7 8"]);
  });

  it("finds a range of days in one month", () => {
    const text = "Missing 11th-13th Aug and away from 3 to 5 May 2024.";
    expect(texts(text, resolveOverlaps(detectDates(text)))).toEqual(["11th-13th Aug", "3 to 5 May 2024"]);
  });

  it("finds nothing in empty or whitespace input", () => {
    expect(detectStructured("")).toEqual([]);
    expect(detectStructured(" \n\t ")).toEqual([]);
  });
});
