import type { Metadata } from "next";
import { requireUser } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Alert } from "@/components/ui/alert";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords";
import { SignOutOtherSessions } from "../sign-out-other-sessions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  return (
    <AppShell user={user} width="narrow">
      <PageHeader title="Change password" />
      {user.mustChangePassword ? (
        <Alert tone="info" title="Choose your own password" className="mb-6">
          You signed in with a one-time password. Choose a new password to continue.
        </Alert>
      ) : null}
      <Card className="max-w-md">
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
        <p className="mt-4 text-sm text-gray-600">Changing your password signs you out everywhere else.</p>
      </Card>
      {user.mustChangePassword ? null : (
        <Card aria-labelledby="other-sessions-title" className="mt-6 max-w-md">
          <CardTitle id="other-sessions-title">Other sessions</CardTitle>
          <CardDescription className="mb-4">
            Signed in on another computer, or lost one? End every session but this one.
          </CardDescription>
          <SignOutOtherSessions />
        </Card>
      )}
    </AppShell>
  );
}
