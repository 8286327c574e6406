import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "GovStack Portal", template: "%s · GovStack Portal" },
  description:
    "Specifications, a live sandbox and a product marketplace for the GovStack Building Block approach to digital government.",
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
