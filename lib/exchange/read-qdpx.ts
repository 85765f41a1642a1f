import path from "node:path";
import { decodeText } from "../imports/parsers/decode-text";
import { ImportError } from "../imports/parsers/import-error";
import { readDocxText } from "../imports/parsers/transcript/read-docx-text";
import { assertZipWithinLimits, DEFAULT_ZIP_LIMITS } from "../imports/parsers/zip-guard";
import { readZipEntries } from "./read-zip-entries";
import { type RefiCode, readRefiCodes } from "./refi-code-tree";
import { attribute, child, children, elementText, parseRefiXml, type XmlNode } from "./refi-xml";
import { normaliseGuid } from "./stable-guid";

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  createdAt: Date | null;
}

export interface RefiSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  creatingUser: string | null;
  createdAt: Date | null;
  codings: RefiCoding[];
  noteGuids: string[];
}

export interface RefiSource {
  guid: string;
  name: string;
  /** The plain text as the file holds it, BOM removed (line endings untouched). */
  text: string;
  hadBom: boolean;
  /** Where the text came from: the plain-text file, the .docx beside an empty one, or inline content. */
  textFrom: "plain text" | "rich text" | "inline";
  filename: string | null;
  createdAt: Date | null;
  creatingUser: string | null;
  selections: RefiSelection[];
  noteGuids: string[];
}

export interface RefiCase {
  guid: string;
  name: string;
  values: { variable: string; value: string }[];
  sourceGuids: string[];
  selectionGuids: string[];
}

export interface RefiNote {
  guid: string;
  text: string;
  creatingUser: string | null;
  createdAt: Date | null;
  modifiedAt: Date | null;
}

