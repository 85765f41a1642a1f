import { AppError } from "../errors";

export interface FtsQuery {
  /** A MATCH expression in which every term is a quoted FTS5 string, so nothing typed can act as syntax. */
  match: string;
  /**
   * The words and phrases to highlight (prefix searches as their stem), excluding ones after NOT.
   * Terms without a letter or digit (emoji, punctuation) are left out of both: the index never holds them.
   */
  terms: string[];
}

const MAX_QUERY_LENGTH = 1000;
/** Operators inside one another (brackets and precedence alike); SQLite's FTS5 parser fails beyond about 30. */
export const MAX_QUERY_DEPTH = 10;
/** Words and phrases in one search. */
export const MAX_QUERY_TERMS = 64;
export const TOO_COMPLEX_MESSAGE = `This search is too complex to run: use at most ${MAX_QUERY_DEPTH} levels of brackets and ${MAX_QUERY_TERMS} words or phrases.`;
const OPERATORS = { AND: "and", OR: "or", NOT: "not" } as const;

type Operator = (typeof OPERATORS)[keyof typeof OPERATORS];

type Token =
  | { kind: "term"; text: string; prefix: boolean; quoted: boolean }
  | { kind: Operator }
  | { kind: "open"; at: number }
  | { kind: "close"; at: number };

/** A parsed search; a term in quote marks is `quoted` (matched exactly, never by its word forms). */
export type SearchExpression =
  | { kind: "term"; text: string; prefix: boolean; quoted: boolean }
  | { kind: "and" | "or"; children: SearchExpression[] }
  | { kind: "not"; include: SearchExpression; exclude: SearchExpression };

type Expression = SearchExpression;

function invalid(message: string): AppError {
  return new AppError("invalid_input", message);
}

