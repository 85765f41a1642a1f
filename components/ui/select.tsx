import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends ComponentProps<"select"> {
  options?: SelectOption[];
  wrapperClassName?: string;
}

/** A native <select>: keyboard, screen reader and mobile behaviour come for free. */
export function Select({ className, wrapperClassName, options, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select className={cn(controlClasses, "min-h-9 appearance-none py-1.5 pr-9", className)} {...props}>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDown
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-gray-600"
        aria-hidden="true"
      />
    </div>
  );
}
