"use client";

import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { mergeParticipant, updateParticipantAttributes } from "./actions";

export interface ParticipantEditorProps {
  projectSlug: string;
  participant: { id: number; name: string; attributes: Record<string, string> };
  others: { id: number; name: string }[];
  standardKeys: string[];
  knownNames: string[];
  /** The values each attribute already has in the project (lib/attribute-values), offered before a new one. */
  knownValues?: Record<string, string[]>;
}

const NEW_VALUE = "\u0000new";

interface ExtraRow {
  key: number;
  name: string;
  value: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ParticipantEditor({
  projectSlug,
  participant,
  others,
  standardKeys,
  knownNames,
  knownValues = {},
}: ParticipantEditorProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [standard, setStandard] = useState<Record<string, string>>(() =>
    Object.fromEntries(standardKeys.map((key) => [key, participant.attributes[key] ?? ""])),
  );
  const [extras, setExtras] = useState<ExtraRow[]>(() =>
    Object.entries(participant.attributes)
      .filter(([name]) => !standardKeys.includes(name))
      .map(([name, value], index) => ({ key: index, name, value })),
  );
  const [nextKey, setNextKey] = useState(extras.length);
  const [mergeTarget, setMergeTarget] = useState("");
  const [typingNew, setTypingNew] = useState<Record<string, boolean>>({});
  const [saving, startSaving] = useTransition();
  const [merging, startMerging] = useTransition();
  const datalistId = `attribute-names-${useId()}`;

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const attributes = [
      ...Object.entries(standard).map(([name, value]) => ({ name, value })),
      ...extras.map(({ name, value }) => ({ name, value })),
    ];
    startSaving(async () => {
      const result = await updateParticipantAttributes({ projectSlug, participantId: participant.id, attributes });
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      setNotice(`Attributes of ${participant.name} saved.`);
      toast.success(`Attributes of ${participant.name} saved`);
      router.refresh();
    });
  }

  function onMerge() {
    setError(null);
    setNotice(null);
    const target = others.find((other) => String(other.id) === mergeTarget);
    if (!target) {
      setError("Choose the participant to merge into.");
      return;
    }
    startMerging(async () => {
      const result = await mergeParticipant({ projectSlug, sourceId: participant.id, targetId: target.id });
      if (!result.ok) {
        setError(result.error.message);
        toast.error(result.error.message);
        return;
      }
      toast.success(`${participant.name} merged into ${target.name}: ${result.data.turnsMoved} turns moved`);
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          Edit<span className="sr-only"> {participant.name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit ${participant.name}`}
        description="Attributes describe every turn this participant speaks. Leave a value blank to remove it."
        className="max-w-xl text-left"
      >
        <div className="space-y-6">
          {error ? <Alert tone="error">{error}</Alert> : null}
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          <form onSubmit={onSave} noValidate className="space-y-4">
            <datalist id={datalistId}>
              {knownNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <div className="grid gap-4 sm:grid-cols-2">
              {standardKeys.map((key) => {
                const choices = knownValues[key] ?? [];
                const current = standard[key] ?? "";
                const typing = typingNew[key] || (current !== "" && !choices.includes(current));
                return (
                  <div key={key} className="space-y-2">
                    {choices.length > 0 ? (
                      <Field label={capitalise(key)}>
                        <Select
                          value={typing ? NEW_VALUE : current}
                          onChange={(event) => {
                            const chosen = event.target.value;
                            setTypingNew((flags) => ({ ...flags, [key]: chosen === NEW_VALUE }));
                            if (chosen !== NEW_VALUE) setStandard((values) => ({ ...values, [key]: chosen }));
                          }}
                        >
                          <option value="">Not recorded</option>
                          {choices.map((value) => (
                            <option key={value} value={value}>
                              {value}
                            </option>
                          ))}
                          <option value={NEW_VALUE}>New value…</option>
                        </Select>
                      </Field>
                    ) : null}
                    {choices.length === 0 || typing ? (
                      <Field label={choices.length === 0 ? capitalise(key) : `New ${key}`}>
                        <Input
                          value={current}
                          onChange={(event) => setStandard((values) => ({ ...values, [key]: event.target.value }))}
                          autoComplete="off"
                        />
                      </Field>
                    ) : null}
                  </div>
                );
              })}
            </div>
            <fieldset className="space-y-3">
              <legend className="text-sm font-semibold text-gray-900">Other attributes</legend>
              {extras.length === 0 ? <p className="text-sm text-gray-600">None.</p> : null}
              {extras.map((row, index) => (
                <div key={row.key} className="flex flex-wrap items-end gap-2">
                  <Field label={`Attribute ${index + 1} name`} className="min-w-36 flex-1">
                    <Input
                      value={row.name}
                      list={datalistId}
                      autoComplete="off"
                      onChange={(event) =>
                        setExtras((rows) =>
                          rows.map((r) => (r.key === row.key ? { ...r, name: event.target.value } : r)),
                        )
                      }
                    />
                  </Field>
                  <Field label={`Attribute ${index + 1} value`} className="min-w-36 flex-1">
                    <Input
                      value={row.value}
                      autoComplete="off"
                      onChange={(event) =>
                        setExtras((rows) =>
                          rows.map((r) => (r.key === row.key ? { ...r, value: event.target.value } : r)),
                        )
                      }
                    />
                  </Field>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove attribute ${index + 1}`}
                    onClick={() => setExtras((rows) => rows.filter((r) => r.key !== row.key))}
                  >
                    <Trash2 className="size-4" aria-hidden="true" />
                  </Button>
                </div>
              ))}
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setExtras((rows) => [...rows, { key: nextKey, name: "", value: "" }]);
                  setNextKey((key) => key + 1);
                }}
              >
                <Plus className="size-4" aria-hidden="true" />
                Add attribute
              </Button>
            </fieldset>
            <Button type="submit" pending={saving}>
              Save attributes
            </Button>
          </form>

          {others.length > 0 ? (
            <section aria-labelledby={`merge-${participant.id}`} className="space-y-3 border-t border-gray-200 pt-5">
              <h3 id={`merge-${participant.id}`} className="text-sm font-semibold text-gray-900">
                Merge into another participant
              </h3>
              <p className="text-sm text-gray-700">
                Use this when two speaker labels are the same person. {participant.name}&apos;s turns move to the chosen
                participant, who keeps their own attribute values; {participant.name} is then deleted.
              </p>
              <div className="flex flex-wrap items-end gap-2">
                <Field label={`Merge ${participant.name} into`} className="min-w-48 flex-1">
                  <Select value={mergeTarget} onChange={(event) => setMergeTarget(event.target.value)}>
                    <option value="">Choose a participant…</option>
                    {others.map((other) => (
                      <option key={other.id} value={other.id}>
                        {other.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button variant="danger" onClick={onMerge} pending={merging} disabled={!mergeTarget}>
                  Merge
                </Button>
              </div>
            </section>
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}
