// GET /api/attachments/<id> — the file, if the viewer may open it; 404 otherwise (also for doctors-only files,
// so their existence does not leak). PDFs always download; re-encoded images may show inline.
import { Readable } from "node:stream";
import { getAttachmentFile } from "@/lib/attachments/get-attachment-file";
import { currentActor } from "@/lib/auth/session";
import { HTTP_STATUS, isDomainError } from "@/lib/errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 / RFC 5987). */
function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await getAttachmentFile({ viewer: await currentActor(), attachmentId: id });
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(file.disposition, file.fileName),
        "X-Content-Type-Options": "nosniff",
        // Only what a visitor could open may sit in shared caches; the rest is revalidated on every use.
        "Cache-Control": file.readableByAnyone ? "public, max-age=3600" : "private, max-age=0, must-revalidate",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return Response.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    console.error("serving an attachment failed unexpectedly", { attachmentId: id, error });
    return Response.json({ error: "The file could not be loaded because of a problem on our side." }, { status: 500 });
  }
}
