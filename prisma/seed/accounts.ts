// Demo accounts. All share one password so that anyone trying the product can sign in as any role.
import type { Tx } from "../../lib/db";
import { DOCTORS, type DoctorKey, type DoctorSeed } from "./doctors";
import { daysBefore } from "./random";
import type { SpecialtyIds, SpecialtySlug } from "./specialties";

export const DEMO_PASSWORD = "consilium-demo";

/** The accounts to sign in with (README, e2e tests). Every other seeded account uses the same password. */
export const DEMO_ACCOUNTS = [
  {
    email: "patient@demo.consilium.test",
    role: "PATIENT",
    password: DEMO_PASSWORD,
    description:
      "Patient Mark Tanner: asked the back-pain consultation answered by six doctors (shown as “Mark, Graz”), follows his questions",
  },
  {
    email: "doctor@demo.consilium.test",
    role: "DOCTOR",
    password: DEMO_PASSWORD,
    description:
      "Dr. Daniel Hartmann, verified neurologist: answers questions, wrote the back-pain article, offers paid consultations (EUR 35)",
  },
  {
    email: "moderator@demo.consilium.test",
    role: "MODERATOR",
    password: DEMO_PASSWORD,
    description:
      "Moderator Nora Quinn, a physician: complaint queue (including dangerous-advice reports), hiding content, closing questions",
  },
  {
    email: "admin@demo.consilium.test",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    description: "Administrator Adrian Moss: everything a moderator can do, plus roles, suspensions and the audit log",
  },
  {
    email: "pending.doctor@demo.consilium.test",
    role: "DOCTOR",
    password: DEMO_PASSWORD,
    description: "Dr. Oliver Grant, cardiologist awaiting verification (PENDING): shows the verification queue",
  },
] as const;

/** The account whose existence means the demo content is already there. */
export const DEMO_PATIENT_EMAIL = DEMO_ACCOUNTS[0].email;

type PersonSeed = {
  key: string;
  email: string;
  role: "PATIENT" | "MODERATOR" | "ADMIN";
  name: string;
  city?: string;
  /** A moderator who is a qualified doctor: complaints about dangerous medical advice go to them. */
  isMedicalReviewer?: boolean;
};

/** Everyone who is not a doctor: the staff accounts and the patients who ask the demo questions. */
export const PEOPLE = [
  { key: "mark", email: DEMO_PATIENT_EMAIL, role: "PATIENT", name: "Mark Tanner", city: "Graz" },
  {
    key: "nora",
    email: "moderator@demo.consilium.test",
    role: "MODERATOR",
    name: "Nora Quinn",
    isMedicalReviewer: true,
  },
  { key: "adrian", email: "admin@demo.consilium.test", role: "ADMIN", name: "Adrian Moss" },
  { key: "lena", email: "lena.hoffmann@demo.consilium.test", role: "PATIENT", name: "Lena Hoffmann", city: "Hamburg" },
  { key: "tomas", email: "tomas.kral@demo.consilium.test", role: "PATIENT", name: "Tomas Kral", city: "Plzen" },
  { key: "amira", email: "amira.haddad@demo.consilium.test", role: "PATIENT", name: "Amira Haddad", city: "Marseille" },
  { key: "jan", email: "jan.devries@demo.consilium.test", role: "PATIENT", name: "Jan de Vries", city: "Utrecht" },
  { key: "greta", email: "greta.lind@demo.consilium.test", role: "PATIENT", name: "Greta Lind", city: "Uppsala" },
  { key: "marco", email: "marco.rossi@demo.consilium.test", role: "PATIENT", name: "Marco Rossi", city: "Turin" },
  { key: "olga", email: "olga.ivanenko@demo.consilium.test", role: "PATIENT", name: "Olga Ivanenko", city: "Tallinn" },
  { key: "sam", email: "sam.oconnor@demo.consilium.test", role: "PATIENT", name: "Sam O'Connor", city: "Cork" },
] as const satisfies readonly PersonSeed[];

export type PersonKey = (typeof PEOPLE)[number]["key"];

export type SeededDoctor = { id: string; firstName: string; specialties: readonly SpecialtySlug[] };
export type SeededPeople = {
  userIds: Record<PersonKey | DoctorKey, string>;
  doctors: Record<DoctorKey, SeededDoctor>;
};

/** Creates every demo account, doctor profile and doctor specialty; all accounts get the same password hash. */
export async function createAccounts(
  tx: Tx,
  options: { passwordHash: string; specialtyIds: SpecialtyIds; now: Date },
): Promise<SeededPeople> {
  const { passwordHash, specialtyIds, now } = options;
  const accounts = [
    ...PEOPLE.map((person: PersonSeed) => ({
      ...person,
      city: person.city ?? null,
      isMedicalReviewer: person.isMedicalReviewer ?? false,
    })),
    ...DOCTORS.map((doctor) => ({ ...doctor, role: "DOCTOR" as const, isMedicalReviewer: false })),
  ];
  // Accounts are about two years old, so they predate every demo question.
  const rows = await tx.user.createManyAndReturn({
    data: accounts.map((account, index) => ({
      email: account.email,
      passwordHash,
      name: account.name,
      city: account.city,
      role: account.role,
      isMedicalReviewer: account.isMedicalReviewer,
      createdAt: daysBefore(now, 760 - index * 3, 8 * 60),
    })),
    select: { id: true, email: true, createdAt: true },
  });
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const userOf = (email: string) => {
    const row = byEmail.get(email);
    if (!row) throw new Error(`Seed: account ${email} was not created`);
    return row;
  };
  const userIds = Object.fromEntries(accounts.map((account) => [account.key, userOf(account.email).id])) as Record<
    PersonKey | DoctorKey,
    string
  >;

  await tx.doctorProfile.createMany({
    data: DOCTORS.map((doctor: DoctorSeed) => {
      const user = userOf(doctor.email);
      const verified = doctor.verification === "VERIFIED";
      return {
        userId: user.id,
        university: doctor.university,
        degree: doctor.degree,
        yearsOfExperience: doctor.yearsOfExperience,
        licenseNumber: doctor.licenseNumber,
        bio: doctor.bio,
        verification: doctor.verification,
        verifiedAt: verified ? new Date(user.createdAt.getTime() + 2 * 86_400_000) : null,
        verifiedById: verified ? userIds.adrian : null,
        offersConsultations: doctor.consultationPriceMinor !== undefined,
        consultationPriceMinor: doctor.consultationPriceMinor ?? null,
        consultationCurrency: "EUR",
        createdAt: user.createdAt,
      };
    }),
  });
  await tx.doctorSpecialty.createMany({
    data: DOCTORS.flatMap((doctor) =>
      doctor.specialties.map((slug, index) => ({
        doctorId: userOf(doctor.email).id,
        specialtyId: specialtyIds[slug],
        isPrimary: index === 0,
      })),
    ),
  });

  const doctors = Object.fromEntries(
    DOCTORS.map((doctor): [DoctorKey, SeededDoctor] => [
      doctor.key,
      {
        id: userOf(doctor.email).id,
        firstName: doctor.name.split(" ")[0] ?? doctor.name,
        specialties: doctor.specialties,
      },
    ]),
  ) as Record<DoctorKey, SeededDoctor>;
  return { userIds, doctors };
}
