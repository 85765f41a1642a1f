"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutOtherSessionsAction } from "./actions";

export function SignOutOtherSessions() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onClick() {
    setMessage(null);
    startTransition(async () => {
      const result = await signOutOtherSessionsAction({ confirm: true });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        toast.error(result.error.message);
        return;
      }
      setMessage({ tone: "success", text: "Every other session is signed out. This one stays signed in." });
      toast.success("Other sessions signed out");
    });
  }

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="button" variant="secondary" pending={pending} onClick={onClick}>
        Sign out of other sessions
      </Button>
    </div>
  );
}
