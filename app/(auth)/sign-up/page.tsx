import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { listSpecialties } from "@/lib/specialties/list-specialties";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a free Consilium account to ask doctors, or to answer patients as a verified doctor.",
};

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/");
  cacheThisPage([pageTags.static]);
  const specialties = await listSpecialties();

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <div className="rounded-xl border border-line bg-surface p-5 sm:p-6">
        <SignUpForm specialties={specialties} />
      </div>
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
