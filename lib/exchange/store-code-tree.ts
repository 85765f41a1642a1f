import type { Db } from "../../db/client";
import { CODE_NAME_MAX } from "../codebook/code-fields";
import { insertImportedCode, codeNameKey as nameKey, projectCodeIdsByName } from "../codebook/code-names";
import { paletteColour, type RefiCode } from "./refi-code-tree";
import { normaliseGuid } from "./stable-guid";

export interface StoredCodeTree {
  /** The file's code GUID (normalised by normaliseGuid; "c001" stays "c001") → the project's code id. */
  codeIds: Map<string, number>;
  created: number;
  /** Codes of the file that matched a code the project already had (same name). */
  matched: number;
  /** Names changed because the project's code names are unique: "programming" → "programming (competencies)". */
  renamed: { from: string; to: string }[];
}

function cleanName(name: string): string {
  const cleaned = name.replace(/\s+/g, " ").trim() || "Unnamed code";
  return cleaned.length > CODE_NAME_MAX ? cleaned.slice(0, CODE_NAME_MAX).trimEnd() : cleaned;
}

/**
 * Adds a REFI-QDA code tree to a project inside the caller's transaction. A code whose name the
 * project already uses is that code (so importing a codebook twice adds nothing); the same name
 * met twice in one file (NVivo allows it under different parents) gets its parent's name after it.
 */
export function storeCodeTree(
  db: Db,
  projectId: number,
  tree: RefiCode[],
  options: { createdAt?: (code: RefiCode) => Date | undefined } = {},
): StoredCodeTree {
  const existing = projectCodeIdsByName(db, projectId);
  const usedByFile = new Set<string>();
  const result: StoredCodeTree = { codeIds: new Map(), created: 0, matched: 0, renamed: [] };
  let colourIndex = existing.size;

  const store = (code: RefiCode, parentId: number | null, parentName: string | null) => {
    const original = cleanName(code.name);
    let name = original;
    if (usedByFile.has(nameKey(name))) {
      const base = parentName ? cleanName(`${original} (${parentName})`) : original;
      name = base;
      for (let copy = 2; usedByFile.has(nameKey(name)); copy++) name = cleanName(`${base} ${copy}`);
      result.renamed.push({ from: original, to: name });
    }
    usedByFile.add(nameKey(name));
    let id = existing.get(nameKey(name));
    if (id !== undefined) {
      result.matched++;
    } else {
      const createdAt = options.createdAt?.(code);
      id = insertImportedCode(db, {
        projectId,
        parentId,
        name,
        colour: code.colour ?? paletteColour(colourIndex++),
        description: code.description,
        inclusion: code.inclusion,
        exclusion: code.exclusion,
        ...(createdAt ? { createdAt } : {}),
      });
      existing.set(nameKey(name), id);
      result.created++;
    }
    const key = normaliseGuid(code.guid);
    if (!result.codeIds.has(key)) result.codeIds.set(key, id);
    for (const child of code.children) store(child, id, original);
  };
  for (const code of tree) store(code, null, null);
  return result;
}
