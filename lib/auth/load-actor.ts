import { db } from "../db";
import type { Role, UserStatus } from "../generated/prisma/enums";
import type { Actor } from "./permissions";

type ActorRow = {
  id: string;
  role: Role;
  status: UserStatus;
  suspendedUntil: Date | null;
  isMedicalReviewer: boolean;
  verification: string | null;
};

/**
 * The actor as the database knows it now. Sessions carry only the id: role, suspension and
 * verification are read fresh, so a suspension or a new role takes effect on the next request.
 * One statement (a join), not Prisma's nested select, which reads the doctor profile in a second one:
 * this runs on every signed-in request.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const [user] = await db().$queryRaw<ActorRow[]>`
    SELECT u."id", u."role"::text AS "role", u."status"::text AS "status", u."suspendedUntil", u."isMedicalReviewer",
      p."verification"::text AS "verification"
    FROM "User" u LEFT JOIN "DoctorProfile" p ON p."userId" = u."id"
    WHERE u."id" = ${userId}`;
  if (!user) return null;
  return {
    id: user.id,
    role: user.role,
    status: user.status,
    suspendedUntil: user.suspendedUntil,
    doctorVerified: user.verification === "VERIFIED",
    medicalReviewer: user.isMedicalReviewer,
  };
}
