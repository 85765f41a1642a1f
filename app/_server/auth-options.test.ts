import { afterEach, describe, expect, it, vi } from "vitest";

async function loadOptions(url: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.stubEnv("NEXTAUTH_SECRET", "test-secret");
  return import("./auth-options");
}

describe("session cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are Secure, with the __Secure- prefix, when NEXTAUTH_URL is https", async () => {
    const options = await loadOptions("https://quoteline.example.org");
    expect(options.authOptions.useSecureCookies).toBe(true);
    expect(options.SESSION_COOKIE_NAME).toBe("__Secure-next-auth.session-token");
  });

  it("are plain on http (local use, the e2e server)", async () => {
    const options = await loadOptions("http://localhost:3000");
    expect(options.authOptions.useSecureCookies).toBe(false);
    expect(options.SESSION_COOKIE_NAME).toBe("next-auth.session-token");
  });
});
