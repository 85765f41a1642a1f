import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { MAX_QUERY_DEPTH, MAX_QUERY_TERMS, parseFtsQuery, parseFtsQueryTerms, TOO_COMPLEX_MESSAGE } from "./fts-query";

function expectInvalid(input: string, message?: string | RegExp) {
  try {
    parseFtsQuery(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    if (typeof message === "string") expect((error as AppError).message).toBe(message);
    else if (message) expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe("parseFtsQuery", () => {
  it.each([
    ["pay", '"pay"', ["pay"]],
    ["  pay  ", '"pay"', ["pay"]],
    ["pay rise", '"pay" AND "rise"', ["pay", "rise"]],
    ["pay pay", '"pay" AND "pay"', ["pay"]],
    ['"pay rise"', '"pay rise"', ["pay rise"]],
    ['"  pay \t rise "', '"pay rise"', ["pay rise"]],
    ["work*", '"work"*', ["work"]],
    ['"work pla"*', '"work pla"*', ["work pla"]],
    ["pay AND rise", '"pay" AND "rise"', ["pay", "rise"]],
    ["pay OR salary", '"pay" OR "salary"', ["pay", "salary"]],
    ["pay NOT bonus", '"pay" NOT "bonus"', ["pay"]],
    ["pay and salary", '"pay" AND "and" AND "salary"', ["pay", "and", "salary"]],
    ["pay or not", '"pay" AND "or" AND "not"', ["pay", "or", "not"]],
    ["Or And Not", '"Or" AND "And" AND "Not"', ["Or", "And", "Not"]],
    ["(pay OR salary) rise", '("pay" OR "salary") AND "rise"', ["pay", "salary", "rise"]],
    ["a OR b c", '"a" OR ("b" AND "c")', ["a", "b", "c"]],
    ["a b OR c", '("a" AND "b") OR "c"', ["a", "b", "c"]],
    ["a b NOT c", '"a" AND ("b" NOT "c")', ["a", "b"]],
    ["a NOT b NOT c", '("a" NOT "b") NOT "c"', ["a"]],
    ["a NOT (b OR c)", '"a" NOT ("b" OR "c")', ["a"]],
    ["((pay))", '"pay"', ["pay"]],
    ["(a)(b)", '"a" AND "b"', ["a", "b"]],
    ['pay"rise"', '"pay" AND "rise"', ["pay", "rise"]],
    ["Wójcik", '"Wójcik"', ["Wójcik"]],
    ["Wo\u0301jcik", '"Wo\u0301jcik"', ["Wo\u0301jcik"]],
    ["żółć", '"żółć"', ["żółć"]],
    ["part-time", '"part-time"', ["part-time"]],
    ["part-time*", '"part-time"*', ["part-time"]],
    ["😀 home", '"home"', ["home"]],
    ["home 👍🏿", '"home"', ["home"]],
    ["home 😀 OR 👍", '"home"', ["home"]],
    ["home NOT 😀", '"home"', ["home"]],
    ["home (😀 NOT pay)", '"home"', ["home"]],
    ["home - pay", '"home" AND "pay"', ["home", "pay"]],
    ['"home 😀 pay"', '"home 😀 pay"', ["home 😀 pay"]],
    ["don't", '"don\'t"', ["don't"]],
    ["2025", '"2025"', ["2025"]],
    ["constructor", '"constructor"', ["constructor"]],
    ["pay\u0000rise", '"pay" AND "rise"', ["pay", "rise"]],
    // Injection attempts come out as quoted text.
    ['x" OR "y', '"x" AND "OR" AND "y"', ["x", "OR", "y"]],
    ["NEAR(a b)", '"NEAR" AND ("a" AND "b")', ["NEAR", "a", "b"]],
    ["NEAR", '"NEAR"', ["NEAR"]],
    ["col:value", '"col:value"', ["col:value"]],
    ["text:pay", '"text:pay"', ["text:pay"]],
    ["-text:pay", '"-text:pay"', ["-text:pay"]],
    ["{text}:pay", '"{text}:pay"', ["{text}:pay"]],
    ["^pay", '"^pay"', ["^pay"]],
    ["+pay", '"+pay"', ["+pay"]],
    ["pay;DROP", '"pay;DROP"', ["pay;DROP"]],
  ])("parses %j", (input, match, terms) => {
    expect(parseFtsQuery(input)).toEqual({ match, terms });
  });

  it.each([
    ["", "Type a word to search for."],
    ["   \n\t", "Type a word to search for."],
    ['"case study', 'The quote mark before "case" is never closed.'],
    ['pay "', "The quote mark at the end is never closed."],
    ['"pay" "rise', 'The quote mark before "rise" is never closed.'],
    ['""', "A pair of quote marks has nothing between them."],
    ['pay "  "', "A pair of quote marks has nothing between them."],
    ["(pay", 'The bracket "(" before "pay" is never closed.'],
    ["(pay (rise)", 'The bracket "(" before "pay" is never closed.'],
    ["pay (", 'The bracket "(" at the end is never closed.'],
    ["NEAR(", 'The bracket "(" at the end is never closed.'],
    ["pay)", 'The bracket ")" after "pay" has no matching "(".'],
    [")pay", 'The bracket ")" has no matching "(".'],
    ["(pay) rise)", 'The bracket ")" after "rise" has no matching "(".'],
    ["()", 'The brackets "()" have nothing inside them.'],
    ["pay ()", 'The brackets "()" have nothing inside them.'],
    ["OR pay", "The search cannot start with OR."],
    ["AND", "The search cannot start with AND."],
    ["NOT pay", "The search cannot start with NOT."],
    ["pay AND", "The search cannot end with AND."],
    ["pay OR", "The search cannot end with OR."],
    ["pay NOT", "The search cannot end with NOT."],
    ["pay AND OR rise", "AND is followed by OR with no word between them."],
    ["pay OR NOT rise", "OR is followed by NOT with no word between them."],
    ["pay NOT AND rise", "NOT is followed by AND with no word between them."],
    ["(OR pay)", 'OR needs a word before it, after "(".'],
    ["(pay OR)", 'OR needs a word after it, before ")".'],
    ["*", /A \* can only end a word/],
    ['"work" *', /A \* can only end a word/],
    ["pay*rise", /"pay\*rise" has it elsewhere/],
    ["*pay", /A \* can only end a word/],
    ["pay**", /A \* can only end a word/],
    ["^", /punctuation and emoji on their own/],
    ["😀", /punctuation and emoji on their own/],
    ['"😀 !"', /punctuation and emoji on their own/],
    ["😀 OR 👍", /punctuation and emoji on their own/],
    ["- NOT pay", /punctuation and emoji on their own/],
    ["a".repeat(1001), /too long/],
  ])("refuses %j", (input, message) => {
    expectInvalid(input, message);
  });
});

describe("parseFtsQuery against SQLite FTS5", () => {
  const db = new Database(":memory:");
  db.exec("create virtual table passages using fts5(text, tokenize='unicode61 remove_diacritics 2')");
  const rows = [
    "Pani Wójcik works part-time on the late shift.",
    "The pay rise was small; overtime pay is better.",
    "Working from home 😀 suits me, no NEAR miss.",
    "Salary and bonus: col:value ^caret test",
    "A case study of workplace stress.",
    "Mr Wojcik spoke about part time contracts.",
    "Pan Wo\u0301jcik (decomposed) said time-part.",
  ];
  const insert = db.prepare("insert into passages (rowid, text) values (?, ?)");
  rows.forEach((text, index) => {
    insert.run(index + 1, text);
  });
  const select = db.prepare<[string], { rowid: number }>(
    "select rowid from passages where passages match ? order by rowid",
  );

  afterAll(() => db.close());

  function search(input: string): number[] {
    return select.all(parseFtsQuery(input).match).map((row) => row.rowid);
  }

  it.each([
    ["Wójcik", [1, 6, 7]],
    ["wojcik", [1, 6, 7]],
    ["Wo\u0301jcik", [1, 6, 7]],
    ["part-time", [1, 6]],
    ['"part time"', [1, 6]],
    ["part time", [1, 6, 7]],
    ['"pay rise"', [2]],
    ["pay", [2]],
    ["PAY", [2]],
    ["work*", [1, 3, 5]],
    ['"case stu"*', [5]],
    ["pay OR salary", [2, 4]],
    ["pay NOT overtime", []],
    ["(pay OR salary) NOT bonus", [2]],
    ["wojcik NOT (part OR decomposed)", []],
    ["wojcik NOT decomposed", [1, 6]],
    ["😀 home", [3]],
    ["home 😀", [3]],
    ["home OR 😀", [3]],
    ['"from home 😀 suits"', [3]],
    ["and", [4]],
    ["case study", [5]],
    ["study case", [5]],
    ['"study case"', []],
    ['x" OR "y', []],
    ['miss" OR "pay', []],
    ["NEAR", [3]],
    ["NEAR(miss no)", [3]],
    ["col:value", [4]],
    ["text:pay", []],
    ["^caret", [4]],
    ["+pay", [2]],
    ["-pay", [2]],
  ])("%j matches rows %j", (input, expected) => {
    expect(search(input)).toEqual(expected);
  });

  it.each(['"case study', "(pay", "pay)", "NEAR(", "OR pay", "pay AND", "NOT pay", "()", '""', "*", "^", "😀", ""])(
    "refuses %j before it reaches SQLite",
    (input) => {
      let error: unknown;
      try {
        search(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
    },
  );

  it("never lets random input reach SQLite as a syntax error", () => {
    const pieces = [
      '"',
      "(",
      ")",
      "*",
      ":",
      "^",
      "-",
      "+",
      "AND",
      "OR",
      "NOT",
      "NEAR",
      "pay",
      "é",
      "😀",
      "{",
      "}",
      ",",
      "'",
      " ",
      " ",
    ];
    let seed = 7;
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const input = Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]).join("");
      let match: string | undefined;
      try {
        match = parseFtsQuery(input).match;
      } catch (error) {
        expect(error, input).toBeInstanceOf(AppError);
        continue;
      }
      expect(() => select.all(match!), `${input} → ${match}`).not.toThrow();
      accepted++;
    }
    expect(accepted).toBeGreaterThan(300);
  });
});

describe("searches too complex to run", () => {
  const nested = (depth: number, wrap: (inner: string, level: number) => string) => {
    let query = "pay";
    for (let level = 0; level < depth; level++) query = wrap(query, level);
    return query;
  };
  const db = new Database(":memory:");
  db.exec("create virtual table passages using fts5(text, tokenize='unicode61 remove_diacritics 2')");
  db.prepare("insert into passages (text) values (?)").run(
    Array.from({ length: 70 }, (_, index) => `w${index}`).join(" "),
  );
  afterAll(() => db.close());

  it.each([
    ["110 nested brackets", nested(110, (inner) => `(${inner})`)],
    ["110 nested ORs", nested(110, (inner, level) => `(w${level} OR ${inner})`)],
    ["brackets one level too deep", nested(MAX_QUERY_DEPTH + 1, (inner, level) => `(w${level} ${inner})`)],
    [
      "operators nested too deep without brackets",
      nested(7, (inner, level) => `(w${level} OR x${level} ${inner} NOT y)`),
    ],
    ["too many words", Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, index) => `w${index}`).join(" OR ")],
  ])("says %s is too complex, not that a quote mark is wrong", (_, query) => {
    expectInvalid(query, TOO_COMPLEX_MESSAGE);
    expect(TOO_COMPLEX_MESSAGE).toMatch(/too complex/);
    expect(TOO_COMPLEX_MESSAGE).not.toMatch(/quote mark/);
  });

  it.each([
    ["the deepest brackets allowed", nested(MAX_QUERY_DEPTH, (inner, level) => `(w${level} OR x${level} ${inner})`)],
    ["as many words as allowed", Array.from({ length: MAX_QUERY_TERMS }, (_, index) => `w${index}`).join(" OR ")],
  ])("runs %s in SQLite", (_, query) => {
    const { match } = parseFtsQuery(query);
    expect(db.prepare("select rowid from passages where passages match ?").all(match)).toEqual([{ rowid: 1 }]);
  });
});

describe("parseFtsQueryTerms", () => {
  it.each([
    ["work*", [{ text: "work", prefix: true }]],
    [
      '"pay rise" OR salary*',
      [
        { text: "pay rise", prefix: false },
        { text: "salary", prefix: true },
      ],
    ],
    ["pay NOT bonus", [{ text: "pay", prefix: false }]],
    [
      "work work* work",
      [
        { text: "work", prefix: false },
        { text: "work", prefix: true },
      ],
    ],
    ["Wójcik 😀", [{ text: "Wójcik", prefix: false }]],
  ])("lists the terms of %j with their prefix flags", (input, terms) => {
    expect(parseFtsQueryTerms(input)).toEqual(terms);
    expect(parseFtsQuery(input).terms).toEqual([...new Set(terms.map((term) => term.text))]);
  });

  it("refuses what parseFtsQuery refuses, with the same message", () => {
    expect(() => parseFtsQueryTerms('"pay')).toThrow('The quote mark before "pay" is never closed.');
    expect(() => parseFtsQueryTerms("💻")).toThrow(AppError);
  });
});
