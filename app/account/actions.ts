"use server";

import { z } from "zod";
import { userAction } from "@/app/_server/action";
import { renewSession } from "@/app/_server/session";
import { endSessions } from "@/lib/accounts/end-sessions";

/** Ends every other session of the signed-in user (another browser, a lost device); this one goes on. */
export const signOutOtherSessionsAction = userAction(
  z.object({ confirm: z.literal(true) }),
  async (_input, { db, user }) => {
    const sessionVersion = endSessions(db, user.id, "user.sign_out_other_sessions");
    await renewSession(user, sessionVersion);
    return { signedOut: true };
  },
);
