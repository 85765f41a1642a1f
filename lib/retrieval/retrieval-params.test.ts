import { describe, expect, it } from "vitest";
import { parseRetrievalParams, retrievalSearchParams } from "./retrieval-params";

describe("retrieval parameters", () => {
  it("round-trips a filter through the address, attribute names with spaces included", () => {
    const filter = {
      codeId: 12,
      includeSubcodes: true,
      waves: ["2023", "2025"],
      attributes: { region: ["South East"], role: ["Team manager", "Service manager"], "employment type": ["Agency"] },
      documentIds: [3, 9],
      coderIds: [2],
    };
    const search = retrievalSearchParams(filter, 3);
    expect(search.toString()).toContain("f.employment+type=Agency");
    expect(parseRetrievalParams(search)).toEqual({ filter, page: 3 });
    // Next hands pages a record of strings and arrays; both shapes read the same.
    const record: Record<string, string | string[]> = {};
    for (const key of new Set(search.keys())) {
      const values = search.getAll(key);
      record[key] = values.length === 1 ? values[0] : values;
    }
    expect(parseRetrievalParams(record)).toEqual({ filter, page: 3 });
  });

  it("needs a code and ignores malformed values rather than failing", () => {
    expect(parseRetrievalParams({ wave: "2025" })).toEqual({ filter: null, page: 1 });
    expect(parseRetrievalParams(new URLSearchParams("code=abc"))).toEqual({ filter: null, page: 1 });
    const parsed = parseRetrievalParams(new URLSearchParams("code=5&doc=x&doc=7&coder=-1&page=0&f.region=&sub=yes"));
    expect(parsed).toEqual({
      filter: { codeId: 5, includeSubcodes: false, waves: [], attributes: {}, documentIds: [7], coderIds: [] },
      page: 1,
    });
  });
});

describe("code query parameters", () => {
  it("round-trips the codes joined to the first, in order, and drops malformed joins", () => {
    const filter = {
      codeId: 4,
      joins: [
        { operator: "not" as const, codeId: 9 },
        { operator: "near" as const, codeId: 2 },
      ],
      includeSubcodes: false,
      waves: [],
      attributes: { region: ["South East"] },
      documentIds: [],
      coderIds: [],
    };
    const search = retrievalSearchParams(filter);
    expect(search.getAll("join")).toEqual(["not.9", "near.2"]);
    expect(parseRetrievalParams(search)).toEqual({ filter, page: 1 });
    const parsed = parseRetrievalParams(new URLSearchParams("code=4&join=xor.3&join=and.x&join=or.0&join=and.7"));
    expect(parsed.filter?.joins).toEqual([{ operator: "and", codeId: 7 }]);
  });
});
