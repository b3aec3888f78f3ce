// GET /api/consultations/<id>/messages?after=<seq> — a participant's catch-up: the messages after a seq, as JSON.
// Anyone else gets 404, so a private consultation's existence does not leak.
import { actorFromRequest } from "@/lib/auth/request-actor";
import { listConsultationMessagesSince } from "@/lib/consultations/list-consultation-messages-since";
import { HTTP_STATUS, isDomainError } from "@/lib/errors";
import { ZSeq } from "@/lib/realtime/socket";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const after = ZSeq.safeParse(new URL(request.url).searchParams.get("after") ?? "0");
  if (!after.success) {
    return Response.json({ error: "after must be a message sequence number." }, { status: 400 });
  }
  try {
    const messages = await listConsultationMessagesSince({
      viewer: await actorFromRequest(request),
      consultationId: id,
      afterSeq: after.data,
    });
    return Response.json({ messages }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (isDomainError(error)) return Response.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    console.error("consultation catch-up failed unexpectedly", { consultationId: id, error });
    return Response.json(
      { error: "The messages could not be loaded because of a problem on our side." },
      { status: 500 },
    );
  }
}
