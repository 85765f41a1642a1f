import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Label({ className, ...props }: ComponentProps<"label">) {
  // biome-ignore lint/a11y/noLabelWithoutControl: callers bind it with htmlFor or by nesting the control.
  return <label className={cn("block text-sm font-medium text-gray-800", className)} {...props} />;
}
