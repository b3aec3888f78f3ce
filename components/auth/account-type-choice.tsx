import { Stethoscope, UserRound } from "lucide-react";
import { FieldError } from "@/components/ui/field-error";

export type AccountType = "patient" | "doctor";

const CHOICES = [
  {
    value: "patient",
    title: "I am a patient",
    detail: "Ask doctors questions and reply to their answers.",
    Icon: UserRound,
  },
  {
    value: "doctor",
    title: "I am a doctor",
    detail: "Answer patients' questions once your credentials are verified.",
    Icon: Stethoscope,
  },
] as const;

type AccountTypeChoiceProps = { value: AccountType; onChange: (value: AccountType) => void; error?: string };

/** The first question of sign-up, as a radio group: it decides which fields follow. */
export function AccountTypeChoice({ value, onChange, error }: AccountTypeChoiceProps) {
  return (
    <fieldset aria-describedby={error ? "accountType-error" : undefined}>
      <legend className="mb-2 font-semibold">Who are you?</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {CHOICES.map(({ value: choice, title, detail, Icon }) => (
          <label
            key={choice}
            className="flex cursor-pointer items-start gap-3 rounded-xl border-2 border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
          >
            <input
              id={`accountType-${choice}`}
              type="radio"
              name="accountType"
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              className="mt-1 size-5 shrink-0 accent-[var(--color-brand)]"
            />
            <span>
              <span className="flex items-center gap-2 font-semibold">
                <Icon aria-hidden="true" className="size-5 text-brand" />
                {title}
              </span>
              <span className="mt-1 block text-muted">{detail}</span>
            </span>
          </label>
        ))}
      </div>
      {error && <FieldError id="accountType-error">{error}</FieldError>}
    </fieldset>
  );
}
