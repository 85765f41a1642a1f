import type { StripeLook } from "./stripe-bars";

function codeSelector(prefix: string, codeIds: Iterable<number>): string {
  return [...codeIds].map((id) => `${prefix}[data-code-id="${id}"]`).join(", ");
}

/**
 * The stylesheet of the transcript's lens: codes recoloured to stay distinguishable, codes in focus
 * highlighted with the rest of the text dimmed, and the coding picked from a stripe marked.
 */
export function lensStyle(
  looks: ReadonlyMap<number, StripeLook>,
  storedColours: ReadonlyMap<number, string>,
  focused: ReadonlySet<number>,
  selectedKey: string | null,
): string {
  const rules: string[] = [];
  for (const [codeId, look] of looks) {
    // Beats the colour each coding's span carries in its own style attribute.
    if (storedColours.get(codeId)?.toLowerCase() !== look.colour)
      rules.push(`.coding-editor .coding[data-code-id="${codeId}"] { --coding-colour: ${look.colour} !important; }`);
  }
  if (focused.size > 0) {
    rules.push(
      ".coding-editor .turn-text { color: var(--color-gray-500); }",
      ".coding-editor .coding { background-image: none; }",
      `${codeSelector(".coding-editor .coding", focused)} { color: var(--color-gray-900); background-image: linear-gradient(var(--coding-colour), var(--coding-colour)); background-color: color-mix(in srgb, var(--coding-colour) 16%, transparent); }`,
    );
  }
  if (selectedKey !== null && /^[\w:.-]+$/.test(selectedKey)) {
    rules.push(
      `.coding-editor .coding[data-coding-key="${selectedKey}"] { background-color: color-mix(in srgb, var(--coding-colour) 30%, transparent); }`,
    );
  }
  return rules.join("\n");
}
