import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/accounts/sign-in";
import { AppError } from "@/lib/errors";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const user = await signIn(getDb(), credentials.email, credentials.password);
          return user ? { id: String(user.id), email: user.email, name: user.name } : null;
        } catch (error) {
          if (error instanceof AppError && error.code === "rate_limited") throw new Error("rate_limited");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Note: only the user id travels in the token; roles are read from the database on every request.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub } };
    },
  },
};
