// POST /api/uploads — the body is the file itself (so the browser can report upload progress), described by
// headers: X-File-Name (URL-encoded), X-Visibility (PUBLIC | DOCTORS_ONLY, default DOCTORS_ONLY).
// 201 { id, fileName, contentType, sizeBytes, visibility } | 4xx/5xx { error }.

import { readLimitedBody } from "@/lib/attachments/read-limited-body";
import { uploadAttachment } from "@/lib/attachments/upload-attachment";
import { currentActor } from "@/lib/auth/session";
import { HTTP_STATUS, isDomainError } from "@/lib/errors";
import { ZUploadHeaders } from "@/lib/validation/attachment";
import { ATTACHMENT_LIMITS, TOO_LARGE_MESSAGE } from "@/lib/validation/attachment-limits";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const fail = (status: number, error: string) => Response.json({ error }, { status });

export async function POST(request: Request) {
  const headers = ZUploadHeaders.safeParse({
    fileName: request.headers.get("x-file-name") ?? "",
    visibility: request.headers.get("x-visibility") ?? undefined,
    contentLength: request.headers.get("content-length") ?? undefined,
  });
  if (!headers.success) return fail(400, headers.error.issues[0]?.message ?? "The upload request is not valid.");
  if ((headers.data.contentLength ?? 0) > ATTACHMENT_LIMITS.maxBytes) return fail(413, TOO_LARGE_MESSAGE);

  const actor = await currentActor();
  if (!actor) return fail(401, "Sign in to attach files.");

  try {
    const bytes = await readLimitedBody(request.body, ATTACHMENT_LIMITS.maxBytes);
    if (!bytes) return fail(413, TOO_LARGE_MESSAGE);
    const attachment = await uploadAttachment({
      actor,
      fileName: headers.data.fileName,
      bytes,
      visibility: headers.data.visibility,
    });
    return Response.json(attachment, { status: 201 });
  } catch (error) {
    if (isDomainError(error)) return fail(HTTP_STATUS[error.code], error.message);
    console.error("upload failed unexpectedly", { userId: actor.id, fileName: headers.data.fileName, error });
    return fail(500, "The file could not be saved because of a problem on our side. Please try again.");
  }
}
