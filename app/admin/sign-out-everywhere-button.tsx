"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";

export function SignOutEverywhereButton({ userId, email }: { userId: number; email: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      pending={pending}
      aria-label={`Sign out everywhere: ${email}`}
      onClick={() =>
        startTransition(async () => {
          const result = await signOutEverywhereAction({ userId });
          if (result.ok) toast.success(`${email} is signed out everywhere`);
          else toast.error(result.error.message);
        })
      }
    >
      Sign out everywhere
    </Button>
  );
}
