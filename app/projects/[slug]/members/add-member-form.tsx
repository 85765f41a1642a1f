"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { ROLE_OPTIONS } from "@/components/role-options";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Role } from "@/lib/auth/roles";
import { addMember } from "./actions";

/** Adds a member with the project's own action, or (on the admin's page for a project) the admin's. */
export function AddMemberForm({
  projectSlug,
  action = addMember,
}: {
  projectSlug: string;
  action?: (input: { projectSlug: string; email: string; role: Role }) => ReturnType<typeof addMember>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "").trim();
    const role = String(form.get("role") ?? "viewer") as Role;
    if (!email) {
      setError("Enter the person's email.");
      return;
    }
    setError(null);
    setAdded(null);
    startTransition(async () => {
      const result = await action({ projectSlug, email, role });
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      formElement.reset();
      setAdded(`${result.data.email} added as ${result.data.role}.`);
      toast.success(`${result.data.email} added`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {added ? <Alert tone="success">{added}</Alert> : null}
      <Field label="Email">
        <Input name="email" type="email" autoComplete="off" required />
      </Field>
      <Field label="Role">
        <Select name="role" defaultValue="researcher" options={ROLE_OPTIONS} />
      </Field>
      <Button type="submit" pending={pending}>
        Add member
      </Button>
    </form>
  );
}
