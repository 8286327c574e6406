import { redirect } from "next/navigation";
import { signInRedirect } from "@/lib/auth/sign-in-redirect";

/** Old address: the one sign-in page is /sign-in. */
export default async function VendorSignIn({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  redirect(signInRedirect(await searchParams));
}
