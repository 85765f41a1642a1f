import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
export const ORIGIN = "Quoteline";

/** An element as XMLBuilder takes it: attributes under "@_", text under "#text", children by name. */
export type XmlNode = { [key: string]: unknown };

/** True for a UTF-16 unit XML 1.0 cannot carry at all, even escaped (C0 controls but tab and newlines, U+FFFE/F). */
function notXml(unit: number): boolean {
  return (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0xfffe || unit === 0xffff;
}

/** Text safe to put in an XML element or attribute (the builder escapes markup characters). */
export function xmlText(value: string): string {
  let clean = "";
  let from = 0;
  for (let index = 0; index < value.length; index++) {
    if (notXml(value.charCodeAt(index))) {
      clean += value.slice(from, index);
      from = index + 1;
    }
  }
  return from === 0 ? value : clean + value.slice(from);
}

export function buildXml(rootName: string, root: XmlNode): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    suppressEmptyNode: true,
    format: true,
    indentBy: "  ",
    processEntities: true,
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [rootName]: root })}`;
}

/** Elements that may repeat, so the parser always gives a list for them. */
const REPEATED = new Set([
  "User",
  "Code",
  "Variable",
  "Case",
  "VariableValue",
  "SourceRef",
  "SelectionRef",
  "CodeRef",
  "TextSource",
  "PictureSource",
  "PDFSource",
  "AudioSource",
  "VideoSource",
  "PlainTextSelection",
  "Coding",
  "NoteRef",
  "Note",
  "Set",
  "MemberCode",
  "MemberSource",
  "MemberNote",
]);

/**
 * Parses a .qde or .qdc (refusing XML that is not well-formed): namespace prefixes dropped, attributes under "@_", values kept as
 * strings (a name such as "007" stays "007"), text not trimmed (descriptions keep their lines).
 */
export function parseRefiXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as XmlNode;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== "object") return [];
  const value = (node as XmlNode)[name];
  if (Array.isArray(value)) return value.filter((item) => item && typeof item === "object") as XmlNode[];
  if (value && typeof value === "object") return [value as XmlNode];
  if (typeof value === "string") return [{ "#text": value }];
  return [];
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attribute(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return value === undefined || value === null ? undefined : String(value);
}

/** The text of a simple element (<Description>…</Description>), "" when absent or empty. */
export function elementText(node: unknown, name: string): string {
  if (!node || typeof node !== "object") return "";
  const value = (node as XmlNode)[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string" || typeof first === "number") return String(first);
  if (first && typeof first === "object" && "#text" in first) return String((first as XmlNode)["#text"] ?? "");
  return "";
}
