"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { setQuoteAttribution } from "@/app/projects/[slug]/quotes/actions";
import type { FitResult, LabelOption } from "@/lib/attribution/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export interface AttributionPickerProps {
  projectSlug: string;
  quoteId: number;
  options: LabelOption[];
  /** The attributes picked last time. */
  picked: string[];
  /** The last saved check, with its steps. */
  result: FitResult | null;
  /** The label this person already carries in an approved quote. */
  personLabel: { label: string; attributes: string[]; quoteId: number } | null;
  k: number;
  editable: boolean;
}

const ATTRIBUTE_NAMES: Record<string, string> = { "group type": "Focus group type", wave: "Wave" };

function attributeName(name: string): string {
  return ATTRIBUTE_NAMES[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
}

/** The author picks attributes for the label; the server checks it fits k people and says what it changed and why. */
export function AttributionPicker({
  projectSlug,
  quoteId,
  options,
  picked,
  result,
  personLabel,
  k,
  editable,
}: AttributionPickerProps) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(picked);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const legendId = useId();

  function save(attributes: string[]) {
    setError(null);
    startTransition(async () => {
      const response = await setQuoteAttribution({ projectSlug, quoteId, attributes });
      if (!response.ok) {
        setError(response.error.message);
        toast.error(response.error.message);
        return;
      }
      toast.success(response.data.ok ? `Label: ${response.data.label}` : "This label cannot fit enough people");
      router.refresh();
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Keep the order of the options, which is the order the label reads in.
    save(options.map((option) => option.attribute).filter((name) => chosen.includes(name)));
  }

  const mismatch = personLabel && result?.ok && personLabel.label !== result.label;

  return (
    <div className="space-y-4">
      {editable ? (
        <form onSubmit={onSubmit} className="space-y-3">
          <fieldset aria-describedby={`${legendId}-hint`}>
            <legend id={legendId} className="text-sm font-semibold text-gray-900">
              Attributes for the label
            </legend>
            <p id={`${legendId}-hint`} className="mt-1 text-sm text-gray-600">
              The label must fit at least {k} people of this quote&apos;s population; if it fits fewer, the most
              specific attribute is generalised or dropped. The local authority, dates and names are never offered.
            </p>
            {options.length === 0 ? (
              <p className="mt-2 text-sm text-gray-700">No attribute is recorded for this person.</p>
            ) : (
              <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
                {options.map((option) => {
                  const id = `${legendId}-${option.attribute.replace(/\W+/g, "-")}`;
                  return (
                    <li key={option.attribute} className="flex items-start gap-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="mt-1 size-4 accent-accent-700"
                        checked={chosen.includes(option.attribute)}
                        onChange={(event) =>
                          setChosen((current) =>
                            event.target.checked
                              ? [...current, option.attribute]
                              : current.filter((name) => name !== option.attribute),
                          )
                        }
                      />
                      <label htmlFor={id} className="text-sm text-gray-900">
                        {attributeName(option.attribute)}: <span className="text-gray-700">{option.value}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={pending}>
              Check and save label
            </Button>
            {personLabel ? (
              <Button variant="secondary" pending={pending} onClick={() => save(personLabel.attributes)}>
                Use this person&apos;s approved label
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}

      {error ? <Alert tone="error">{error}</Alert> : null}

      <div aria-live="polite" className="space-y-2" data-testid="attribution-result">
        {result ? (
          <>
            <p className="text-sm text-gray-900">
              Label:{" "}
              <strong data-testid="attribution-label">
                {result.ok ? result.label : "none (cannot fit enough people)"}
              </strong>
            </p>
            <p className="text-sm text-gray-700">{result.summary}</p>
            {result.steps.length > 0 ? (
              <div>
                <p className="text-sm font-medium text-gray-900">Why the label changed:</p>
                <ol
                  className="mt-1 list-decimal space-y-0.5 pl-5 text-sm text-gray-800"
                  data-testid="attribution-steps"
                >
                  {result.steps.map((step) => (
                    <li key={`${step.attribute}-${step.label}`}>{step.message}</li>
                  ))}
                </ol>
              </div>
            ) : null}
            {result.ignored.length > 0 ? (
              <ul className="text-sm text-gray-700">
                {result.ignored.map((item) => (
                  <li key={item.attribute}>
                    {attributeName(item.attribute)} was not used: {item.reason}.
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-gray-700">No label chosen yet.</p>
        )}
        {mismatch ? (
          <Alert tone="warning" title="One person, one label">
            This person already has an approved quote labelled ‘{personLabel.label}’. Approval needs the same label
            here.
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
