import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "./ui/button";

/** The bare page for refusals and missing pages: no shell, so it reveals nothing about the project. */
export function StatusPage({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-accent-800">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
      <div className="mt-3 text-gray-700">{children}</div>
      <div className="mt-6">
        <Link href="/" className={buttonClasses("secondary")}>
          Go to your projects
        </Link>
      </div>
    </main>
  );
}
