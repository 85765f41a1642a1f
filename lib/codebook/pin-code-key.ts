import { and, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeKeys } from "../../db/schema";
import { AppError } from "../errors";
import { requireCode } from "./code-fields";
import { type CodeKey, keepDefaultKeys, listCodeKeys } from "./list-code-keys";

export interface PinCodeKeyInput {
  codeId: number;
  key: number;
}

/**
 * Pins a code to a digit for this coder. A code holds one key and a key one code: the code leaves
 * its old key, and a code already on the key is moved off it (unpinned). Returns the coder's keys.
 */
export function pinCodeKey(db: Db, projectId: number, userId: number, input: PinCodeKeyInput): CodeKey[] {
  if (!Number.isInteger(input.key) || input.key < 1 || input.key > 9)
    throw new AppError("invalid_input", "A code can be pinned to a key from 1 to 9.");
  return db.transaction(() => {
    const code = requireCode(db, projectId, input.codeId);
    if (code.archivedAt) throw new AppError("invalid_input", `"${code.name}" is archived: restore it to pin it.`);
    keepDefaultKeys(db, projectId, userId);
    db.delete(codeKeys)
      .where(
        and(
          eq(codeKeys.projectId, projectId),
          eq(codeKeys.userId, userId),
          or(eq(codeKeys.key, input.key), eq(codeKeys.codeId, input.codeId)),
        ),
      )
      .run();
    db.insert(codeKeys).values({ projectId, userId, key: input.key, codeId: input.codeId }).run();
    return listCodeKeys(db, projectId, userId);
  });
}

/**
 * Frees a key of this coder's (nothing happens when it holds no code). Freeing the last one brings the
 * default keys back. Returns the coder's keys.
 */
export function unpinCodeKey(db: Db, projectId: number, userId: number, key: number): CodeKey[] {
  return db.transaction(() => {
    keepDefaultKeys(db, projectId, userId);
    db.delete(codeKeys)
      .where(and(eq(codeKeys.projectId, projectId), eq(codeKeys.userId, userId), eq(codeKeys.key, key)))
      .run();
    return listCodeKeys(db, projectId, userId);
  });
}
