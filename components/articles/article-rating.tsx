"use client";

import { Star } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { rateArticleAction } from "@/app/(public)/articles/[slug]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ArticleRatingSummary } from "@/lib/articles/article-rating-summary";
import { IDLE } from "@/lib/validation/form-state";
import { RatingSummary } from "./rating-summary";

/** Who is looking decides what the rating box offers. */
export type RatingMode = "rate" | "sign-in" | "author" | "cannot-rate";

type ArticleRatingProps = {
  articleId: number;
  slug: string;
  summary: ArticleRatingSummary;
  viewerStars: number | null;
  mode: RatingMode;
  signInHref: string;
};

const STARS = [1, 2, 3, 4, 5] as const;
const starLabel = (stars: number) => `${stars} ${stars === 1 ? "star" : "stars"}`;

/**
 * The seed page's "N ratings, average X out of 5" and, for a signed-in reader, five labelled radio buttons (arrow
 * keys move between them) and a button that saves. The summary shown is the one the last save returned.
 */
export function ArticleRating({ articleId, slug, summary, viewerStars, mode, signInHref }: ArticleRatingProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(rateArticleAction, IDLE);
  const [selected, setSelected] = useState<number | null>(viewerStars);
  const [hovered, setHovered] = useState<number | null>(null);
  const shownSummary = state.ok === true ? state.summary : summary;
  const saved = state.ok === true ? state.stars : viewerStars;
  const lit = hovered ?? selected ?? 0;

  return (
    <section
      aria-labelledby="rating-heading"
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <h2 id="rating-heading" className="text-xl font-bold">
        Rate this article
      </h2>
      <RatingSummary summary={shownSummary} />

      {mode === "sign-in" && (
        <p>
          <Link href={signInHref}>Sign in to rate</Link> this article.
        </p>
      )}
      {mode === "author" && <p className="text-muted">You wrote this article: readers rate it.</p>}
      {mode === "cannot-rate" && <p className="text-muted">Your account cannot rate articles at the moment.</p>}

      {mode === "rate" && (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="slug" value={slug} />
          <fieldset>
            <legend className="font-semibold">
              {saved === null ? "Your rating" : `Your rating: ${starLabel(saved)}. Change it?`}
            </legend>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: hover only previews; the radios carry the semantics. */}
            <div className="mt-2 flex gap-1" onMouseLeave={() => setHovered(null)}>
              {STARS.map((stars) => (
                <label
                  key={stars}
                  onMouseEnter={() => setHovered(stars)}
                  className="inline-flex size-11 cursor-pointer items-center justify-center rounded-lg text-warning has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
                >
                  <input
                    type="radio"
                    name="stars"
                    value={stars}
                    checked={selected === stars}
                    onChange={() => setSelected(stars)}
                    className="sr-only"
                  />
                  <Star aria-hidden="true" className="size-8" fill={stars <= lit ? "currentColor" : "none"} />
                  <span className="sr-only">{starLabel(stars)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {state.ok === false && (
            <Alert role="alert" tone="danger" title="Your rating was not saved">
              <p>{state.message}</p>
            </Alert>
          )}
          <p role="status" className="text-success">
            {state.ok === true ? `Thank you: your rating of ${starLabel(state.stars)} is saved.` : ""}
          </p>
          <Button type="submit" disabled={pending || selected === null} className="self-start">
            {pending ? "Saving…" : saved === null ? "Rate" : "Change rating"}
          </Button>
        </form>
      )}
    </section>
  );
}
