/** "The Big Conversation" → "the-big-conversation.qdpx". */
export function exportFilename(name: string, extension: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "project"}.${extension}`;
}
