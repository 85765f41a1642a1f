import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClasses =
  "block w-full rounded-md border border-gray-300 bg-white px-3 text-base text-gray-900 shadow-xs placeholder:text-gray-500 focus-visible:border-accent-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-700 disabled:bg-gray-100 disabled:text-gray-600 aria-invalid:border-red-700";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(controlClasses, "min-h-9 py-1.5", className)} {...props} />;
}
