"use client";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { attributeLabel } from "@/lib/attributes/attribute-label";

export interface AnswerGridFiltersProps {
  attributeNames: string[];
  /** The values each attribute takes among the answers, sorted. */
  valueOptions: string[][];
  values: string[];
  onValues: (values: string[]) => void;
  uncodedOnly: boolean;
  onUncodedOnly: (uncodedOnly: boolean) => void;
}

/** Narrow the answers by respondent attributes, or to the uncoded ones. */
export function AnswerGridFilters({
  attributeNames,
  valueOptions,
  values,
  onValues,
  uncodedOnly,
  onUncodedOnly,
}: AnswerGridFiltersProps) {
  const filtered = values.some(Boolean) || uncodedOnly;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      aria-label="Filter answers"
      onSubmit={(event) => event.preventDefault()}
    >
      {attributeNames.map((name, column) => (
        <div key={name} className="space-y-1.5">
          <Label htmlFor={`grid-filter-${column}`}>{attributeLabel(name)}</Label>
          <Select
            id={`grid-filter-${column}`}
            value={values[column]}
            wrapperClassName="w-44"
            onChange={(event) => {
              const next = [...values];
              next[column] = event.target.value;
              onValues(next);
            }}
          >
            <option value="">All</option>
            {valueOptions[column].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <label className="flex min-h-9 items-center gap-2 text-sm font-medium text-gray-800">
        <input
          type="checkbox"
          className="size-4 accent-accent-700"
          checked={uncodedOnly}
          onChange={(event) => onUncodedOnly(event.target.checked)}
        />
        Uncoded only
      </label>
      {filtered ? (
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            onValues(attributeNames.map(() => ""));
            onUncodedOnly(false);
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
