import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { StaffNav } from "@/components/staff/staff-nav";
import { Notice } from "@/components/ui/notice";
import { listStaff } from "@/db/marketplace/staff";
import { requireStaff } from "@/db/auth/staff";
import { inviteStaffAction, removeStaffAction, revokeInvitationAction } from "../marketplace-actions";

export const metadata: Metadata = { title: "Reviewers and admins", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Admins only: who reviews, open invitations, invite and remove. */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff({ role: "admin", returnTo: "/staff/people" });
  const sp = await searchParams;
  const { people, invitations } = listStaff({ userId: staff.id, email: staff.email, name: staff.name, role: staff.role });
  const notice = sp.invited
    ? `Invitation sent to ${sp.invited}. The link in it works for 7 days.`
    : sp.removed
      ? `${sp.removed} is no longer a reviewer or admin, and has been signed out.`
      : sp.revoked
        ? "Invitation withdrawn: its link no longer works."
        : undefined;
  return (
    <div>
      <StaffNav staff={staff} />
      {notice ? <Notice className="mb-4">{notice}</Notice> : null}
      <h1 className="text-3xl">Reviewers and admins</h1>
      <p className="mt-2 max-w-3xl">
        Reviewers decide on marketplace submissions and claims and answer feedback and applications. Admins can also invite and remove people here.
      </p>

      <section aria-labelledby="invite" className="mt-6 max-w-2xl rounded border-2 border-brand-700 p-4">
        <h2 id="invite" className="mb-3 text-2xl">
          Invite someone
        </h2>
        <ActionForm
          action={inviteStaffAction}
          submitLabel="Send invitation"
          fields={[
            { name: "email", label: "Email address", type: "email", autoComplete: "off", hint: "We email them a link to choose a password." },
            {
              name: "role",
              label: "Role",
              type: "radios",
              defaultValue: "reviewer",
              options: [
                { value: "reviewer", label: "Reviewer" },
                { value: "admin", label: "Admin", hint: "Also invites and removes reviewers and admins." },
              ],
            },
          ]}
        />
      </section>

      <section aria-labelledby="people" className="mt-8">
        <h2 id="people" className="text-2xl">
          People ({people.length})
        </h2>
        <ul className="mt-3 space-y-4">
          {people.map((p) => (
            <li key={p.id} className="rounded border border-line p-3">
              <p>
                <strong>{p.name}</strong> · {p.email} · {p.role === "admin" ? "Admin" : "Reviewer"}
                {p.id === staff.id ? " (you)" : ""}
              </p>
              {p.id !== staff.id ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-brand-700">Remove {p.email}</summary>
                  <div className="mt-2">
                    <ActionForm
                      action={removeStaffAction.bind(null, p.id)}
                      submitLabel={`Remove ${p.email}`}
                      fields={[
                        {
                          name: "confirm",
                          label: "Confirm",
                          type: "checkboxes",
                          options: [{ value: "yes", label: `${p.email} loses the ${p.role} role and is signed out; their account stays` }],
                        },
                      ]}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-invitations" className="mt-8">
        <h2 id="open-invitations" className="text-2xl">
          Open invitations ({invitations.length})
        </h2>
        {invitations.length === 0 ? <p className="mt-2">None.</p> : null}
        <ul className="mt-3 space-y-3">
          {invitations.map((i) => (
            <li key={i.id} className="rounded border border-line p-3">
              <p>
                {i.email} as {i.role}, sent {i.createdAt.slice(0, 10)}
                {i.expired ? " (expired: invite again to send a new link)" : `, works until ${i.expiresAt.slice(0, 10)}`}
              </p>
              <ActionForm action={revokeInvitationAction.bind(null, i.id)} submitLabel={`Withdraw the invitation of ${i.email}`} fields={[]} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
