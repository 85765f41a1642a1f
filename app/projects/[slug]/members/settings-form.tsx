"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ProjectSettings } from "@/lib/projects/settings";
import { updateProjectSettings } from "./actions";

export function SettingsForm({ projectSlug, settings }: { projectSlug: string; settings: ProjectSettings }) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [terms, setTerms] = useState(settings.redactionTerms.join("\n"));
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      projectSlug,
      suppressionThreshold: String(form.get("suppressionThreshold") ?? ""),
      quoteK: String(form.get("quoteK") ?? ""),
      redactionTerms: terms,
    };
    setError(null);
    setSaved(false);
    startTransition(async () => {
      const result = await updateProjectSettings(input);
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      setTerms(result.data.redactionTerms.join("\n"));
      setSaved(true);
      toast.success("Settings saved");
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">Settings saved.</Alert> : null}
      <Field
        label="Suppression threshold"
        hint="Groups with fewer people than this are never shown on their own. At least 1."
      >
        <Input
          name="suppressionThreshold"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={settings.suppressionThreshold}
          required
          className="w-32"
        />
      </Field>
      <Field label="k for quote labels" hint="A quote's attribution must describe at least k people. At least 5.">
        <Input
          name="quoteK"
          type="number"
          inputMode="numeric"
          min={5}
          step={1}
          defaultValue={settings.quoteK}
          required
          className="w-32"
        />
      </Field>
      <Field
        label="Extra redaction terms"
        hint="One a line: agencies, teams, employers and other names the anonymiser must always redact."
      >
        <Textarea name="redactionTerms" rows={6} value={terms} onChange={(event) => setTerms(event.target.value)} />
      </Field>
      <Button type="submit" pending={pending}>
        Save settings
      </Button>
    </form>
  );
}