export interface RefiProject {
  name: string;
  origin: string | null;
  creatingUser: string | null;
  users: { guid: string; name: string }[];
  codes: RefiCode[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  projectNoteGuids: string[];
  /** Sources of kinds Quoteline does not hold (pictures, PDFs, audio, video), by kind. */
  skippedSources: Record<string, number>;
  /** The ways this file departs from the REFI-QDA standard, in words for the import summary. */
  departures: string[];
}

/** The .qdpx limits: a project file of text sources is small; its docx copies count too. */
export const QDPX_ZIP_LIMITS = {
  ...DEFAULT_ZIP_LIMITS,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 20_000,
};

function date(value: string | undefined): Date | null {
  if (!value) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function guidOf(node: XmlNode, name = "guid"): string {
  return normaliseGuid(attribute(node, name) ?? "");
}

function optionalGuid(node: XmlNode, name: string): string | null {
  const value = attribute(node, name);
  return value ? normaliseGuid(value) : null;
}

function integer(value: string | undefined): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : Number.NaN;
}

/**
 * Unpacks a .qdpx (after the zip guard) and reads its project.qde and sources into plain data.
 * Tolerates what real exporters write: no XML declaration, `internal://` or bare file names as
 * paths, a `sources/` or `Sources/` folder, a BOM, an empty .txt beside the .docx (NVivo for Mac).
 */
export async function readQdpx(bytes: Uint8Array): Promise<RefiProject> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportError("This is not a REFI-QDA project (.qdpx): a .qdpx is a zip file, and this one is not.");
  }
  await assertZipWithinLimits(bytes, QDPX_ZIP_LIMITS);
  const entries = await readZipEntries(bytes);
  const byLowerPath = new Map<string, Buffer>();
  for (const [name, data] of entries) byLowerPath.set(name.replace(/\\/g, "/").toLowerCase(), data);
  const qdeName = [...byLowerPath.keys()].find((name) => name.endsWith(".qde") && !name.includes("__macosx"));
  if (!qdeName) throw new ImportError("This .qdpx holds no project.qde, so it is not a REFI-QDA project.");
  const departures = new Set<string>();
  const qdeBytes = byLowerPath.get(qdeName)!;
  const qdeText = decodeText(qdeBytes).text.replace(/^\uFEFF/, "");
  if (!qdeText.trimStart().startsWith("<?xml")) departures.add("project.qde has no XML declaration");
  let parsed: XmlNode;
  try {
    parsed = parseRefiXml(qdeText);
  } catch {
    throw new ImportError("The project.qde inside this .qdpx is not well-formed XML, so it cannot be read.");
  }
  const project = child(parsed, "Project");
  if (!project) throw new ImportError("The project.qde inside this .qdpx has no <Project> element.");
  const origin = attribute(project, "origin") ?? null;
  const fromQuoteline = origin?.startsWith("Quoteline") ?? false;

  const sourceFile = (reference: string | undefined): { data: Buffer; name: string } | null => {
    if (!reference) return null;
    let relative = reference.trim().replace(/\\/g, "/");
    const internal = /^internal:\/\//i.test(relative);
    relative = relative.replace(/^(internal|relative):\/\//i, "").replace(/^\/+/, "");
    if (!internal && !relative.includes("/")) departures.add(`a source path without internal:// ("${reference}")`);
    const lower = relative.toLowerCase();
    for (const candidate of [`sources/${lower}`, lower, `${path.posix.dirname(qdeName)}/sources/${lower}`]) {
      const data = byLowerPath.get(candidate);
      if (data) {
        const stored = [...entries.keys()].find((name) => name.toLowerCase() === candidate) ?? candidate;
        if (stored.startsWith("Sources/")) departures.add("a Sources/ folder with a capital S");
        return { data, name: path.posix.basename(relative) };
      }
    }
    return null;
  };

  const variables = new Map<string, string>();
  for (const variable of children(child(project, "Variables"), "Variable")) {
    variables.set(guidOf(variable), attribute(variable, "name") ?? "");
  }
  const variableValueText = (node: XmlNode): string => {
    for (const name of ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]) {
      const text = elementText(node, name);
      if (text) return text.trim();
    }
    return "";
  };
  const cases: RefiCase[] = children(child(project, "Cases"), "Case").map((node, index) => ({
    guid: guidOf(node),
    name: (attribute(node, "name") ?? "").trim() || `Case ${index + 1}`,
    values: children(node, "VariableValue").flatMap((value) => {
      const variable = variables.get(normaliseGuid(attribute(child(value, "VariableRef"), "targetGUID") ?? ""));
      const text = variableValueText(value);
      return variable && text ? [{ variable, value: text }] : [];
    }),
    sourceGuids: children(node, "SourceRef").map((ref) => guidOf(ref, "targetGUID")),
    selectionGuids: children(node, "SelectionRef").map((ref) => guidOf(ref, "targetGUID")),
  }));

  const noteRefs = (node: XmlNode) => children(node, "NoteRef").map((ref) => guidOf(ref, "targetGUID"));
  const sourcesNode = child(project, "Sources");
  const skippedSources: Record<string, number> = {};
  for (const kind of ["PictureSource", "PDFSource", "AudioSource", "VideoSource"]) {
    const count = children(sourcesNode, kind).length;
    if (count > 0) skippedSources[kind.replace("Source", "").toLowerCase()] = count;
  }
  const sources: RefiSource[] = [];
  for (const [index, node] of children(sourcesNode, "TextSource").entries()) {
    const plainPath = attribute(node, "plainTextPath");
    const richPath = attribute(node, "richTextPath");
    let text = elementText(node, "PlainTextContent");
    let textFrom: RefiSource["textFrom"] = "inline";
    let filename: string | null = null;
    const plain = text ? null : sourceFile(plainPath);
    let hadBom = false;
    if (plain) {
      hadBom = plain.data.length >= 3 && plain.data[0] === 0xef && plain.data[1] === 0xbb && plain.data[2] === 0xbf;
      text = decodeText(plain.data).text;
      textFrom = "plain text";
      filename = plain.name;
    }
    if (text.startsWith("\uFEFF")) {
      hadBom = true;
      text = text.slice(1);
    }
    if (hadBom) departures.add("source text starting with a byte order mark");
    if (text.trim() === "" && richPath) {
      const rich = sourceFile(richPath);
      if (rich) {
        text = (await readDocxText(rich.data)).replace(/\s+$/, "");
        textFrom = "rich text";
        filename = rich.name;
        departures.add("an empty plain-text file beside the .docx rich-text source (text read from the .docx)");
      }
    }
    if (text.includes("\r\n")) departures.add("CRLF line endings in source text");
    if (!attribute(node, "name")) departures.add("a TextSource without a name");
    sources.push({
      guid: guidOf(node),
      name:
        (attribute(node, "name") ?? "").trim() ||
        (filename ? filename.replace(/\.[^.]+$/, "") : "") ||
        `Source ${index + 1}`,
      text,
      hadBom,
      textFrom,
      filename,
      createdAt: date(attribute(node, "creationDateTime")),
      creatingUser: optionalGuid(node, "creatingUser"),
      noteGuids: noteRefs(node),
      selections: children(node, "PlainTextSelection").map((selection) => ({
        guid: guidOf(selection),
        name: attribute(selection, "name") ?? "",
        start: integer(attribute(selection, "startPosition")),
        end: integer(attribute(selection, "endPosition")),
        creatingUser: optionalGuid(selection, "creatingUser"),
        createdAt: date(attribute(selection, "creationDateTime")),
        noteGuids: noteRefs(selection),
        codings: children(selection, "Coding").flatMap((coding) => {
          const codeGuid = attribute(child(coding, "CodeRef"), "targetGUID");
          return codeGuid
            ? [
                {
                  guid: guidOf(coding),
                  codeGuid: normaliseGuid(codeGuid),
                  creatingUser: optionalGuid(coding, "creatingUser"),
                  createdAt: date(attribute(coding, "creationDateTime")),
                },
              ]
            : [];
        }),
      })),
    });
  }

  const notes: RefiNote[] = children(child(project, "Notes"), "Note").map((node) => {
    let text = elementText(node, "PlainTextContent");
    if (!text) {
      const file = sourceFile(attribute(node, "plainTextPath"));
      if (file) text = decodeText(file.data).text.replace(/^\uFEFF/, "");
    }
    return {
      guid: guidOf(node),
      text: text.replace(/\r\n?/g, "\n"),
      creatingUser: optionalGuid(node, "creatingUser"),
      createdAt: date(attribute(node, "creationDateTime")),
      modifiedAt: date(attribute(node, "modifiedDateTime")),
    };
  });

  return {
    name: attribute(project, "name") ?? "",
    origin,
    creatingUser: optionalGuid(project, "creatingUserGUID"),
    users: children(child(project, "Users"), "User").map((user) => ({
      guid: guidOf(user),
      name: (attribute(user, "name") ?? "").trim() || (attribute(user, "id") ?? "").trim(),
    })),
    codes: readRefiCodes(child(child(project, "CodeBook"), "Codes"), fromQuoteline),
    cases,
    sources,
    notes,
    projectNoteGuids: noteRefs(project),
    skippedSources,
    departures: [...departures],
  };
}
