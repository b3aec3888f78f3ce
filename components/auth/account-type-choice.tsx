import { Stethoscope, UserRound } from "lucide-react";
import { ChoiceCard } from "@/components/ui/choice-card";
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
          <ChoiceCard
            key={choice}
            id={`accountType-${choice}`}
            name="accountType"
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
            Icon={Icon}
            title={title}
          >
            {detail}
          </ChoiceCard>
        ))}
      </div>
      {error && <FieldError id="accountType-error">{error}</FieldError>}
    </fieldset>
  );
}
