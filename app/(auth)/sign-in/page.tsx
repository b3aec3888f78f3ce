import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { safeCallbackUrl } from "@/lib/navigation/safe-callback-url";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to Consilium to ask doctors, reply to their answers, or answer as a doctor.",
  robots: { index: false },
};

type SignInPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  cacheThisPage([pageTags.static]);

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <div className="rounded-xl border border-line bg-surface p-5 sm:p-6">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <p>
        New to Consilium? <Link href="/sign-up">Create an account</Link> — it is free for patients and doctors.
      </p>
    </div>
  );
}
