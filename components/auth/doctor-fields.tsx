import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { SpecialtyOption } from "@/lib/specialties/list-specialties";
import type { SignUpValues } from "@/lib/validation/account";

type DoctorFieldsProps = {
  specialties: SpecialtyOption[];
  values: SignUpValues;
  errors: Record<string, string[]>;
};

/** What a doctor adds at sign-up: the credentials an administrator checks before they may answer. */
export function DoctorFields({ specialties, values, errors }: DoctorFieldsProps) {
  const chosen = new Set(values.specialtyIds ?? []);
  const specialtyError = errors.specialtyIds?.[0];

  return (
    // Shown by CSS while "I am a doctor" is checked, so it works before (or without) JavaScript; what was
    // typed stays when the choice changes. The action ignores these fields for a patient.
    <fieldset className="hidden flex-col gap-5 group-has-[#accountType-doctor:checked]/signup:flex">
      <legend className="mb-3 text-xl font-semibold">Your medical credentials</legend>
      <Alert tone="info" title="Verification comes first">
        <p>
          You can sign in right away, but you can answer questions only after an administrator has verified your
          credentials.
        </p>
      </Alert>

      <fieldset aria-describedby={`specialtyIds-hint${specialtyError ? " specialtyIds-error" : ""}`}>
        <legend className="font-semibold">Specialties</legend>
        <p id="specialtyIds-hint" className="text-muted">
          Choose at least one, up to five.
        </p>
        {specialties.length === 0 ? (
          <p className="mt-2">The list of specialties is not available right now. Please try again later.</p>
        ) : (
          <ul className="mt-2 grid gap-x-4 sm:grid-cols-2">
            {specialties.map((specialty) => (
              <li key={specialty.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3">
                  <input
                    type="checkbox"
                    name="specialtyIds"
                    value={specialty.id}
                    defaultChecked={chosen.has(String(specialty.id))}
                    className="size-5 shrink-0 accent-[var(--color-brand)]"
                  />
                  {specialty.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        {specialtyError && <FieldError id="specialtyIds-error">{specialtyError}</FieldError>}
      </fieldset>

      <TextField
        name="university"
        label="University"
        hint="Where you earned your medical degree."
        autoComplete="organization"
        defaultValue={values.university}
        error={errors.university}
      />
      <TextField
        name="degree"
        label="Degree"
        optional
        hint="What your degree was in, for example neurology."
        defaultValue={values.degree}
        error={errors.degree}
      />
      <TextField
        name="yearsOfExperience"
        label="Years of experience"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.yearsOfExperience}
        error={errors.yearsOfExperience}
      />
      <TextField
        name="licenseNumber"
        label="Licence or registration number"
        hint="Only administrators see it, to verify you."
        autoComplete="off"
        defaultValue={values.licenseNumber}
        error={errors.licenseNumber}
      />
    </fieldset>
  );
}
