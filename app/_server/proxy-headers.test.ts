import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

describe("proxy security headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends HSTS only when the app is served over https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://quoteline.example.org");
    const secure = proxy(new NextRequest("https://quoteline.example.org/projects"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const plain = proxy(new NextRequest("http://localhost:3000/projects"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
