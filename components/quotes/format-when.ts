/** A moment as the app shows it, in UK time whatever the server's zone: "9 Jul 2025, 14:05". */
export function formatWhen(value: Date | string): string {
  return new Date(value).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });
}
