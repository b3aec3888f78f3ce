import { describe, expect, it } from "vitest";
import { asSentence, personName, questionStatusLabel, roleLabel } from "../../components/questions/labels";

describe("questionStatusLabel", () => {
  it("says a closed question is closed, whatever its answers", () => {
    expect(questionStatusLabel("CLOSED", 4).label).toBe("Closed");
  });

  it("counts the doctors who answered", () => {
    expect(questionStatusLabel("OPEN", 1).label).toBe("Answered by 1 doctor");
    expect(questionStatusLabel("OPEN", 3).label).toBe("Answered by 3 doctors");
  });

  it("says an open question without answers is waiting", () => {
    expect(questionStatusLabel("OPEN", 0)).toEqual({ label: "Awaiting an answer", tone: "warning", kind: "awaiting" });
  });
});

describe("personName", () => {
  it("addresses doctors as Dr. once", () => {
    expect(personName("Irina Volkova", "DOCTOR")).toBe("Dr. Irina Volkova");
    expect(personName("Dr. Irina Volkova", "DOCTOR")).toBe("Dr. Irina Volkova");
  });

  it("leaves everyone else's name as it is", () => {
    expect(personName("Mark", "PATIENT")).toBe("Mark");
    expect(personName("Drew", "MODERATOR")).toBe("Drew");
  });
});

describe("roleLabel", () => {
  it("names a doctor by their specialties in order", () => {
    expect(roleLabel("DOCTOR", ["Neurologist", "Psychiatrist"])).toBe("Neurologist, Psychiatrist");
    expect(roleLabel("DOCTOR", [])).toBe("Doctor");
  });

  it("labels patients and staff", () => {
    expect(roleLabel("PATIENT", [])).toBe("Patient");
    expect(roleLabel("MODERATOR", [])).toBe("Moderator");
    expect(roleLabel("ADMIN", [])).toBe("Administrator");
  });
});

describe("asSentence", () => {
  it("ends a note with a full stop unless it already ends a sentence", () => {
    expect(asSentence(" The patient marked the question as resolved ")).toBe(
      "The patient marked the question as resolved.",
    );
    expect(asSentence("Contains personal data.")).toBe("Contains personal data.");
    expect(asSentence("Spam!")).toBe("Spam!");
  });
});
