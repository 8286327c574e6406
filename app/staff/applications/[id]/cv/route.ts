import { getApplication } from "@/db/applications";
import { getStaff } from "@/db/auth/staff";
import { openUpload } from "@/lib/involvement/uploads";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** Streams an applicant's CV to signed-in reviewers and admins; everyone else gets a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getStaff();
  if (!staff) return notFound();
  const application = getApplication(staff, (await params).id);
  if (!application) return notFound();
  const file = await openUpload(application.cvFile);
  if (!file) return notFound();
  const asciiName = application.cvOriginalName.replace(/[^\x20-\x7e]/g, "_").replace(/[";\\]/g, "_");
  return new Response(file.body, {
    headers: {
      "Content-Type": application.cvMime,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(application.cvOriginalName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}
