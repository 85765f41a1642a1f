"use server";

import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { pinCodeKey, unpinCodeKey } from "@/lib/codebook/pin-code-key";

const digit = z.coerce.number().int().min(1, "Keys go from 1 to 9.").max(9, "Keys go from 1 to 9.");

const pinSchema = z.object({ projectSlug: z.string(), codeId: z.coerce.number().int().positive(), key: digit });

/** Pins a code to a digit for the signed-in coder; a code already on that key is moved off it. */
export const pinCodeToKey = projectAction("code", pinSchema, (input, { db, project, user }) =>
  pinCodeKey(db, project.id, user.id, { codeId: input.codeId, key: input.key }),
);

const unpinSchema = z.object({ projectSlug: z.string(), key: digit });

/** Frees one of the signed-in coder's keys. */
export const unpinKey = projectAction("code", unpinSchema, (input, { db, project, user }) =>
  unpinCodeKey(db, project.id, user.id, input.key),
);
