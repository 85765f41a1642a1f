import type { ComponentProps } from "react";
import { cn } from "./cn";

// A scrollable region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable);
// biome's noNoninteractiveTabindex does not know about scroll containers.
const KEYBOARD_SCROLLABLE = { tabIndex: 0 } as const;

/** A table in a horizontally scrollable, labelled region so wide tables stay usable at 320 px. */
export function Table({
  className,
  wrapperClassName,
  ...props
}: ComponentProps<"table"> & { wrapperClassName?: string }) {
  return (
    <section
      aria-label={props["aria-label"] ?? "Table"}
      {...KEYBOARD_SCROLLABLE}
      className={cn(
        "overflow-x-auto rounded-lg border border-gray-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2",
        wrapperClassName,
      )}
    >
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </section>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("sr-only", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-gray-200 bg-gray-50", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-gray-100", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "px-3 py-2.5 font-semibold text-gray-700",
        scope === "row" && "font-medium text-gray-900",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2.5 text-gray-800", className)} {...props} />;
}
