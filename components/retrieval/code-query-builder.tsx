"use client";

import { Plus, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  CODE_QUERY_OPERATOR_HINTS,
  CODE_QUERY_OPERATOR_LABELS,
  CODE_QUERY_OPERATORS,
  type CodeQueryJoin,
  type CodeQueryOperator,
  MAX_CODE_QUERY_JOINS,
} from "@/lib/retrieval/code-query";

export interface CodeChoice {
  id: number;
  name: string;
  depth: number;
  archived: boolean;
}

interface Row {
  key: number;
  operator: CodeQueryOperator;
  codeId: string;
}

function CodeOptions({ codes }: { codes: readonly CodeChoice[] }) {
  return (
    <>
      <option value="">Choose a code…</option>
      {codes.map((code) => (
        <option key={code.id} value={code.id}>
          {`${"\u2003".repeat(code.depth)}${code.name}${code.archived ? " (archived)" : ""}`}
        </option>
      ))}
    </>
  );
}

/**
 * The code query builder in the retrieval filters: a first code, then up to five more, each joined to
 * what comes before by AND, OR, AND NOT or NEAR (read left to right). Native selects and buttons, so
 * it works with the keyboard alone. Joined codes travel as `join=<operator>.<code id>`; the form is
 * sent once a row is complete, not on every change of its selects.
 */
export function CodeQueryBuilder({
  codes,
  codeId,
  joins,
}: {
  codes: readonly CodeChoice[];
  codeId: number | null;
  joins: readonly CodeQueryJoin[];
}) {
  const nextKey = useRef(joins.length);
  const [rows, setRows] = useState<Row[]>(() =>
    joins.map((join, index) => ({ key: index, operator: join.operator, codeId: String(join.codeId) })),
  );
  const [sendCount, setSendCount] = useState(0);
  const anchor = useRef<HTMLDivElement>(null);
  const send = () => setSendCount((count) => count + 1);

  useEffect(() => {
    if (sendCount > 0) anchor.current?.closest("form")?.requestSubmit();
  }, [sendCount]);

  const update = (key: number, change: Partial<Row>) => {
    const row = rows.find((candidate) => candidate.key === key);
    setRows((current) => current.map((candidate) => (candidate.key === key ? { ...candidate, ...change } : candidate)));
    if ((change.codeId ?? row?.codeId) !== "") send();
  };

  return (
    <div ref={anchor} className="space-y-3" data-testid="code-query-builder">
      <div className="space-y-1.5">
        <Label htmlFor="retrieval-code">Code</Label>
        <Select id="retrieval-code" name="code" defaultValue={codeId === null ? "" : String(codeId)}>
          <CodeOptions codes={codes} />
        </Select>
      </div>
      {rows.map((row, index) => {
        const number = index + 2;
        const complete = row.codeId !== "";
        return (
          <fieldset key={row.key} className="space-y-1.5 rounded-md border border-gray-200 p-2">
            <legend className="px-1 text-xs font-semibold text-gray-700">Code {number}</legend>
            <div className="flex items-end gap-2">
              <div className="space-y-1">
                <Label htmlFor={`join-operator-${row.key}`}>Join code {number} by</Label>
                <Select
                  id={`join-operator-${row.key}`}
                  value={row.operator}
                  data-manual-submit=""
                  aria-describedby={`join-hint-${row.key}`}
                  onChange={(event) => update(row.key, { operator: event.target.value as CodeQueryOperator })}
                >
                  {CODE_QUERY_OPERATORS.map((operator) => (
                    <option key={operator} value={operator}>
                      {CODE_QUERY_OPERATOR_LABELS[operator]}
                    </option>
                  ))}
                </Select>
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Remove code ${number}`}
                onClick={() => {
                  setRows((current) => current.filter((candidate) => candidate.key !== row.key));
                  if (complete) send();
                }}
              >
                <X className="size-4" aria-hidden="true" />
              </Button>
            </div>
            <p id={`join-hint-${row.key}`} className="text-xs text-gray-700">
              {CODE_QUERY_OPERATOR_HINTS[row.operator]}
            </p>
            <div className="space-y-1">
              <Label htmlFor={`join-code-${row.key}`}>Code {number}</Label>
              <Select
                id={`join-code-${row.key}`}
                value={row.codeId}
                data-manual-submit=""
                onChange={(event) => update(row.key, { codeId: event.target.value })}
              >
                <CodeOptions codes={codes} />
              </Select>
            </div>
            {complete ? <input type="hidden" name="join" value={`${row.operator}.${row.codeId}`} /> : null}
          </fieldset>
        );
      })}
      {rows.length < MAX_CODE_QUERY_JOINS ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => {
            const key = nextKey.current++;
            setRows((current) => [...current, { key, operator: "and", codeId: "" }]);
            requestAnimationFrame(() => document.getElementById(`join-operator-${key}`)?.focus());
          }}
        >
          <Plus className="size-4" aria-hidden="true" />
          Add a code to the query
        </Button>
      ) : null}
    </div>
  );
}
