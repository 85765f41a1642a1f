import type { Metadata } from "next";
import { StatusPage } from "@/components/status-page";

export const metadata: Metadata = { title: "Page not found" };

// Note: also shown for a project the user is not a member of, so a refusal never reveals that it exists.
export default function NotFound() {
  return (
    <StatusPage code="404" title="Page not found">
      <p>The page you asked for does not exist, or you do not have access to it.</p>
    </StatusPage>
  );
}
