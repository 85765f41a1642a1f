// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { rangeOffsetsWithin, rangeWithin, selectionToAnswerRange } from "./selection-offsets";

/** An answer element as the grid renders it: plain text with some coded parts in <mark>s. */
function answerElement(html: string): HTMLElement {
  document.body.innerHTML = `<p>before</p><p id="answer">${html}</p><p>after</p>`;
  return document.getElementById("answer")!;
}

function textRange(
  element: HTMLElement,
  startNode: number,
  startOffset: number,
  endNode: number,
  endOffset: number,
): Range {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const range = document.createRange();
  range.setStart(nodes[startNode], startOffset);
  range.setEnd(nodes[endNode], endOffset);
  return range;
}

describe("selection ↔ offsets in the answer grid", () => {
  it("counts UTF-16 units across highlight spans and emoji", () => {
    const element = answerElement("Pani Wójcik 😀 <mark>said pay</mark> is low");
    // Select "said pay is": from the start of the mark's text to 3 units into the last node.
    const range = textRange(element, 1, 0, 2, 3);
    expect(rangeOffsetsWithin(element, range)).toEqual({ start: 15, end: 26 });
    expect("Pani Wójcik 😀 said pay is low".slice(15, 26)).toBe("said pay is");
  });

  it("clamps a selection running past the answer and ignores ones outside it", () => {
    const element = answerElement("Caseloads are high.");
    const range = document.createRange();
    range.setStart(element.firstChild!, 10);
    range.setEnd(document.body.lastChild!.firstChild!, 2);
    expect(rangeOffsetsWithin(element, range)).toEqual({ start: 10, end: 19 });
    const outside = document.createRange();
    outside.selectNodeContents(document.body.firstChild!);
    expect(rangeOffsetsWithin(element, outside)).toBeNull();
    const collapsed = document.createRange();
    collapsed.setStart(element.firstChild!, 3);
    expect(rangeOffsetsWithin(element, collapsed)).toBeNull();
  });

  it("maps to document offsets, widening half an emoji or a split accent and trimming spaces", () => {
    const text = " pay 👍🏿 and Wo\u0301jcik ";
    const element = answerElement(text);
    const answer = { start: 1000, text };
    // Starts inside the surrogate pair of 👍 and ends between "o" and its combining accent.
    const range = textRange(element, 0, 6, 0, 16);
    const mapped = selectionToAnswerRange(element, range, answer)!;
    expect(text.slice(mapped.start - 1000, mapped.end - 1000)).toBe("👍🏿 and Wo\u0301");
    const spaces = textRange(element, 0, 0, 0, 5);
    expect(selectionToAnswerRange(element, spaces, answer)).toEqual({ start: 1001, end: 1004 });
    expect(selectionToAnswerRange(element, textRange(element, 0, 0, 0, 1), answer)).toBeNull();
  });

  it("widens a selection to whole words unless told not to, across highlight spans", () => {
    const element = answerElement("Pani Wójcik 😀 <mark>said pay</mark> is low");
    const answer = { start: 100, text: "Pani Wójcik 😀 said pay is low" };
    // "ójc" … "sa": cut words at both ends, the end inside the mark.
    const cut = textRange(element, 0, 6, 1, 2);
    expect(selectionToAnswerRange(element, cut, answer, true)).toEqual({ start: 105, end: 119 });
    expect(answer.text.slice(5, 19)).toBe("Wójcik 😀 said");
    expect(selectionToAnswerRange(element, cut, answer, false)).toEqual({ start: 106, end: 117 });
  });

  it("maps offsets back to a DOM range across highlight spans", () => {
    const element = answerElement("Pani Wójcik 😀 <mark>said pay</mark> is low");
    expect(rangeWithin(element, 5, 19)?.toString()).toBe("Wójcik 😀 said");
    expect(rangeWithin(element, 15, 26)?.toString()).toBe("said pay is");
    expect(rangeWithin(element, 0, 99)).toBeNull();
  });
});
