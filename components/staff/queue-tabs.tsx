import Link from "next/link";

type Tab = { href: string; label: string; count: number; current: boolean };

const TAB = "inline-flex min-h-11 items-center gap-2 rounded-lg px-3 font-semibold no-underline";

/** Links between the queues of one staff page; the current one is marked for screen readers too. */
export function QueueTabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={`${TAB} ${tab.current ? "bg-brand text-white hover:text-white" : "border border-field bg-surface text-ink hover:bg-neutral-soft"}`}
            >
              {tab.label}
              <span
                className={`rounded-full px-2 text-sm ${tab.current ? "bg-white text-brand-strong" : "bg-neutral-soft"}`}
              >
                {tab.count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
