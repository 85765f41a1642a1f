import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quoteline", template: "%s · Quoteline" },
  description: "Qualitative coding of focus-group transcripts and free-text survey answers.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 font-medium text-accent-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to main content
        </a>
        {children}
        <Toaster position="bottom-right" closeButton />
      </body>
    </html>
  );
}
