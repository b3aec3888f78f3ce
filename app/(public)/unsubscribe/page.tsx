import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { Alert } from "@/components/ui/alert";
import { BAD_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe-from-email";
import { userIdOfUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export const metadata: Metadata = { title: "Stop e-mails", robots: { index: false, follow: false } };

type UnsubscribePageProps = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link changes nothing (mail scanners open links too): the person confirms with the button.
export default async function UnsubscribePage({ searchParams }: UnsubscribePageProps) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && userIdOfUnsubscribeToken(token) !== null;
  return (
    <div className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">Stop e-mails from Consilium</h1>
      {valid ? (
        <>
          <p>
            We will no longer e-mail this account about answers, replies, consultations or reports. Everything stays in
            your notification centre when you sign in.
          </p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <Alert role="alert" tone="danger" title="This link does not work">
          <p>{BAD_UNSUBSCRIBE_LINK}</p>
        </Alert>
      )}
    </div>
  );
}
