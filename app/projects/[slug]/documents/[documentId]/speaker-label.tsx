"use client";

import { attributeLabel } from "@/components/attribute-label";
import { Tooltip } from "@/components/ui/tooltip";

export interface SpeakerLabelProps {
  speaker: string;
  /** The participant's name when it differs from the speaker label in the file (after a merge). */
  participantName: string | null;
  attributes: Record<string, string> | null;
}

/** The speaker's name; hovering or focusing it shows the participant's attributes. */
export function SpeakerLabel({ speaker, participantName, attributes }: SpeakerLabelProps) {
  const entries = Object.entries(attributes ?? {});
  const content = (
    <div className="space-y-1">
      <p className="font-semibold">{participantName ?? speaker}</p>
      {entries.length === 0 ? (
        <p className="text-gray-200">No attributes recorded.</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {entries.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-gray-200">{attributeLabel(name)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
  return (
    <Tooltip content={content} side="right">
      <button
        type="button"
        className="min-h-6 rounded-sm text-left font-semibold text-accent-900 underline decoration-accent-300 decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-700"
        aria-label={
          entries.length
            ? `${speaker}: ${entries.map(([name, value]) => `${name} ${value}`).join(", ")}`
            : `${speaker}: no attributes recorded`
        }
      >
        {speaker}
      </button>
    </Tooltip>
  );
}
