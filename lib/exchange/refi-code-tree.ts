import { CODE_PALETTE } from "../codebook/code-fields";
import { EXCLUDE_MARKER, INCLUDE_MARKER } from "./build-project-qde";
import { attribute, children, elementText, type XmlNode } from "./refi-xml";
import { normaliseGuid } from "./stable-guid";

/** A code as read from a .qde or .qdc, before it is matched to the project's codes. */
export interface RefiCode {
  /** As written in the file (hand-written codebooks use "c001" and the like): the key of the mapping. */
  guid: string;
  name: string;
  colour: string | null;
  description: string;
  inclusion: string;
  exclusion: string;
  noteGuids: string[];
  children: RefiCode[];
}

/**
 * Reads `<Code>` elements recursively. Quoteline's own exports carry inclusion and exclusion notes
 * after the description (REFI-QDA has one description), so those are split back out for them only.
 */
export function readRefiCodes(parent: XmlNode | undefined, fromQuoteline: boolean): RefiCode[] {
  return children(parent, "Code").map((node, index) => {
    let description = elementText(node, "Description");
    let inclusion = "";
    let exclusion = "";
    if (fromQuoteline) {
      const exclude = description.indexOf(EXCLUDE_MARKER);
      if (exclude >= 0) {
        exclusion = description.slice(exclude + EXCLUDE_MARKER.length);
        description = description.slice(0, exclude);
      }
      const include = description.indexOf(INCLUDE_MARKER);
      if (include >= 0) {
        inclusion = description.slice(include + INCLUDE_MARKER.length);
        description = description.slice(0, include);
      }
    }
    const guid = attribute(node, "guid")?.trim() || `code-${index}`;
    return {
      guid,
      name: attribute(node, "name") ?? "",
      colour: hexColour(attribute(node, "color")),
      description: fromQuoteline ? description : description.trim(),
      inclusion,
      exclusion,
      noteGuids: children(node, "NoteRef").flatMap((ref) => {
        const target = attribute(ref, "targetGUID");
        return target ? [normaliseGuid(target)] : [];
      }),
      children: readRefiCodes(node, fromQuoteline),
    };
  });
}

/** "#abc" and "#AABBCC" become "#aabbcc"; anything else is no colour. */
function hexColour(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  if (/^#[0-9a-fA-F]{6}$/.test(trimmed)) return trimmed.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(trimmed)) {
    return `#${[...trimmed.slice(1)].map((digit) => digit + digit).join("")}`.toLowerCase();
  }
  return null;
}

export function paletteColour(index: number): string {
  return CODE_PALETTE[index % CODE_PALETTE.length];
}

export function countCodes(codes: RefiCode[]): number {
  return codes.reduce((sum, code) => sum + 1 + countCodes(code.children), 0);
}
