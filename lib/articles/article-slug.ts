// The address of an article, made from its title: lower-case Latin letters, digits and hyphens, so it reads
// well in a shared link. Cyrillic and Greek titles are transliterated; accents are dropped.
import { ARTICLE_LIMITS } from "../validation/article-limits";

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
  ў: "u",
};
const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};
// Letters that NFD does not split into a base letter and an accent.
const SPECIAL: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ł: "l", þ: "th", ı: "i" };

const mapped = (char: string): string | undefined => CYRILLIC[char] ?? GREEK[char] ?? SPECIAL[char];

/** One character in Latin letters: mapped as a whole first (й is not и), else without its accents ("έ" → "e"). */
function latinOf(char: string): string {
  const whole = mapped(char);
  if (whole !== undefined) return whole;
  return [...char.normalize("NFD").replace(/\p{M}/gu, "")].map((base) => mapped(base) ?? base).join("");
}

/** Room left for a "-2"… suffix under the column's limit. */
const BASE_MAX = ARTICLE_LIMITS.slugMax - 8;

/** "Боль в спине: что делать?" → "bol-v-spine-chto-delat"; never empty ("article" when nothing is left). */
export function slugFromTitle(title: string): string {
  const latin = [...title.toLowerCase()].map(latinOf).join("");
  const slug = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, BASE_MAX)
    .replace(/-+$/, "");
  return slug || "article";
}

/** The first of `base`, `base-2`, `base-3`… not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
