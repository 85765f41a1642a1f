/** The key to hidden cells, shown under every table that may hold them. */
export function SuppressionNote({ threshold }: { threshold: number }) {
  return (
    <p className="mt-2 text-xs text-gray-700">
      Counts from 1 to {threshold - 1} are shown as “&lt;{threshold}”; “[c]” marks a figure hidden so that a hidden
      count cannot be worked out from a total. Shares are hidden with either of their counts.
    </p>
  );
}
