/** The pages that share one key map: the same digits mean the same codes on each. */
export type KeyMapPage = "transcript" | "grid" | "search";

export interface KeyEntry {
  keys: string[];
  does: string;
}

export interface KeyGroup {
  title: string;
  entries: KeyEntry[];
}

const CODING: KeyGroup = {
  title: "Coding",
  entries: [
    { keys: ["1", "…", "9"], does: "Apply the code pinned to that key (shown in the key strip)" },
    { keys: ["C"], does: "Open the code picker for the selection" },
  ],
};

const PICKER: KeyGroup = {
  title: "In the code picker",
  entries: [
    { keys: ["↑", "↓", "Enter"], does: "Choose a code and apply it" },
    { keys: ["1", "…", "9"], does: "Apply the pinned code at once" },
    { keys: ["Alt", "1…9"], does: "Pin the highlighted code to that key" },
    { keys: ["Space"], does: "Pick several codes (Shift+Enter too)" },
    { keys: ["Esc"], does: "Close without coding" },
  ],
};

const UNDO: KeyEntry[] = [
  { keys: ["Ctrl", "Z"], does: "Undo the last coding action" },
  { keys: ["Ctrl", "Shift", "Z"], does: "Redo it (Ctrl+Y too)" },
];

const HELP: KeyEntry = { keys: ["?"], does: "Show these keys" };

/** Every key of a page, grouped, for the "?" overlay; coding keys only for roles that code. */
export function keyMapFor(page: KeyMapPage, canCode: boolean): KeyGroup[] {
  const groups: KeyGroup[] = [];
  if (page === "transcript") {
    groups.push({
      title: "Moving and selecting",
      entries: [
        { keys: ["←", "→", "↑", "↓"], does: "Move the caret (Ctrl+← → by word)" },
        { keys: ["Home", "End"], does: "To the start or end of the turn (with Ctrl, of the transcript)" },
        { keys: ["Shift", "arrows"], does: "Select text" },
        { keys: ["T"], does: "Select the whole turn" },
        { keys: ["Esc"], does: "Clear the selection" },
        { keys: ["Enter"], does: "On coded text with no selection: list its codings" },
        { keys: ["Alt", "drag"], does: "Select with the mouse without snapping to whole words" },
      ],
    });
  } else if (page === "grid") {
    groups.push({
      title: "Moving",
      entries: [
        { keys: ["↑", "↓"], does: "Previous or next answer (J and K too)" },
        { keys: ["Home", "End"], does: "First or last answer" },
        { keys: ["Alt", "drag"], does: "Select words without snapping to whole words" },
      ],
    });
  } else {
    groups.push({
      title: "Moving",
      entries: [
        { keys: ["↑", "↓"], does: "Previous or next hit (J and K too)" },
        { keys: ["Enter"], does: "Open the hit where it is" },
      ],
    });
  }
  if (canCode) {
    const coding =
      page === "search"
        ? {
            ...CODING,
            entries: [{ ...CODING.entries[0], does: `${CODING.entries[0].does}, to the hit's whole turn or answer` }],
          }
        : page === "grid"
          ? {
              ...CODING,
              entries: [
                { ...CODING.entries[0], does: `${CODING.entries[0].does}, to the selection or the whole answer` },
                CODING.entries[1],
              ],
            }
          : CODING;
    groups.push(coding);
    if (page !== "search") groups.push(PICKER);
    groups.push({ title: "Undo", entries: UNDO });
  }
  groups.push({ title: "Help", entries: [HELP] });
  return groups;
}

/** The digit 1–9 a key press means, or null (modifiers other than Shift make it something else). */
export function digitOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
}

/** Whether a key press was typed into a field (not a page shortcut). */
export function typedInField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest?.("input, textarea, select, [cmdk-input]"));
}
