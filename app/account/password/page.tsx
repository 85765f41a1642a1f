import type { Metadata } from "next";
import { requireUser } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords";
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
      </Card>
    </AppShell>
  );
}
