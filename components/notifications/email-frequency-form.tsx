"use client";

import { Bell, BellOff, CalendarClock } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceCard } from "@/components/ui/choice-card";
import { FieldError } from "@/components/ui/field-error";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { IDLE } from "@/lib/validation/form-state";
import type { EmailFrequencyState, TNotificationSettings } from "@/lib/validation/notification-settings";

type Frequency = TNotificationSettings["emailFrequency"];

const CHOICES: { value: Frequency; title: string; detail: string; Icon: typeof Bell }[] = [
  {
    value: "IMMEDIATE",
    title: "Each event immediately",
    detail: "An e-mail for every new answer, reply, consultation update or decision, within a minute or so.",
    Icon: Bell,
  },
  {
    value: "DAILY_DIGEST",
    title: "A daily digest",
    detail: "At most one e-mail a day, grouped by question and consultation, saying which notifications are unread.",
    Icon: CalendarClock,
  },
  {
    value: "NONE",
    title: "No e-mail",
    detail: "Nothing by e-mail. You still see every notification here, under Notifications.",
    Icon: BellOff,
  },
];

const SAVED: Record<Frequency, string> = {
  IMMEDIATE: "Saved: you will get an e-mail for each event.",
  DAILY_DIGEST: "Saved: you will get a daily digest instead of single e-mails.",
  NONE: "Saved: we will not e-mail you about notifications.",
};

type Action = (previous: EmailFrequencyState, formData: FormData) => Promise<EmailFrequencyState>;

/** The e-mail setting as a radio group, kept as chosen whatever the outcome, with a confirmation once saved. */
export function EmailFrequencyForm({
  action,
  current,
  digestHour,
}: {
  action: Action;
  current: Frequency;
  digestHour: string;
}) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm<EmailFrequencyState>(action, IDLE);
  const [chosen, setChosen] = useState<Frequency>(current);
  const error = state.ok === false ? state.fieldErrors.emailFrequency?.[0] : undefined;
  return (
    <form
      ref={formRef}
      action={formAction}
      // Submitted by hand: React resets a form after its action, which would show the old choice as selected.
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
    >
      <fieldset aria-describedby={error ? "emailFrequency-error" : undefined}>
        <legend className="mb-2 text-xl font-semibold">E-mail about notifications</legend>
        <div className="flex flex-col gap-3">
          {CHOICES.map(({ value, title, detail, Icon }) => (
            <ChoiceCard
              key={value}
              name="emailFrequency"
              value={value}
              checked={chosen === value}
              onChange={() => setChosen(value)}
              Icon={Icon}
              title={title}
            >
              {detail}
              {value === "DAILY_DIGEST" && ` It is written each day after ${digestHour}.`}
            </ChoiceCard>
          ))}
        </div>
        {error && <FieldError id="emailFrequency-error">{error}</FieldError>}
      </fieldset>
      <div aria-live="polite">
        {state.ok === true && (
          <Alert tone="success" role="status" key={state.at}>
            {SAVED[state.emailFrequency]}
          </Alert>
        )}
      </div>
      {state.ok === false && !error && (
        <Alert tone="danger" role="alert">
          {state.message}
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
