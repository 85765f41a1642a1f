import { describe, expect, it } from "vitest";
import { clientThrottleKey, DIRECT_CLIENT_KEY } from "./client-throttle-key";

describe("clientThrottleKey", () => {
  it("shares one bucket when no trusted proxy vouches for X-Forwarded-For", () => {
    expect(clientThrottleKey({ "x-forwarded-for": "203.0.113.7" }, false)).toBe(DIRECT_CLIENT_KEY);
    expect(clientThrottleKey(new Headers({ "X-Forwarded-For": "198.51.100.1" }), false)).toBe(DIRECT_CLIENT_KEY);
  });

  it("behind a trusted proxy, keys by the first hop", () => {
    expect(clientThrottleKey({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" }, true)).toBe("client:203.0.113.7");
    expect(clientThrottleKey(new Headers({ "X-Forwarded-For": " 198.51.100.1 " }), true)).toBe("client:198.51.100.1");
    expect(clientThrottleKey({ "x-forwarded-for": "::ffff:192.0.2.5" }, true)).toBe("client:192.0.2.5");
  });

  it("keys IPv6 by its /64, so one subscriber cannot rotate through its own addresses", () => {
    const a = clientThrottleKey({ "x-forwarded-for": "2001:db8:aa:1::1" }, true);
    const b = clientThrottleKey({ "x-forwarded-for": "2001:DB8:AA:1:ffff:ffff:ffff:fffe" }, true);
    expect(a).toBe("client:2001:db8:aa:1::/64");
    expect(b).toBe(a);
    expect(clientThrottleKey({ "x-forwarded-for": "2001:db8:aa:2::1" }, true)).not.toBe(a);
    expect(clientThrottleKey({ "x-forwarded-for": "::1" }, true)).toBe("client:0:0:0:0::/64");
    expect(clientThrottleKey({ "x-forwarded-for": "fe80::1%eth0" }, true)).toBe("client:fe80:0:0:0::/64");
  });

  it("anything that is not an address falls into one 'unknown' bucket", () => {
    for (const value of ["", "unknown", "1.2.3", "1::2::3", "client:1.2.3.4", "<script>", "x".repeat(500)]) {
      expect(clientThrottleKey({ "x-forwarded-for": value }, true), value).toBe("client:unknown");
    }
    expect(clientThrottleKey({}, true)).toBe("client:unknown");
  });
});
