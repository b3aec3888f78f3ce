import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow } from "../pagination";
import { PRIMARY_SPECIALTY_FIRST } from "../specialties/primary-first";
import type { DoctorApplicationState } from "../validation/doctor";
import { doctorPhotoUrl } from "./doctor-photo-url";

export type ListDoctorApplicationsOptions = {
  actor: Viewer;
  /** PENDING: waiting for a first decision; REJECTED: turned down, may still be approved. */
  state?: DoctorApplicationState;
  /** 1-based; values below 1 or not whole numbers read as 1. */
  page?: number;
  pageSize?: number;
};

/** What the doctor stated at sign-up: what the administrator checks. */
export type DoctorApplication = {
  doctorId: string;
  name: string;
  email: string;
  /** Primary specialty first. */
  specialties: string[];
  university: string;
  degree: string | null;
  yearsOfExperience: number;
  licenseNumber: string | null;
  signedUpAt: Date;
  state: DoctorApplicationState;
  /** Why the doctor was turned down, for REJECTED. */
  rejectionReason: string | null;
  /** The photo the doctor uploaded (staff may see it before verification); null for none. */
  photoUrl: string | null;
};

export type DoctorApplicationList = {
  items: DoctorApplication[];
  state: DoctorApplicationState;
  /** Per queue, for the tabs. */
  counts: Record<DoctorApplicationState, number>;
  page: number;
  pageCount: number;
};

export const ONLY_ADMINS_VERIFY = "Only administrators can verify doctors.";

const MAX_PAGE_SIZE = 100;

/** Doctors waiting for a decision (or turned down), oldest first: whoever has waited longest is seen first. */
export async function listDoctorApplications({
  actor,
  state = "PENDING",
  page = 1,
  pageSize = 20,
}: ListDoctorApplicationsOptions): Promise<DoctorApplicationList> {
  // A suspended administrator is told they are suspended, not that they are no administrator.
  const refusal = writeRefusal(actor, "verify doctors");
  if (refusal) throw refusal;
  if (!can(actor, "doctor.verify")) throw new DomainError("FORBIDDEN", ONLY_ADMINS_VERIFY);
  const { current, size, skip } = pageWindow({ page, pageSize }, { defaultSize: 20, maxSize: MAX_PAGE_SIZE });
  const client = db();

  // A profile whose account is no longer a doctor's (a role changed by hand) has nothing left to decide.
  const inQueue = (queue: DoctorApplicationState): Prisma.DoctorProfileWhereInput => ({
    verification: queue,
    user: { role: "DOCTOR" },
  });
  const [pending, rejected, rows] = await Promise.all([
    client.doctorProfile.count({ where: inQueue("PENDING") }),
    client.doctorProfile.count({ where: inQueue("REJECTED") }),
    client.doctorProfile.findMany({
      where: inQueue(state),
      orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
      skip: skip,
      take: size,
      select: {
        userId: true,
        university: true,
        degree: true,
        yearsOfExperience: true,
        licenseNumber: true,
        rejectionReason: true,
        photoUpdatedAt: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        specialties: {
          orderBy: PRIMARY_SPECIALTY_FIRST,
          select: { specialty: { select: { name: true } } },
        },
      },
    }),
  ]);
  const counts = { PENDING: pending, REJECTED: rejected };

  return {
    items: rows.map((row) => ({
      doctorId: row.userId,
      name: row.user.name,
      email: row.user.email,
      specialties: row.specialties.map((entry) => entry.specialty.name),
      university: row.university,
      degree: row.degree,
      yearsOfExperience: row.yearsOfExperience,
      licenseNumber: row.licenseNumber,
      // The profile is created with the account, in the sign-up's one statement.
      signedUpAt: row.createdAt,
      state,
      rejectionReason: row.rejectionReason,
      photoUrl: doctorPhotoUrl(row.userId, row.photoUpdatedAt),
    })),
    state,
    counts,
    page: current,
    pageCount: Math.max(1, Math.ceil(counts[state] / size)),
  };
}
