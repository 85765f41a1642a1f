import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { currentSessionUser } from "@/lib/auth/current-session-user";
import { AppError } from "@/lib/errors";
import {
  authOptions,
  SESSION_COOKIE_NAME,
  SESSION_MAX_AGE_SECONDS,
  type SessionClaims,
  USE_SECURE_COOKIES,
} from "./auth-options";

/**
 * The signed-in user, re-read from the database: null for a deleted user, and for a token whose
 * sessions were ended after it was issued (sign-out, a password change, "sign out everywhere").
 */
export async function getSessionUser(): Promise<User | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  return currentSessionUser(getDb(), claims?.id, claims?.sessionVersion);
}

/**
 * Actions and routes: the signed-in user, or `unauthorized`; a user with a one-time password gets
 * `password_change_required` until they change it (only the password change itself allows them).
 */
export async function requireSessionUser(options: { allowPasswordChange?: boolean } = {}): Promise<User> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  if (user.mustChangePassword && !options.allowPasswordChange) {
    throw new AppError(
      "password_change_required",
      "Change your one-time password first: open Change password, then try again.",
    );
  }
  return user;
}

/**
 * Gives this browser a fresh session token carrying the new session version, after the user's
 * sessions were ended from this one (a password change, "sign out of other sessions"): every
 * other session ends, this one goes on. Only for server actions and route handlers (they may set cookies).
 */
export async function renewSession(user: User, sessionVersion: number): Promise<void> {
  const claims: JWT & SessionClaims = {
    sub: String(user.id),
    sv: sessionVersion,
    name: user.name,
    email: user.email,
  };
  const token = await encode({ token: claims, secret: authOptions.secret as string, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(SESSION_COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: USE_SECURE_COOKIES,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}
