/** A code's colour as a small dot beside its name. */
export function CodeSwatch({ colour, className = "size-2.5" }: { colour: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block ${className} shrink-0 rounded-full`}
      style={{ backgroundColor: colour }}
    />
  );
}
