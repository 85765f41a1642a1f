"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { closeRound } from "../actions";

/** Closes the round after a confirmation; closing a blind round shows every coder everyone's codings. */
export function CloseRoundButton({
  projectSlug,
  roundId,
  blind,
}: {
  projectSlug: string;
  roundId: number;
  blind: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onClick() {
    const question = blind
      ? "Close the round? Its coders will then see each other's codings on its units."
      : "Close the round?";
    if (!window.confirm(question)) return;
    startTransition(async () => {
      const result = await closeRound({ projectSlug, roundId });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success("Round closed");
      router.refresh();
    });
  }
  return (
    <Button type="button" onClick={onClick} pending={pending}>
      Close round
    </Button>
  );
}
