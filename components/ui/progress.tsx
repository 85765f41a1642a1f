"use client";

import { Progress as ProgressPrimitive } from "radix-ui";
import { cn } from "./cn";

export interface ProgressProps {
  /** 0–100; null while the amount of work is not known yet. */
  value: number | null;
  label: string;
  className?: string;
}

/** A progress bar with a visible label and percentage; assistive technology reads aria-valuenow. */
export function Progress({ value, label, className }: ProgressProps) {
  const clamped = value === null ? null : Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span className="font-medium text-gray-800">{label}</span>
        <span className="text-gray-700 tabular-nums" aria-hidden="true">
          {clamped === null ? "Working…" : `${clamped}%`}
        </span>
      </div>
      <ProgressPrimitive.Root
        value={clamped}
        max={100}
        aria-label={label}
        aria-valuetext={clamped === null ? "Working" : `${clamped}%`}
        className="relative h-2.5 w-full overflow-hidden rounded-full bg-gray-200"
      >
        <ProgressPrimitive.Indicator
          className={cn(
            "h-full bg-accent-700 transition-[width] duration-300",
            clamped === null && "w-1/3 animate-pulse",
          )}
          style={clamped === null ? undefined : { width: `${clamped}%` }}
        />
      </ProgressPrimitive.Root>
    </div>
  );
}
