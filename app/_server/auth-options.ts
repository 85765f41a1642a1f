import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { clientThrottleKey } from "@/lib/accounts/client-throttle-key";
import { endSessions } from "@/lib/accounts/end-sessions";
import { signIn } from "@/lib/accounts/sign-in";
import { currentSessionUser } from "@/lib/auth/current-session-user";
import { AppError } from "@/lib/errors";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Served over https (NEXTAUTH_URL): cookies are Secure and carry the __Secure- prefix. */
export const USE_SECURE_COOKIES = (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");

/** next-auth's session cookie, as it names it for USE_SECURE_COOKIES. */
export const SESSION_COOKIE_NAME = `${USE_SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;

/** QUOTELINE_TRUSTED_PROXY=1: a reverse proxy in front overwrites X-Forwarded-For with the client's address. */
const TRUSTED_PROXY = process.env.QUOTELINE_TRUSTED_PROXY === "1";

/** The claims Quoteline puts in the session token beside next-auth's own. */
export interface SessionClaims {
  sub?: string;
  /** users.session_version when the token was issued; an older one than the database's is refused. */
  sv?: number;
}

/** Thrown by the jwt callback for a token whose sessions were ended: next-auth then answers "no session". */
class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

/** NEXTAUTH_SECRET when set; otherwise one generated once and kept in the private data folder. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(
    path.dirname(process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "x")),
    "auth-secret",
  );
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  useSecureCookies: USE_SECURE_COOKIES,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const clientKey = clientThrottleKey(request?.headers ?? {}, TRUSTED_PROXY);
          const user = await signIn(getDb(), credentials.email, credentials.password, Date.now(), { clientKey });
          return user
            ? { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion }
            : null;
        } catch (error) {
          if (error instanceof AppError && error.code === "rate_limited") throw new Error("rate_limited");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Note: only the user id and session version travel in the token; roles are read from the database on every request.
    jwt({ token, user }) {
      const claims = token as typeof token & SessionClaims;
      if (user) {
        claims.sub = user.id;
        claims.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return claims;
      }
      // Every read of the session (pages, actions, routes, /api/auth/session) asks the database whether it still stands.
      if (!currentSessionUser(getDb(), claims.sub, claims.sv)) throw new SessionEnded();
      return claims;
    },
    session({ session, token }) {
      const claims = token as SessionClaims;
      return { ...session, user: { ...session.user, id: claims.sub, sessionVersion: claims.sv } };
    },
  },
  events: {
    // Signing out ends every session of the user, so an old copy of this cookie is worthless too.
    signOut({ token }) {
      const claims = (token ?? {}) as SessionClaims;
      const user = currentSessionUser(getDb(), claims.sub, claims.sv);
      if (user) endSessions(getDb(), user.id, "user.sign_out");
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: unknown })?.message;
      console.error(`[next-auth][error][${code}]`, typeof message === "string" ? message : "");
    },
  },
};
