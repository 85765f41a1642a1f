"use client";

import { useRouter } from "next/navigation";
import { type ComponentProps, type FormEvent, type ReactNode, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { RoundChoices } from "@/lib/rounds/list-round-choices";
import { createRound } from "./actions";

function Choices({
  legend,
  name,
  items,
}: {
  legend: string;
  name: string;
  items: { value: number; label: ReactNode }[];
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      {items.length === 0 ? <p className="text-sm text-gray-700">None in this project.</p> : null}
      <div className="max-h-56 space-y-1 overflow-y-auto">
        {items.map((item) => (
          <label key={item.value} className="flex items-start gap-2 text-sm text-gray-800">
            <input type="checkbox" name={name} value={item.value} className="mt-1 size-4" />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Radio({ children, ...props }: Omit<ComponentProps<"input">, "type" | "className">) {
  return (
    <label className="flex items-start gap-2 text-sm text-gray-800">
      <input type="radio" className="mt-1 size-4" {...props} />
      <span>{children}</span>
    </label>
  );
}

function ids(form: FormData, name: string): number[] {
  return form.getAll(name).map(Number);
}

/** The lead's form for a new round: name, mode, coders, codes in scope and the units. */
export function CreateRoundForm({ projectSlug, choices }: { projectSlug: string; choices: RoundChoices }) {
  const router = useRouter();
  const [kind, setKind] = useState<"answers" | "documents">(choices.questions.length > 0 ? "answers" : "documents");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get("codeId") ?? "");
    const seed = String(form.get("seed") ?? "").trim();
    const input = {
      projectSlug,
      name: String(form.get("name") ?? ""),
      mode: form.get("mode") === "open" ? ("open" as const) : ("blind" as const),
      coderIds: ids(form, "coderIds"),
      codeId: code ? Number(code) : null,
      units:
        kind === "documents"
          ? { kind, documentIds: ids(form, "documentIds") }
          : {
              kind,
              questionIds: ids(form, "questionIds"),
              waveIds: ids(form, "waveIds"),
              size: Number(form.get("size") ?? 0),
              seed: seed ? Number(seed) : null,
            },
    };
    setError(null);
    startTransition(async () => {
      const result = await createRound(input);
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      toast.success(result.data.seed === null ? "Round created" : `Round created (seed ${result.data.seed})`);
      router.push(`/projects/${projectSlug}/rounds/${result.data.id}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Name">
        <Input name="name" required maxLength={120} autoComplete="off" />
      </Field>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-gray-900">Mode</legend>
        <Radio name="mode" value="blind" defaultChecked>
          Blind: each coder sees only their own codings on the round's units until it is closed
        </Radio>
        <Radio name="mode" value="open">
          Open: everyone sees everyone's codings
        </Radio>
      </fieldset>
      <Choices
        legend="Coders (two or more)"
        name="coderIds"
        items={choices.coders.map((coder) => ({ value: coder.userId, label: `${coder.name} (${coder.email})` }))}
      />
      <Field label="Codes in scope">
        <Select name="codeId" defaultValue="">
          <option value="">All codes</option>
          {choices.codes.map((code) => (
            <option key={code.id} value={code.id}>
              {`${"\u2003".repeat(code.depth)}${code.name} and its sub-codes`}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-gray-900">Units</legend>
        <Radio name="kind" value="answers" checked={kind === "answers"} onChange={() => setKind("answers")}>
          A random sample of answers, stratified by wave
        </Radio>
        <Radio name="kind" value="documents" checked={kind === "documents"} onChange={() => setKind("documents")}>
          Whole transcripts
        </Radio>
      </fieldset>
      {kind === "documents" ? (
        <Choices
          legend="Transcripts"
          name="documentIds"
          items={choices.transcripts.map((doc) => ({
            value: doc.id,
            label: doc.wave ? `${doc.title} (${doc.wave})` : doc.title,
          }))}
        />
      ) : (
        <div className="space-y-4">
          <Choices
            legend="Questions"
            name="questionIds"
            items={choices.questions.map((question) => ({ value: question.id, label: question.text }))}
          />
          <Choices
            legend="Waves"
            name="waveIds"
            items={choices.waves.map((wave) => ({ value: wave.id, label: `${wave.label} (${wave.answers} answers)` }))}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Number of answers">
              <Input name="size" type="number" min={1} max={5000} defaultValue={20} required />
            </Field>
            <Field label="Seed" hint="Leave empty for a new one; the same seed draws the same sample.">
              <Input name="seed" type="number" min={1} autoComplete="off" />
            </Field>
          </div>
        </div>
      )}
      <Button type="submit" pending={pending}>
        Create round
      </Button>
    </form>
  );
}
