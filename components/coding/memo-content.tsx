import type { ReactNode } from "react";
import type { MemoNode } from "@/lib/memos/memo-body";

const MARK_TAGS: Record<string, "strong" | "em" | "s" | "code" | "u"> = {
  bold: "strong",
  italic: "em",
  strike: "s",
  code: "code",
  underline: "u",
};

function renderText(node: MemoNode, key: number): ReactNode {
  let element: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    const Tag = MARK_TAGS[mark.type];
    if (Tag) element = <Tag>{element}</Tag>;
  }
  return <span key={key}>{element}</span>;
}

function renderNode(node: MemoNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading": {
      // Memo headings sit inside a page section, so they start below the page's own levels.
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3) + 1));
      const Tag = `h${level}` as "h3";
      return <Tag key={key}>{children}</Tag>;
    }
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "codeBlock":
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    default:
      return <span key={key}>{children}</span>;
  }
}

/** A memo's rich text drawn as React elements from its stored JSON (never as HTML). */
export function MemoContent({ body }: { body: MemoNode }) {
  return <div className="memo-content">{(body.content ?? []).map(renderNode)}</div>;
}
