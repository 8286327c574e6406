import type { Metadata } from "next";
import { ConfirmationPanel } from "@/components/forms/confirmation-panel";
import { APPLICATION_SENT } from "@/components/involvement/contributor-form";

export const metadata: Metadata = { title: "Application sent", robots: { index: false } };

/** Where the contributor form lands when it was sent without JavaScript. */
export default function ApplicationSentPage() {
  return (
    <div>
      <h1 className="text-3xl">Become a contributor</h1>
      <div className="mt-6">
        <ConfirmationPanel title="Application sent">
          <p>{APPLICATION_SENT}</p>
        </ConfirmationPanel>
      </div>
      <p>
        <a href="/get-involved">Back to Get involved</a>
      </p>
    </div>
  );
}
