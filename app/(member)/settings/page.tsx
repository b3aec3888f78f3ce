import type { Metadata } from "next";
import Link from "next/link";
import { EmailFrequencyForm } from "@/components/notifications/email-frequency-form";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getNotificationSettings } from "@/lib/notifications/get-notification-settings";
import { saveEmailFrequencyAction } from "./actions";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage() {
  const actor = await requireUser("/settings");
  const settings = await getNotificationSettings({ actor });
  const digestHour = `${String(env().DIGEST_HOUR_UTC).padStart(2, "0")}:00 UTC`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Settings</h1>
        <p className="mt-2 max-w-prose text-muted">
          Whatever you choose, every notification stays in your <Link href="/notifications">notification centre</Link>.
          This only decides what we send to <span className="font-semibold break-all text-ink">{settings.email}</span>.
        </p>
      </div>
      <EmailFrequencyForm action={saveEmailFrequencyAction} current={settings.emailFrequency} digestHour={digestHour} />
    </div>
  );
}
