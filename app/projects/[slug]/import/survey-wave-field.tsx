"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { RespondentCollision, WaveWithRespondents } from "./import-types";

const count = new Intl.NumberFormat("en-GB");

const CHOICES: { value: RespondentCollision; label: string; hint: string }[] = [
  { value: "skip", label: "Skip them", hint: "keep the answers already stored for those respondents" },
  { value: "replace", label: "Replace them", hint: "use this file's answers for those respondents instead" },
  { value: "stop", label: "Stop", hint: "import nothing if any of them is already in the wave" },
];

export interface SurveyWaveFieldProps {
  wave: string;
  onWaveChange: (wave: string) => void;
  waves: string[];
  wavesWithRespondents: WaveWithRespondents[];
  onCollision: RespondentCollision | null;
  onCollisionChange: (choice: RespondentCollision) => void;
  error: string | null;
}

/**
 * The wave a survey belongs to. A wave that already has respondents takes this file as a further part,
 * matching respondents by id: the researcher sees how many ids collide and chooses what happens to them.
 */
export function SurveyWaveField({
  wave,
  onWaveChange,
  waves,
  wavesWithRespondents,
  onCollision,
  onCollisionChange,
  error,
}: SurveyWaveFieldProps) {
  const baseId = useId();
  const clash = wavesWithRespondents.find((entry) => entry.wave === wave.trim());
  const imported = wavesWithRespondents.map((entry) => entry.wave).join(", ");
  return (
    <div className="max-w-xl space-y-3">
      <Field
        label="Wave"
        hint={`The survey year or round, e.g. 2025${imported ? `; waves with respondents already: ${imported}` : ""}.`}
        error={clash ? null : error}
      >
        <Input
          value={wave}
          onChange={(event) => onWaveChange(event.target.value)}
          list={`${baseId}-waves`}
          required
          autoComplete="off"
        />
      </Field>
      <datalist id={`${baseId}-waves`}>
        {waves.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      {clash ? (
        <fieldset className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="wave-collision">
          <legend className="px-1 font-semibold text-gray-900">Add this file to wave {clash.wave}</legend>
          <p className="text-sm text-gray-800">
            Wave {clash.wave} already has {count.format(clash.respondents)} respondents. This file is added to it,
            matching respondents by their id:{" "}
            {clash.collidingIds === 0
              ? "none of this file's respondent ids is there yet, so every respondent is new."
              : `${count.format(clash.collidingIds)} of this file's respondent ids ${clash.collidingIds === 1 ? "is" : "are"} already there.`}{" "}
            What should happen to respondents the wave already holds?
          </p>
          {CHOICES.map((choice) => (
            <div key={choice.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={`${baseId}-${choice.value}`}
                name={`${baseId}-collision`}
                value={choice.value}
                checked={onCollision === choice.value}
                onChange={() => onCollisionChange(choice.value)}
                className="mt-1 h-4 w-4 accent-blue-700"
              />
              <label htmlFor={`${baseId}-${choice.value}`} className="text-sm text-gray-900">
                <span className="font-medium">{choice.label}</span>: {choice.hint}
              </label>
            </div>
          ))}
          {error ? <Alert tone="error">{error}</Alert> : null}
        </fieldset>
      ) : null}
    </div>
  );
}
