import type { Prisma } from "../generated/prisma/client";

/** A doctor's specialties in the order every page shows them: the primary one first, then the catalogue's order. */
export const PRIMARY_SPECIALTY_FIRST: Prisma.DoctorSpecialtyOrderByWithRelationInput[] = [
  { isPrimary: "desc" },
  { specialty: { sortOrder: "asc" } },
  { specialty: { name: "asc" } },
];
