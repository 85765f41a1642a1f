import { AppError } from "../errors";

/** A memo as tiptap stores it: a `doc` node of StarterKit blocks. */
export interface MemoNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: MemoNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const MEMO_MAX_CHARS = 100_000;
const MAX_DEPTH = 24;

/** StarterKit's nodes, with the attributes each may carry and a check for their values. */
const NODES: Record<string, Record<string, (value: unknown) => boolean>> = {
  doc: {},
  paragraph: { textAlign: (v) => v === null || typeof v === "string" },
  text: {},
  heading: { level: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6 },
  bulletList: {},
  orderedList: { start: (v) => Number.isInteger(v), type: (v) => v === null || typeof v === "string" },
  listItem: {},
  blockquote: {},
  codeBlock: { language: (v) => v === null || (typeof v === "string" && v.length < 40) },
  hardBreak: {},
  horizontalRule: {},
};
// Note: no link mark, so a memo can never carry a javascript: URL into someone else's browser.
const MARKS = new Set(["bold", "italic", "strike", "code", "underline"]);

function invalid(reason: string): never {
  throw new AppError("invalid_input", `This memo cannot be saved: ${reason}.`);
}

function checkAttrs(type: string, attrs: unknown): void {
  if (attrs === undefined || attrs === null) return;
  if (typeof attrs !== "object" || Array.isArray(attrs)) invalid(`the attributes of a ${type} are not an object`);
  const allowed = NODES[type];
  for (const [name, value] of Object.entries(attrs)) {
    const check = allowed[name];
    if (!check?.(value)) invalid(`a ${type} has an unexpected attribute "${name}"`);
  }
}

function checkNode(node: unknown, depth: number): void {
  if (depth > MAX_DEPTH) invalid("it is nested too deeply");
  if (!node || typeof node !== "object" || Array.isArray(node)) invalid("a part of it is not a node");
  const { type, attrs, content, marks, text, ...rest } = node as MemoNode;
  if (typeof type !== "string" || !(type in NODES) || (type === "doc" && depth > 0))
    invalid(`it contains an unsupported "${String(type)}"`);
  if (Object.keys(rest).length > 0) invalid(`a ${type} has unexpected fields`);
  checkAttrs(type, attrs);
  if (type === "text") {
    if (typeof text !== "string" || text.length === 0) invalid("a text node is empty");
    if (content !== undefined) invalid("a text node has content");
  } else if (text !== undefined) {
    invalid(`a ${type} has text of its own`);
  }
  if (marks !== undefined) {
    if (type !== "text" || !Array.isArray(marks)) invalid("marks appear outside text");
    for (const mark of marks) {
      if (!mark || typeof mark !== "object" || !MARKS.has(mark.type))
        invalid(`it uses an unsupported mark "${String(mark?.type)}"`);
      if (mark.attrs && Object.keys(mark.attrs).length > 0) invalid(`the ${mark.type} mark has attributes`);
    }
  }
  if (content !== undefined) {
    if (!Array.isArray(content)) invalid(`the content of a ${type} is not a list`);
    for (const child of content) checkNode(child, depth + 1);
  }
}

/**
 * Checks a memo body from the browser: a tiptap `doc` of StarterKit nodes and marks only, not
 * too large, and not blank.
 * @throws AppError "invalid_input"
 */
export function cleanMemoBody(body: unknown): MemoNode {
  const size = JSON.stringify(body ?? null).length;
  if (size > MEMO_MAX_CHARS) invalid(`it is longer than ${MEMO_MAX_CHARS.toLocaleString("en-GB")} characters`);
  if (!body || typeof body !== "object" || (body as MemoNode).type !== "doc") invalid("it is not a document");
  checkNode(body, 0);
  if (!memoPlainText(body as MemoNode).trim())
    throw new AppError("invalid_input", "Write something in the memo first.");
  return body as MemoNode;
}

const BLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/** The memo's words, blocks on lines of their own: for previews and search. */
export function memoPlainText(node: MemoNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(memoPlainText).join("");
  return BLOCKS.has(node.type) ? `${inner}\n` : inner;
}

/** A memo body holding one paragraph of plain text. */
export function memoFromText(text: string): MemoNode {
  return { type: "doc", content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }] };
}
