import { hashPassword } from "../auth/password";
import { db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { ZSignUp } from "../validation/account";
import { parseInput } from "../validation/parse-input";

export type RegisteredUser = { id: string; email: string; name: string; role: "PATIENT" | "DOCTOR" };

const EMAIL_TAKEN = "An account with this e-mail already exists. Sign in instead, or use another e-mail.";

/**
 * Creates a patient, or a doctor who waits for an admin's verification before answering.
 * Bad input is a DomainError("INVALID") with messages per field; nothing is written.
 */
export async function registerUser(input: unknown): Promise<RegisteredUser> {
  const data = parseInput(ZSignUp, input);
  const client = db();

  if (await client.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new DomainError("CONFLICT", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  }
  if (data.accountType === "doctor") {
    const known = await client.specialty.count({ where: { id: { in: data.specialtyIds } } });
    if (known !== new Set(data.specialtyIds).size) {
      throw new DomainError("INVALID", "Choose specialties from the list.", {
        specialtyIds: ["Choose specialties from the list."],
      });
    }
  }

  const passwordHash = await hashPassword(data.password);
  try {
    const user = await client.user.create({
      data: {
        email: data.email,
        name: data.name,
        passwordHash,
        role: data.accountType === "doctor" ? "DOCTOR" : "PATIENT",
        ...(data.accountType === "doctor" && {
          doctorProfile: {
            create: {
              university: data.university,
              degree: data.degree || null,
              yearsOfExperience: data.yearsOfExperience,
              licenseNumber: data.licenseNumber,
              specialties: {
                create: [...new Set(data.specialtyIds)].map((specialtyId, index) => ({
                  specialtyId,
                  isPrimary: index === 0,
                })),
              },
            },
          },
        }),
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ...user, role: user.role === "DOCTOR" ? "DOCTOR" : "PATIENT" };
  } catch (error) {
    // Two sign-ups with one e-mail at the same moment: the unique index decides, the loser is told plainly.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    }
    throw error;
  }
}
