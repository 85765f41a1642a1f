import Link from "next/link";
import { buttonClasses } from "./ui/button";
import { cn } from "./ui/cn";

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Builds the address of a page, keeping the other filters. */
  hrefFor: (page: number) => string;
  label: string;
}

export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-gray-700">
        Page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={buttonClasses("secondary", "sm")} rel="prev">
            Previous page
          </Link>
        ) : (
          <span
            className={cn(buttonClasses("secondary", "sm"), "cursor-not-allowed text-gray-500")}
            aria-disabled="true"
          >
            Previous page
          </span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={buttonClasses("secondary", "sm")} rel="next">
            Next page
          </Link>
        ) : (
          <span
            className={cn(buttonClasses("secondary", "sm"), "cursor-not-allowed text-gray-500")}
            aria-disabled="true"
          >
            Next page
          </span>
        )}
      </div>
    </nav>
  );
}
