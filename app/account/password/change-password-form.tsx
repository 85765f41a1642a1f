"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "./actions";
import { checkPasswordFields, fieldOfRefusal, PASSWORD_FIELDS, type PasswordErrors } from "./password-errors";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function showErrors(formElement: HTMLFormElement, next: PasswordErrors) {
    setErrors(next);
    const first = PASSWORD_FIELDS.find((field) => next[field]);
    if (first) formElement.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    setFormError(null);
    const found = checkPasswordFields(input, minLength);
    showErrors(formElement, found);
    if (Object.keys(found).length > 0) return;
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (!result.ok) {
        const field = fieldOfRefusal(result.error.message);
        if (field) showErrors(formElement, { [field]: result.error.message });
        else setFormError(result.error.message);
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
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">Password changed.</Alert> : null}
      <Field label="Current password" error={errors.currentPassword}>
        <Input name="currentPassword" type="password" autoComplete="current-password" required />
      </Field>
      <Field label="New password" hint={`At least ${minLength} characters.`} error={errors.newPassword}>
        <Input name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required />
      </Field>
      <Field label="Repeat password" error={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" pending={pending}>
        Change password
      </Button>
    </form>
  );
}
