// GET    /api/doctors/<id>/photo — the doctor's profile photo (JPEG), for whoever may see the profile; 404 otherwise.
// PUT    /api/doctors/<id>/photo — the body is the image itself; the doctor's own only. 200 { photoUrl } | 4xx { error }.
// DELETE /api/doctors/<id>/photo — back to initials. 204 | 4xx { error }.
import { Readable } from "node:stream";
import { readLimitedBody } from "@/lib/attachments/read-limited-body";
import { currentActor } from "@/lib/auth/session";
import { getDoctorPhoto } from "@/lib/doctors/get-doctor-photo";
import { removeDoctorPhoto } from "@/lib/doctors/remove-doctor-photo";
import { updateDoctorPhoto } from "@/lib/doctors/update-doctor-photo";
import { HTTP_STATUS, isDomainError } from "@/lib/errors";
import { ATTACHMENT_LIMITS } from "@/lib/validation/attachment-limits";
import { PHOTO_TOO_LARGE } from "@/lib/validation/doctor-limits";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const fail = (status: number, error: string) => Response.json({ error }, { status });

function failure(error: unknown, what: string, doctorId: string): Response {
  if (isDomainError(error)) return fail(HTTP_STATUS[error.code], error.message);
  console.error(`${what} failed unexpectedly`, { doctorId, error });
  return fail(500, "That did not work because of a problem on our side. Please try again.");
}

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  try {
    const photo = await getDoctorPhoto({ viewer: await currentActor(), doctorId: id });
    return new Response(Readable.toWeb(photo.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "image/jpeg",
        "Content-Length": String(photo.sizeBytes),
        "X-Content-Type-Options": "nosniff",
        // The URL carries the photo's version, so a browser may keep it; a pending doctor's stays out of shared caches.
        "Cache-Control": "private, max-age=86400",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (error) {
    return failure(error, "serving a doctor's photo", id);
  }
}

export async function PUT(request: Request, { params }: Context) {
  const { id } = await params;
  if (Number(request.headers.get("content-length") ?? 0) > ATTACHMENT_LIMITS.maxBytes)
    return fail(413, PHOTO_TOO_LARGE);
  const actor = await currentActor();
  if (!actor) return fail(401, "Sign in to change your photo.");
  try {
    const bytes = await readLimitedBody(request.body, ATTACHMENT_LIMITS.maxBytes);
    if (!bytes) return fail(413, PHOTO_TOO_LARGE);
    return Response.json(await updateDoctorPhoto({ actor, doctorId: id, bytes }));
  } catch (error) {
    return failure(error, "changing a doctor's photo", id);
  }
}

export async function DELETE(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor) return fail(401, "Sign in to change your photo.");
  try {
    await removeDoctorPhoto({ actor, doctorId: id });
    return new Response(null, { status: 204 });
  } catch (error) {
    return failure(error, "removing a doctor's photo", id);
  }
}
