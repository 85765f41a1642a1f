"use client";

/** The small "Code (C)" button beside a mouse selection: the picker opens from it, or from C or Enter. */
export function SelectionCodeButton({
  place,
  onCode,
}: {
  place: { top: number; left: number } | null;
  onCode: () => void;
}) {
  if (!place) return null;
  return (
    <button
      type="button"
      data-testid="selection-code-button"
      className="absolute z-20 rounded-md border border-accent-700 bg-white px-2 py-0.5 text-sm font-medium text-accent-900 shadow-md hover:bg-accent-50 focus-visible:outline-2 focus-visible:outline-accent-700"
      style={{ top: place.top, left: place.left }}
      // Keeps the selection (and the editor's focus) as the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onCode}
      aria-keyshortcuts="C"
    >
      Code <kbd className="text-xs text-gray-600">(C)</kbd>
    </button>
  );
}
