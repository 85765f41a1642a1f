"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AttributeWithValues } from "@/lib/attribute-values/list-attribute-values";
import { numericOrder } from "@/lib/attribute-values/value-order";
import { mergeAttributeValueAction, orderAttributeValuesAction } from "./actions";

const NEW_VALUE = "\u0000new";

/** One attribute's values with counts: merge a spelling into another value, and set their order. */
export function AttributeValuesEditor({
  projectSlug,
  attribute,
  heading,
}: {
  projectSlug: string;
  attribute: AttributeWithValues;
  heading: string;
}) {
  const [order, setOrder] = useState(attribute.values.map((v) => v.value));
  const [into, setInto] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const key = `attribute-${attribute.attributeId}`;
  const byValue = new Map(attribute.values.map((v) => [v.value, v]));
  const rows = order.filter((value) => byValue.has(value)).map((value) => byValue.get(value)!);

  function move(index: number, by: number) {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    setOrder(next);
  }

  function saveOrder(values: string[]) {
    setError(null);
    startTransition(async () => {
      const result = await orderAttributeValuesAction({ projectSlug, attributeId: attribute.attributeId, values });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setOrder(result.data.values);
      toast.success(`Order of ${heading} saved for every breakdown`);
    });
  }

  function onMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get("from") ?? "");
    const chosen = String(form.get("into") ?? "");
    const target = chosen === NEW_VALUE ? String(form.get("newValue") ?? "") : chosen;
    setError(null);
    startTransition(async () => {
      const result = await mergeAttributeValueAction({
        projectSlug,
        attributeId: attribute.attributeId,
        from,
        into: target,
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setOrder((current) => current.filter((value) => value !== result.data.from));
      toast.success(
        `‘${result.data.from}’ merged into ‘${result.data.into}’ (${result.data.respondents + result.data.participants} people)`,
      );
    });
  }

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Table>
        <TableCaption>
          {heading}: each value with how many respondents and participants have it, in the order breakdowns list them
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Value</TableHead>
            <TableHead className="text-right">Respondents</TableHead>
            <TableHead className="text-right">Participants</TableHead>
            <TableHead>Also read as this</TableHead>
            <TableHead>Order</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={row.value} data-testid={`${key}-value`}>
              <TableHead scope="row">{row.value}</TableHead>
              <TableCell className="text-right tabular-nums">{row.respondents.toLocaleString("en-GB")}</TableCell>
              <TableCell className="text-right tabular-nums">{row.participants}</TableCell>
              <TableCell>{row.aliases.length ? row.aliases.map((alias) => `‘${alias}’`).join(", ") : "–"}</TableCell>
              <TableCell>
                <span className="flex gap-1">
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Move ${row.value} up`}
                    disabled={index === 0 || pending}
                    onClick={() => move(index, -1)}
                  >
                    <ArrowUp className="size-4" aria-hidden="true" />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Move ${row.value} down`}
                    disabled={index === rows.length - 1 || pending}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDown className="size-4" aria-hidden="true" />
                  </Button>
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" pending={pending} onClick={() => saveOrder(rows.map((r) => r.value))}>
          Save this order
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => saveOrder(numericOrder(rows.map((r) => r.value)))}
        >
          Order by number (0–2, 3–5, 6–10, 11+)
        </Button>
        {attribute.ordered ? (
          <Button type="button" variant="ghost" disabled={pending} onClick={() => saveOrder([])}>
            Back to alphabetical order
          </Button>
        ) : null}
      </div>
      {rows.length > 1 ? (
        <form onSubmit={onMerge} className="flex flex-wrap items-end gap-3" aria-label={`Merge values of ${heading}`}>
          <div className="space-y-1.5">
            <Label htmlFor={`${key}-from`}>Merge</Label>
            <Select id={`${key}-from`} name="from" wrapperClassName="w-48">
              {rows.map((row) => (
                <option key={row.value} value={row.value}>
                  {row.value}
                </option>
              ))}
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor={`${key}-into`}>into</Label>
            <Select
              id={`${key}-into`}
              name="into"
              wrapperClassName="w-48"
              value={into}
              onChange={(event) => setInto(event.target.value)}
            >
              <option value="">Choose a value</option>
              {rows.map((row) => (
                <option key={row.value} value={row.value}>
                  {row.value}
                </option>
              ))}
              <option value={NEW_VALUE}>New value…</option>
            </Select>
          </div>
          {into === NEW_VALUE ? (
            <div className="space-y-1.5">
              <Label htmlFor={`${key}-new`}>New value</Label>
              <Input id={`${key}-new`} name="newValue" className="w-48" required />
            </div>
          ) : null}
          <Button type="submit" pending={pending} disabled={!into}>
            Merge
          </Button>
        </form>
      ) : null}
    </div>
  );
}
