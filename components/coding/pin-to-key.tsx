"use client";

import { toast } from "sonner";
import { pinCodeToKey, unpinKey } from "@/app/projects/[slug]/code-keys/actions";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { CodeKey } from "@/lib/codebook/list-code-keys";

const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** "Pin to key" for one code (in the codebook): choosing a taken key moves the code on it off. */
export function PinToKey({
  projectSlug,
  code,
  keys,
  nameOf,
  onKeys,
}: {
  projectSlug: string;
  code: { id: number; name: string };
  keys: readonly CodeKey[];
  nameOf: (codeId: number) => string | undefined;
  onKeys: (keys: CodeKey[]) => void;
}) {
  const current = keys.find((entry) => entry.codeId === code.id)?.key;
  const choose = async (value: string) => {
    const result = value
      ? await pinCodeToKey({ projectSlug, codeId: code.id, key: Number(value) })
      : current
        ? await unpinKey({ projectSlug, key: current })
        : null;
    if (!result) return;
    if (!result.ok) return void toast.error(`Not pinned: ${result.error.message}`);
    onKeys(result.data);
    toast.success(value ? `“${code.name}” is on key ${value}.` : `“${code.name}” is on no key.`);
  };
  return (
    <Field
      label="Pin to key"
      hint="Your digits 1–9 apply pinned codes in transcripts, answer grids and search results. A code already on the key moves off it."
    >
      <Select value={current ? String(current) : ""} onChange={(event) => void choose(event.target.value)}>
        <option value="">No key</option>
        {DIGITS.map((digit) => {
          const holder = keys.find((entry) => entry.key === digit);
          const taken = holder && holder.codeId !== code.id ? ` (now ${nameOf(holder.codeId) ?? "another code"})` : "";
          return (
            <option key={digit} value={digit}>
              {`Key ${digit}${taken}`}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}