function preview(text: string): string {
  const word = text.trim().split(/[\s"()]+/u)[0] ?? "";
  return word.length > 30 ? `${word.slice(0, 30)}…` : word;
}

function isSeparator(character: string): boolean {
  return /[\s\p{Cc}]/u.test(character);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < input.length) {
    const character = input[index];
    if (isSeparator(character)) {
      index++;
    } else if (character === "(" || character === ")") {
      tokens.push({ kind: character === "(" ? "open" : "close", at: index });
      index++;
    } else if (character === '"') {
      const close = input.indexOf('"', index + 1);
      if (close === -1) {
        const next = preview(input.slice(index + 1));
        throw invalid(
          next === ""
            ? "The quote mark at the end is never closed."
            : `The quote mark before "${next}" is never closed.`,
        );
      }
      const phrase = input
        .slice(index + 1, close)
        .replace(/[\s\p{Cc}]+/gu, " ")
        .trim();
      if (phrase === "") throw invalid("A pair of quote marks has nothing between them.");
      const prefix = input[close + 1] === "*";
      tokens.push({ kind: "term", text: phrase, prefix, quoted: true });
      index = close + (prefix ? 2 : 1);
    } else {
      let end = index;
      while (end < input.length && !isSeparator(input[end]) && !'"()'.includes(input[end])) end++;
      const word = input.slice(index, end);
      index = end;
      if (Object.hasOwn(OPERATORS, word)) {
        tokens.push({ kind: OPERATORS[word as keyof typeof OPERATORS] });
      } else if (!word.includes("*")) {
        tokens.push({ kind: "term", text: word, prefix: false, quoted: false });
      } else if (/^[^*]+\*$/u.test(word)) {
        tokens.push({ kind: "term", text: word.slice(0, -1), prefix: true, quoted: false });
      } else {
        throw invalid(`A * can only end a word, as in work*; "${word}" has it elsewhere.`);
      }
    }
  }
  return tokens;
}

function operatorName(kind: Operator): string {
  return kind.toUpperCase();
}

function parse(tokens: Token[], input: string): Expression {
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const isOperator = (token: Token | undefined): token is { kind: Operator } =>
    token?.kind === "and" || token?.kind === "or" || token?.kind === "not";

  function lastWordBefore(position: number): string {
    for (let back = position - 1; back >= 0; back--) {
      const token = tokens[back];
      if (token.kind === "term") return token.text;
    }
    return "";
  }

  function expectOperand(operator: Operator): void {
    const next = peek();
    const name = operatorName(operator);
    if (next === undefined) throw invalid(`The search cannot end with ${name}.`);
    if (next.kind === "close") throw invalid(`${name} needs a word after it, before ")".`);
    if (isOperator(next)) {
      throw invalid(`${name} is followed by ${operatorName(next.kind)} with no word between them.`);
    }
  }

  function primary(): Expression {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token === undefined) throw invalid("Type a word to search for.");
    index++;
    switch (token.kind) {
      case "term":
        return { kind: "term", text: token.text, prefix: token.prefix, quoted: token.quoted };
      case "open": {
        if (peek()?.kind === "close") throw invalid('The brackets "()" have nothing inside them.');
        const inner = peek() === undefined ? undefined : or();
        if (inner === undefined || peek()?.kind !== "close") {
          const next = preview(input.slice(token.at + 1));
          throw invalid(
            next === ""
              ? 'The bracket "(" at the end is never closed.'
              : `The bracket "(" before "${next}" is never closed.`,
          );
        }
        index++;
        return inner;
      }
      case "close":
        throw unmatchedClose(index - 1);
      default: {
        const name = operatorName(token.kind);
        if (previous === undefined) throw invalid(`The search cannot start with ${name}.`);
        throw invalid(`${name} needs a word before it, after "(".`);
      }
    }
  }

  function unmatchedClose(position: number): AppError {
    const before = lastWordBefore(position);
    return invalid(
      before === "" ? 'The bracket ")" has no matching "(".' : `The bracket ")" after "${before}" has no matching "(".`,
    );
  }

  function not(): Expression {
    let include = primary();
    while (peek()?.kind === "not") {
      index++;
      expectOperand("not");
      include = { kind: "not", include, exclude: primary() };
    }
    return include;
  }

  function and(): Expression {
    const children = [not()];
    for (;;) {
      const next = peek();
      if (next?.kind === "and") {
        index++;
        expectOperand("and");
      } else if (next?.kind !== "term" && next?.kind !== "open") {
        break;
      }
      children.push(not());
    }
    return children.length === 1 ? children[0] : { kind: "and", children };
  }

  function or(): Expression {
    const children = [and()];
    while (peek()?.kind === "or") {
      index++;
      expectOperand("or");
      children.push(and());
    }
    return children.length === 1 ? children[0] : { kind: "or", children };
  }

  const expression = or();
  if (index < tokens.length) throw unmatchedClose(index);
  return expression;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The words a term also matches (its word forms), or undefined to match it as typed. */
export type WordForms = (term: Extract<SearchExpression, { kind: "term" }>) => readonly string[] | undefined;

function renderTerm(expression: Extract<SearchExpression, { kind: "term" }>, forms?: WordForms): string {
  const words = forms?.(expression);
  if (words && words.length > 0) return words.length === 1 ? quote(words[0]) : `(${words.map(quote).join(" OR ")})`;
  return quote(expression.text) + (expression.prefix ? "*" : "");
}

/** The FTS5 MATCH expression of a parsed search, each term widened to its word forms when `forms` gives them. */
export function render(expression: Expression, forms?: WordForms): string {
  const nested = (child: Expression) =>
    child.kind === "term" ? renderTerm(child, forms) : `(${render(child, forms)})`;
  switch (expression.kind) {
    case "term":
      return renderTerm(expression, forms);
    case "and":
      return expression.children.map(nested).join(" AND ");
    case "or":
      return expression.children.map(nested).join(" OR ");
    case "not":
      return `${nested(expression.include)} NOT ${nested(expression.exclude)}`;
  }
}

/** unicode61 indexes letters and numbers only; a term without either can never match. */
function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The terms of a search in order, leaving out those after NOT (nothing to highlight or code there). */
export function positiveTerms(expression: Expression): Extract<SearchExpression, { kind: "term" }>[] {
  switch (expression.kind) {
    case "term":
      return [expression];
    case "and":
    case "or":
      return expression.children.flatMap(positiveTerms);
    case "not":
      return positiveTerms(expression.include);
  }
}

/** Drops terms the index cannot hold (FTS5 treats empty phrases inconsistently under AND). */
function withoutUnsearchable(expression: Expression): Expression | null {
  switch (expression.kind) {
    case "term":
      return isSearchable(expression.text) ? expression : null;
    case "and":
    case "or": {
      const children = expression.children.map(withoutUnsearchable).filter((child) => child !== null);
      if (children.length === 0) return null;
      return children.length === 1 ? children[0] : { kind: expression.kind, children };
    }
    case "not": {
      const include = withoutUnsearchable(expression.include);
      const exclude = withoutUnsearchable(expression.exclude);
      if (include === null || exclude === null) return include;
      return { kind: "not", include, exclude };
    }
  }
}

function depth(expression: Expression): number {
  switch (expression.kind) {
    case "term":
      return 0;
    case "and":
    case "or":
      return 1 + Math.max(...expression.children.map(depth));
    case "not":
      return 1 + Math.max(depth(expression.include), depth(expression.exclude));
  }
}

/**
 * Parses what a researcher typed (see parseFtsQuery) into an expression.
 * @throws AppError "invalid_input" with a message for the researcher when the search is malformed.
 */
export function analyse(input: string): Expression {
  if (input.length > MAX_QUERY_LENGTH) {
    throw invalid(`The search is too long: keep it under ${MAX_QUERY_LENGTH} characters.`);
  }
  const tokens = tokenize(input);
  if (tokens.length === 0) throw invalid("Type a word to search for.");
  let open = 0;
  let deepest = 0;
  for (const token of tokens) {
    if (token.kind === "open") deepest = Math.max(deepest, ++open);
    else if (token.kind === "close") open--;
  }
  const termCount = tokens.filter((token) => token.kind === "term").length;
  if (deepest > MAX_QUERY_DEPTH || termCount > MAX_QUERY_TERMS) throw invalid(TOO_COMPLEX_MESSAGE);
  const parsed = parse(tokens, input);
  if (depth(parsed) > 2 * MAX_QUERY_DEPTH) throw invalid(TOO_COMPLEX_MESSAGE);
  const expression = withoutUnsearchable(parsed);
  if (expression === null) {
    throw invalid("Search for at least one word or number: punctuation and emoji on their own are not searchable.");
  }
  return expression;
}

/**
 * Turns what a researcher typed into an SQLite FTS5 MATCH expression: words (implicitly ANDed),
 * "exact phrases", prefixes like work*, uppercase AND / OR / NOT and brackets. Lowercase and/or/not
 * are ordinary words. Every term is quoted, so FTS5 syntax typed by the user (NEAR, col:, ^, +) is
 * searched for as text, never interpreted.
 * @throws AppError "invalid_input" with a message for the researcher when the search is malformed.
 */
export function parseFtsQuery(input: string): FtsQuery {
  const expression = analyse(input);
  const terms = [...new Set(positiveTerms(expression).map((term) => term.text))];
  return { match: render(expression), terms };
}

export interface FtsTerm {
  text: string;
  /** A prefix search (work*): the last word matches any word it begins. */
  prefix: boolean;
}

/**
 * The terms to find in a hit's text, as parseFtsQuery's `terms` but saying which are prefixes
 * (for locating exact matches when coding every hit). NOT-ed terms are left out.
 * @throws AppError "invalid_input" as parseFtsQuery does.
 */
export function parseFtsQueryTerms(input: string): FtsTerm[] {
  const terms: FtsTerm[] = [];
  for (const { text, prefix } of positiveTerms(analyse(input))) {
    if (!terms.some((t) => t.text === text && t.prefix === prefix)) terms.push({ text, prefix });
  }
  return terms;
}
