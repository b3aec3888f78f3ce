"use client";

import Link from "next/link";
import { useActionState } from "react";
import { unsubscribeAction } from "@/app/(public)/unsubscribe/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/validation/form-state";

/** The confirmation step of an e-mail's unsubscribe link: nothing changes until the person presses the button. */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(unsubscribeAction, IDLE);
  if (state.ok === true) {
    return (
      <Alert role="status" tone="success" title="You will get no more e-mails from us">
        <p>
          Your notifications stay in the notification centre when you sign in. You can turn e-mails on again in your{" "}
          <Link href="/settings">settings</Link>.
        </p>
      </Alert>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state.ok === false && (
        <Alert role="alert" tone="danger" title="Not changed">
          <p>{state.message}</p>
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Stop all e-mails"}
        </Button>
      </div>
    </form>
  );
}
