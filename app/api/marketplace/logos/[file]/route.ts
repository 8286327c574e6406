import { readLogo } from "@/db/marketplace/uploads";

/** Serves an uploaded logo from UPLOAD_DIR with a fixed image type and no sniffing. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const logo = await readLogo((await params).file);
  if (!logo) return Response.json({ error: "No such logo" }, { status: 404 });
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      "Content-Type": logo.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
      "Cache-Control": "public, max-age=86400, immutable",
    },
  });
}
