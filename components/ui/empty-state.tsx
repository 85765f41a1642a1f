import type { ReactNode } from "react";
import { cn } from "./cn";

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div className="mb-3 text-gray-500" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <p className="font-semibold text-gray-900">{title}</p>
      {description ? <div className="mt-1 max-w-prose text-sm text-gray-600">{description}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
