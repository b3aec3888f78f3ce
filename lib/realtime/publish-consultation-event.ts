// What the consultation use-cases call after their commit, to tell the two participants' open pages. As with public
// threads, the change is already saved: a failure here is logged and swallowed, a page that missed an event catches
// up on its next join, and a reload shows the truth. Without a registered socket.io server these are no-ops.
import { messageEventOf, messageSelect, messageViewOf } from "../consultations/consultation-view";
import { db } from "../db";
import { consultationRoom } from "./consultation-events";
import { realtime } from "./registry";

/** A new message, as its receiver sees it (only the two participants are ever in the room). */
export async function publishConsultationMessage(options: { consultationId: string; messageId: string }) {
  const io = realtime();
  if (!io) return;
  try {
    const row = await db().consultationMessage.findFirst({
      where: { id: options.messageId, consultationId: options.consultationId },
      select: messageSelect,
    });
    if (!row) return;
    // As the receiver sees it: should a moderator have hidden it already, its words are withheld.
    const event = messageEventOf(options.consultationId, messageViewOf(row, { viewer: null, review: false }));
    io.to(consultationRoom(options.consultationId)).emit("consultation:message", event);
  } catch (error) {
    console.error("publishConsultationMessage failed", { ...options, error });
  }
}

/** The reader has seen the other person's messages up to readAt. */
export async function publishConsultationRead(options: { consultationId: string; readerId: string; readAt: Date }) {
  const io = realtime();
  if (!io) return;
  try {
    io.to(consultationRoom(options.consultationId)).emit("consultation:read", {
      consultationId: options.consultationId,
      readerId: options.readerId,
      readAt: options.readAt.toISOString(),
    });
  } catch (error) {
    console.error("publishConsultationRead failed", { ...options, error });
  }
}

/** The consultation's state as it is now (answered, closed, refunded). */
export async function publishConsultationState(options: { consultationId: string }) {
  const io = realtime();
  if (!io) return;
  try {
    const row = await db().consultation.findUnique({ where: { id: options.consultationId }, select: { state: true } });
    if (!row) return;
    io.to(consultationRoom(options.consultationId)).emit("consultation:state", {
      consultationId: options.consultationId,
      state: row.state,
    });
  } catch (error) {
    console.error("publishConsultationState failed", { ...options, error });
  }
}
