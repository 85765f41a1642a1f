"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    if (input.newPassword !== input.confirmPassword) {
      setError("The two new passwords do not match.");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      formElement.reset();
      setDone(true);
      toast.success("Password changed");
      router.push("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">Password changed.</Alert> : null}
      <Field label="Current password">
        <Input name="currentPassword" type="password" autoComplete="current-password" required />
      </Field>
      <Field label="New password" hint={`At least ${minLength} characters.`}>
        <Input name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required />
      </Field>
      <Field label="Repeat password">
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" pending={pending}>
        Change password
      </Button>
    </form>
  );
}
