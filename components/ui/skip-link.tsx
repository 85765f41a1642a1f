"use client";

import type { MouseEvent } from "react";

/**
 * A link seen only when focused that moves the focus straight to a page's work area (the transcript),
 * so the keyboard reaches it in two presses. `target` is a selector for the focusable element.
 */
export function SkipLink({ target, children }: { target: string; children: string }) {
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.querySelector<HTMLElement>(target);
    if (!element) return;
    event.preventDefault();
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "start" });
  };
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link, to #main without script; the script takes the focus further in.
    <a
      href="#main"
      onClick={jump}
      className="sr-only rounded-md bg-white px-4 py-2 font-medium text-accent-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
    >
      {children}
    </a>
  );
}
