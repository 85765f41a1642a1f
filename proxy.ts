import { type NextRequest, NextResponse } from "next/server";

/**
 * Security headers with a fresh script nonce per request. Note: this is not the authorisation
 * boundary; every page, action and route checks the session and role itself.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const development = process.env.NODE_ENV !== "production";
  const policy = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce-carrying bootstrap load its chunks; no 'unsafe-inline' for scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Read per request (not at build, as next.config.js headers are): served over https, browsers must never fall back to http.
  if ((process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://")) {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Uploads stream straight to their route handler (the proxy would buffer the body).
  matcher: ["/((?!api/projects/[^/]+/uploads|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
