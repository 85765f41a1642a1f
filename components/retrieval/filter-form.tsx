"use client";

import Form from "next/form";
import type { ReactNode } from "react";

/**
 * A GET form that navigates on the client and re-submits whenever a filter changes, so counts
 * follow the filters at once; its submit button still works without JavaScript.
 */
export function FilterForm({
  action,
  label,
  children,
  className,
}: {
  action: string;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Form
      action={action}
      replace
      scroll={false}
      aria-label={label}
      className={className}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.type === "text" || target.type === "search") return;
        // Controls that send the form themselves once their part is complete (the code query builder).
        if (target.dataset?.manualSubmit !== undefined) return;
        event.currentTarget.requestSubmit();
      }}
    >
      {children}
    </Form>
  );
}
