import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { AgreementChoices } from "@/lib/agreement/agreement-selection";

/** Two GET forms: a round, or two or more coders over chosen documents (all when none is ticked). */
export function AgreementSelectionForm({
  choices,
  roundId,
  coderIds,
  documentIds,
}: {
  choices: AgreementChoices;
  roundId: number | null;
  coderIds: number[];
  documentIds: number[];
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-labelledby="by-round">
        <CardTitle id="by-round">A round</CardTitle>
        <CardDescription>Its coders, on its units and codes.</CardDescription>
        {choices.rounds.length === 0 ? (
          <p className="mt-3 text-sm text-gray-700">No agreement round yet.</p>
        ) : (
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            <Field label="Round" className="min-w-56 flex-1">
              <Select name="round" defaultValue={roundId ? String(roundId) : undefined}>
                {choices.rounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.name} ({round.mode}, {round.status}, {round.coders} coders)
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit">Show agreement</Button>
          </form>
        )}
      </Card>
      <Card aria-labelledby="by-coders">
        <CardTitle id="by-coders">Coders of your choice</CardTitle>
        <CardDescription>Two or more coders over the documents you tick (every document when none is).</CardDescription>
        <form method="get" className="mt-3 space-y-3">
          <fieldset>
            <legend className="text-sm font-medium text-gray-900">Coders</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {choices.coders.map((coder) => (
                <label key={coder.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="coders" value={coder.id} defaultChecked={coderIds.includes(coder.id)} />
                  {coder.name}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium text-gray-900">Documents</legend>
            <div className="mt-1 max-h-40 space-y-1 overflow-y-auto rounded border border-gray-200 p-2">
              {choices.documents.map((document) => (
                <label key={document.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="documents"
                    value={document.id}
                    defaultChecked={documentIds.includes(document.id)}
                  />
                  {document.title}
                  {document.wave ? ` (${document.wave})` : ""}
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit">Compare coders</Button>
        </form>
      </Card>
    </div>
  );
}
