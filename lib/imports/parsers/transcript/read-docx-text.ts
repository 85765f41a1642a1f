import mammoth from "mammoth";
import { ImportError } from "../import-error";

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
}

/**
 * The text of a .docx, one paragraph per blank-line-separated block, like mammoth's extractRawText,
 * but with line breaks (Shift+Enter, and Teams' "Name 0:03⏎text" paragraphs) kept as "\n":
 * extractRawText drops them and glues the words on either side together. So the document tree is
 * taken from `transformDocument` and the HTML output is ignored.
 */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  let text = "";
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        transformDocument: (document: DocxElement) => {
          text = rawText(document);
          return document;
        },
      },
    );
  } catch {
    throw new ImportError("This .docx could not be read: it is damaged or not a Word document.");
  }
  return text;
}

function rawText(element: DocxElement): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "break") return "\n";
  const inner = (element.children ?? []).map(rawText).join("");
  return element.type === "paragraph" ? `${inner}\n\n` : inner;
}
