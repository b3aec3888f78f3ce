// A doctor's "about me": saved trimmed for the public profile, audited, refused when too long or not a doctor's.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getDoctorProfile } from "../../lib/doctors/get-doctor-profile";
import { getOwnDoctorProfile } from "../../lib/doctors/get-own-doctor-profile";
import { moderateDoctorProfile } from "../../lib/doctors/moderate-doctor-profile";
import { updateDoctorBio } from "../../lib/doctors/update-doctor-bio";
import { DOCTOR_BIO_MAX } from "../../lib/validation/doctor-limits";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("doctor_bio");

let doctor: Person;
let patient: Person;

const bioOf = async (person: Person) =>
  (await db().doctorProfile.findUniqueOrThrow({ where: { userId: person.id }, select: { bio: true } })).bio;

beforeAll(async () => {
  const specialtyId = (await createSpecialty("Neurologist")).id;
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
  patient = await createPerson({ name: "Mark Tanner" });
});

describe("updateDoctorBio", () => {
  it("saves the text trimmed with its paragraphs, shows it on the profile, and audits before and after", async () => {
    const text = "  I treat back pain and headaches.\r\n\r\n\r\n\r\nI speak German and English.  ";
    expect(await updateDoctorBio({ actor: doctor.actor, input: { bio: text } })).toEqual({
      bio: "I treat back pain and headaches.\n\nI speak German and English.",
    });
    expect(await bioOf(doctor)).toBe("I treat back pain and headaches.\n\nI speak German and English.");
    expect((await getDoctorProfile({ viewer: null, doctorId: doctor.id })).bio).toBe(await bioOf(doctor));
    expect((await getOwnDoctorProfile({ actor: doctor.actor })).bio).toBe(await bioOf(doctor));

    // Saving the same text again writes nothing new; emptying the field clears it.
    await updateDoctorBio({
      actor: doctor.actor,
      input: { bio: "I treat back pain and headaches.\n\nI speak German and English." },
    });
    await updateDoctorBio({ actor: doctor.actor, input: { bio: "   " } });
    expect(await bioOf(doctor)).toBeNull();
    const audit = await db().auditLog.findMany({
      where: { action: "doctor.profile.bio", targetId: doctor.id },
      orderBy: { id: "asc" },
      select: { before: true, after: true, actorId: true },
    });
    expect(audit).toEqual([
      {
        actorId: doctor.id,
        before: { bio: null },
        after: { bio: "I treat back pain and headaches.\n\nI speak German and English." },
      },
      {
        actorId: doctor.id,
        before: { bio: "I treat back pain and headaches.\n\nI speak German and English." },
        after: { bio: null },
      },
    ]);
  });

  it("refuses a text that is too long, a patient and a signed-out visitor, and changes nothing", async () => {
    await updateDoctorBio({ actor: doctor.actor, input: { bio: "Spine and headache clinic." } });
    const tooLong = await failureOf(
      updateDoctorBio({ actor: doctor.actor, input: { bio: "x".repeat(DOCTOR_BIO_MAX + 1) } }),
    );
    expect(tooLong).toMatchObject({
      code: "INVALID",
      fieldErrors: { bio: [`Keep it under ${DOCTOR_BIO_MAX} characters.`] },
    });
    expect((await failureOf(updateDoctorBio({ actor: doctor.actor, input: { bio: 42 } }))).code).toBe("INVALID");
    expect((await failureOf(updateDoctorBio({ actor: patient.actor, input: { bio: "Hi" } }))).code).toBe("FORBIDDEN");
    expect((await failureOf(updateDoctorBio({ actor: null, input: { bio: "Hi" } }))).code).toBe("FORBIDDEN");
    expect(await bioOf(doctor)).toBe("Spine and headache clinic.");
  });
});

describe("moderateDoctorProfile: the introduction", () => {
  it("takes down the text with a reason, keeps it in the audit log, and tells the doctor once", async () => {
    const moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
    await updateDoctorBio({ actor: doctor.actor, input: { bio: "Call me on my private number for cheap pills." } });
    const input = { remove: "BIO", reason: "Advertising is not allowed" };
    expect(await moderateDoctorProfile({ actor: moderator.actor, doctorId: doctor.id, input })).toEqual({
      removed: true,
    });
    expect(await bioOf(doctor)).toBeNull();
    expect(
      await db().auditLog.findFirstOrThrow({
        where: { action: "doctor.profile.bio.remove", targetId: doctor.id },
        select: { actorId: true, before: true, reason: true },
      }),
    ).toEqual({
      actorId: moderator.id,
      before: { bio: "Call me on my private number for cheap pills." },
      reason: "Advertising is not allowed",
    });
    expect(await moderateDoctorProfile({ actor: moderator.actor, doctorId: doctor.id, input })).toEqual({
      removed: false,
    });
    expect(
      await db().notification.findMany({ where: { userId: doctor.id }, select: { title: true, body: true } }),
    ).toEqual([
      {
        title: "A moderator removed the introduction on your profile",
        body: "Reason: Advertising is not allowed. You can change your profile in your settings.",
      },
    ]);
    const unknown = { remove: "EVERYTHING", reason: "x" };
    expect(
      await failureOf(moderateDoctorProfile({ actor: moderator.actor, doctorId: doctor.id, input: unknown })),
    ).toMatchObject({ code: "INVALID", fieldErrors: { remove: ["Choose what to remove."] } });
  });
});
