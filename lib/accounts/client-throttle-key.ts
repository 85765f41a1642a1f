/** The bucket every client shares when no trusted proxy says who the client is. */
export const DIRECT_CLIENT_KEY = "client:direct";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** An IPv6 address as its /64 network (one subscriber usually holds a whole /64), else null. */
function ipv6Network(address: string): string | null {
  const [head, tail, ...rest] = address.split("::");
  if (rest.length > 0) return null;
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * The key a sign-in attempt counts against in login_throttles, besides its email.
 * Note: Next fills X-Forwarded-For from the socket only when the request lacks one, so a client
 * talking to the app directly can write any address there. Only when QUOTELINE_TRUSTED_PROXY says a
 * proxy in front overwrites the header is its first hop the client; otherwise every client shares
 * one bucket (a site-wide limit on failed sign-ins).
 */
export function clientThrottleKey(headers: HeaderBag, trustedProxy: boolean): string {
  if (!trustedProxy) return DIRECT_CLIENT_KEY;
  const first = (header(headers, "x-forwarded-for") ?? "").split(",")[0].trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(first)?.[1];
  const address = mapped ?? first;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(address)) return `client:${address}`;
  const network = address.includes(":") ? ipv6Network(address.replace(/%.*$/, "")) : null;
  return network ? `client:${network}` : "client:unknown";
}
