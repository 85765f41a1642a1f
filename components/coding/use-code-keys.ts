"use client";

import { useCallback, useMemo, useState } from "react";
import { toast } from "sonner";
import { pinCodeToKey, unpinKey } from "@/app/projects/[slug]/code-keys/actions";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import type { PickerCode } from "./code-picker";

/** The coder's pinned keys on a coding page: which code each digit applies, and pinning from here. */
export function useCodeKeys(projectSlug: string, initial: readonly CodeKey[], codes: readonly PickerCode[]) {
  const [keys, setKeys] = useState<readonly CodeKey[]>(initial);
  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const codeAt = useCallback(
    (digit: number): PickerCode | null => {
      const entry = keys.find((candidate) => candidate.key === digit);
      return entry ? (codeById.get(entry.codeId) ?? null) : null;
    },
    [keys, codeById],
  );
  const keyOf = useMemo(() => new Map(keys.map((entry) => [entry.codeId, entry.key])), [keys]);

  const pin = useCallback(
    async (codeId: number, key: number) => {
      const name = codeById.get(codeId)?.name ?? "The code";
      const result = await pinCodeToKey({ projectSlug, codeId, key });
      if (!result.ok) {
        toast.error(`${name} was not pinned: ${result.error.message}`);
        return false;
      }
      setKeys(result.data);
      toast.success(`${name} is on key ${key}.`);
      return true;
    },
    [projectSlug, codeById],
  );

  const unpin = useCallback(
    async (key: number) => {
      const result = await unpinKey({ projectSlug, key });
      if (!result.ok) {
        toast.error(`Key ${key} was not freed: ${result.error.message}`);
        return false;
      }
      setKeys(result.data);
      return true;
    },
    [projectSlug],
  );

  return { keys, codeAt, keyOf, pin, unpin };
}

export type CodeKeys = ReturnType<typeof useCodeKeys>;
