import { db } from "../db";
import type { Actor } from "./permissions";

/**
 * The actor as the database knows it now. Sessions carry only the id: role, suspension and
 * verification are read fresh, so a suspension or a new role takes effect on the next request.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      status: true,
      suspendedUntil: true,
      isMedicalReviewer: true,
      doctorProfile: { select: { verification: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    role: user.role,
    status: user.status,
    suspendedUntil: user.suspendedUntil,
    doctorVerified: user.doctorProfile?.verification === "VERIFIED",
    medicalReviewer: user.isMedicalReviewer,
  };
}
