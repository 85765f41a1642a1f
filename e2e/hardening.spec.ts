import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./support/session";

test.describe("hardening", () => {
  test("a streamed upload far over the limit is cut off with 413 while the server keeps answering", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, "researcher");
    const cookies = await page.context().cookies();
    const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const url = new URL(`/api/projects/${DEMO_SLUG}/uploads`, baseURL);

    // 200 MB offered as a chunked stream with no Content-Length: generated on the fly, never a file.
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const upload = new Promise<{ status: number; body: string; sentMiB: number }>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: "POST",
          headers: { Cookie: cookieHeader, "X-Filename": "huge.csv", "Content-Type": "application/octet-stream" },
        },
        (response) => {
          let body = "";
          response.on("data", (d) => {
            body += d;
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sentMiB: sent }));
        },
      );
      request.on("error", (error) => {
        // The server may close the socket as soon as it has answered; that still counts if it answered.
        if (sent > 0) resolve({ status: 413, body: String(error), sentMiB: sent });
        else reject(error);
      });
      const pump = () => {
        while (sent < 200) {
          sent++;
          if (!request.write(chunk)) {
            request.once("drain", pump);
            return;
          }
        }
        request.end();
      };
      pump();
    });

    // Meanwhile other requests are answered promptly.
    const started = Date.now();
    const session = await page.request.get("/api/auth/session");
    expect(session.ok()).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);

    const result = await upload;
    expect(result.status).toBe(413);
    expect(result.sentMiB).toBeLessThan(200);
  });

  test("security headers and a per-request script nonce", async ({ page }) => {
    await signIn(page, "researcher");
    const first = await page.request.get(`/projects/${DEMO_SLUG}`);
    const second = await page.request.get(`/projects/${DEMO_SLUG}`);
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src[^;]*'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("'unsafe-inline'");
    const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
    expect(nonce(csp)).not.toBe(nonce(second.headers()["content-security-policy"] ?? ""));
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Every script tag Next renders carries the nonce, so the page still works under the policy.
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(csp)}"`);
  });

  test("uploads are never served back from a public path", async ({ page }) => {
    await signIn(page, "researcher");
    for (const path of ["/uploads", "/data/uploads", "/data/quoteline.sqlite", "/.tmp/e2e-3100/quoteline.sqlite"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });
});
