import { CopyLinkButton } from "./copy-link-button";

type ShareLinksProps = { url: string; title: string };

const LINK =
  "inline-flex min-h-10 items-center rounded-lg border border-field bg-surface px-3 font-semibold text-ink no-underline hover:bg-neutral-soft hover:text-ink";

/** Plain links to each service's own share page: no third-party scripts, nothing loads until a reader clicks. */
export function shareTargets(url: string, title: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: "E-mail", href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: "X (Twitter)", href: `https://twitter.com/intent/tweet?url=${u}&text=${t}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}

export function ShareLinks({ url, title }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-3">
      <h2 id="share-heading" className="text-xl font-bold">
        Share with friends
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            <a
              href={target.href}
              className={LINK}
              {...(!target.href.startsWith("mailto:") && { target: "_blank", rel: "noopener noreferrer" })}
            >
              {target.name}
              {!target.href.startsWith("mailto:") && <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
