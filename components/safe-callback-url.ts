/**
 * A same-site path to return to after signing in.
 * Note: only relative paths are accepted, so a crafted link cannot send a user to another site.
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "/";
  let path = raw;
  try {
    const url = new URL(raw, "http://quoteline.invalid");
    if (url.origin !== "http://quoteline.invalid") return "/";
    path = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/signin")) return "/";
  return path;
}
