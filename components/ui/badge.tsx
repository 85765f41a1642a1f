import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-gray-100 text-gray-800 ring-gray-300",
  accent: "bg-accent-50 text-accent-900 ring-accent-200",
  success: "bg-green-50 text-green-900 ring-green-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  danger: "bg-red-50 text-red-900 ring-red-200",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ className, tone = "neutral", ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
        className,
      )}
      {...props}
    />
  );
}
