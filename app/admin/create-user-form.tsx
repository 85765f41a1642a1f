"use client";

import { Copy } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createUserAction } from "./actions";

export function CreateUserForm() {
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string | null } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "").trim();
    if (!email) {
      setError("Enter the new user's email.");
      return;
    }
    setError(null);
    setCreated(null);
    startTransition(async () => {
      const result = await createUserAction({
        email,
        name: String(form.get("name") ?? "").trim() || undefined,
        isAdmin: form.get("isAdmin") === "on",
      });
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      formElement.reset();
      setCreated({ email: result.data.email, oneTimePassword: result.data.oneTimePassword });
      toast.success(`User ${result.data.email} created`);
    });
  }

  return (
    <div className="space-y-4">
      {created ? (
        <Alert tone="success" title={`User ${created.email} created`}>
          {created.oneTimePassword ? (
            <div className="space-y-2">
              <p>Give them this one-time password. It is shown only once.</p>
              <span className="sr-only">One-time password:</span>
              <div className="flex flex-wrap items-center gap-2">
                <code
                  className="rounded bg-white px-2 py-1 font-mono text-sm text-gray-900 ring-1 ring-green-200"
                  data-testid="one-time-password"
                >
                  {created.oneTimePassword}
                </code>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => {
                    void navigator.clipboard
                      ?.writeText(created.oneTimePassword ?? "")
                      .then(() => toast.success("Password copied"))
                      .catch(() => toast.error("Could not copy; select the password and copy it by hand."));
                  }}
                >
                  <Copy className="size-4" aria-hidden="true" />
                  Copy
                </Button>
              </div>
            </div>
          ) : null}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label="Email">
          <Input name="email" type="email" autoComplete="off" required />
        </Field>
        <Field label="Full name" hint="Optional. Defaults to the part of the email before the @.">
          <Input name="name" autoComplete="off" />
        </Field>
        <div className="flex min-h-6 items-center gap-2">
          <input
            id="create-user-admin"
            name="isAdmin"
            type="checkbox"
            className="size-4 rounded border-gray-400 accent-accent-700"
          />
          <label htmlFor="create-user-admin" className="text-sm text-gray-800">
            Site admin (can create users and projects)
          </label>
        </div>
        <Button type="submit" pending={pending}>
          Create user
        </Button>
      </form>
    </div>
  );
}
