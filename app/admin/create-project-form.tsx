"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createProjectAction } from "./actions";

function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
}

export function CreateProjectForm({ defaultOwnerEmail }: { defaultOwnerEmail: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      name: String(form.get("name") ?? "").trim(),
      slug: String(form.get("slug") ?? "").trim(),
      ownerEmail: String(form.get("ownerEmail") ?? "").trim() || undefined,
    };
    if (!input.name || !input.slug) {
      setError("Give the project a name and a slug.");
      return;
    }
    setError(null);
    setCreated(null);
    startTransition(async () => {
      const result = await createProjectAction(input);
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      formElement.reset();
      setSlug("");
      setSlugTouched(false);
      setCreated(result.data.slug);
      toast.success(`Project ${input.name} created`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {created ? (
        <Alert tone="success">
          Project created: <Link href={`/projects/${created}`}>/projects/{created}</Link>
        </Alert>
      ) : null}
      <Field label="Project name">
        <Input
          name="name"
          required
          autoComplete="off"
          onChange={(event) => {
            if (!slugTouched) setSlug(slugify(event.target.value));
          }}
        />
      </Field>
      <Field label="Slug" hint="Lowercase letters, digits and hyphens; used in the address.">
        <Input
          name="slug"
          required
          autoComplete="off"
          pattern="[a-z0-9]([a-z0-9\-]*[a-z0-9])?"
          value={slug}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value);
          }}
        />
      </Field>
      <Field label="Project owner" hint="Optional. The email of an existing user, who becomes the first owner.">
        <Input name="ownerEmail" type="email" autoComplete="off" defaultValue={defaultOwnerEmail} />
      </Field>
      <Button type="submit" pending={pending}>
        Create project
      </Button>
    </form>
  );
}
