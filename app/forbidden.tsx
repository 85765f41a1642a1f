import type { Metadata } from "next";
import { StatusPage } from "@/components/status-page";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage code="403" title="You don't have access to this">
      <p>Your role in this project does not include this page. Ask a project owner if you need it.</p>
    </StatusPage>
  );
}
