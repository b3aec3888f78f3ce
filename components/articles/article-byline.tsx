import { BadgeCheck } from "lucide-react";
import Link from "next/link";
import { personName } from "@/components/questions/labels";
import { Avatar } from "@/components/ui/avatar";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ArticleAuthor } from "@/lib/articles/get-article";

/** The seed page's byline: name, specialty, university, years of experience, and when it was published. */
export function ArticleByline({ author, publishedAt }: { author: ArticleAuthor; publishedAt: Date | null }) {
  return (
    <div className="flex items-start gap-3">
      <Avatar name={author.name} photoUrl={author.photoUrl} />
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 text-lg font-semibold leading-snug">
          <Link href={`/doctors/${author.id}`}>{personName(author.name, "DOCTOR")}</Link>
          {author.verified && (
            <span className="inline-flex items-center gap-1 text-base font-semibold text-success">
              <BadgeCheck aria-hidden="true" className="size-5" />
              Verified doctor
            </span>
          )}
        </p>
        {author.specialties.length > 0 && <p className="text-brand-strong">{author.specialties.join(", ")}</p>}
        {author.university && (
          <p className="text-muted">
            {author.university}
            {author.degree && ` (${author.degree})`}
          </p>
        )}
        {author.yearsOfExperience !== null && (
          <p className="text-muted">{pluralize(author.yearsOfExperience, "year", "years")} of experience</p>
        )}
        {publishedAt && (
          <p className="mt-1 text-muted">
            Published <FormattedDate date={publishedAt} />
          </p>
        )}
      </div>
    </div>
  );
}
