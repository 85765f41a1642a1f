import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/app/_server/session";
import { safeCallbackUrl } from "@/components/safe-callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const error = typeof query.error === "string" ? query.error : null;
  return (
    <main
      id="main"
      tabIndex={-1}
      className="flex min-h-screen items-center justify-center px-4 py-12 focus:outline-none"
    >
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-accent-800 uppercase">Quoteline</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-gray-900">Sign in</h1>
          <p className="mt-1 text-sm text-gray-600">Use the email and password your administrator gave you.</p>
        </div>
        <div className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} initialError={error} />
        </div>
      </div>
    </main>
  );
}
