"use server";

import { z } from "zod";
import { userAction } from "@/app/_server/action";
import { renewSession } from "@/app/_server/session";
import { changePassword } from "@/lib/accounts/change-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords";

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200),
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: "The two new passwords do not match.",
    path: ["confirmPassword"],
  });

/**
 * Changes the signed-in user's password; also clears the "must change" flag of a one-time password.
 * Every other session of the user ends; this one goes on with a fresh token.
 */
export const changePasswordAction = userAction(
  changePasswordSchema,
  async (input, { db, user }) => {
    const sessionVersion = await changePassword(db, user.id, input.currentPassword, input.newPassword);
    await renewSession(user, sessionVersion);
    return { changed: true };
  },
  { allowPasswordChange: true },
);
