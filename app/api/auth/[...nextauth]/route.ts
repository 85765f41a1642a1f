// next-auth's own endpoints (sign-in, sign-out, session): public by design.
import NextAuth from "next-auth";
import { authOptions } from "@/app/_server/auth-options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
