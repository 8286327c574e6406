import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "GovStack Portal", template: "%s · GovStack Portal" },
  description: "Specifications, a live sandbox and a product marketplace for the GovStack Building Block approach to digital government.",
  // Social previews need absolute URLs; the portal's public address is the one accounts use.
  metadataBase: new URL(process.env.BETTER_AUTH_URL ?? "http://localhost:3000"),
  openGraph: {
    siteName: "GovStack Portal",
    type: "website",
    images: [{ url: "/social-preview.png", width: 1200, height: 630, alt: "GovStack Portal: Building Blocks for digital government" }],
  },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader />
        <PhaseBanner />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
