import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { getStaff } from "@/lib/auth/staff";
import { signIn } from "../actions";

export const metadata: Metadata = { title: "Sign in for reviewers", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function StaffSignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = typeof next === "string" && /^\/staff(\/[\w\-/]*)?$/.test(next) ? next : "/staff";
  if (await getStaff()) redirect(target);
  return (
    <div>
      <h1 className="mb-4 text-3xl">Sign in for reviewers</h1>
      <p className="mb-6 max-w-2xl">
        For the people who review feedback, applications and expressions of interest. You do not need an account to
        give feedback or apply.
      </p>
      <SignInForm action={signIn} next={target} />
    </div>
  );
}
