import type { CodingParticipant } from "@/lib/coding/get-transcript-for-coding";

/** A participant's name and attributes, for the speaker tooltip and the side panel. */
export function ParticipantFacts({ participant }: { participant: CodingParticipant }) {
  const entries = Object.entries(participant.attributes);
  return (
    <div>
      <p className="font-semibold">{participant.name}</p>
      {entries.length === 0 ? (
        <p>No attributes recorded.</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {entries.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="capitalize opacity-80">{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
