import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugFromTitle } from "../../lib/articles/article-slug";

describe("slugFromTitle", () => {
  it.each([
    ["Lower back pain radiating to the leg: causes", "lower-back-pain-radiating-to-the-leg-causes"],
    ["  --Sciatica?!  ", "sciatica"],
    ["Боль в пояснице, отдающая в ногу", "bol-v-poyasnitse-otdayushchaya-v-nogu"],
    ["Ménière's disease: Schwindel außen", "meniere-s-disease-schwindel-aussen"],
    ["Πονοκέφαλος", "ponokefalos"],
    ["???", "article"],
    ["头痛", "article"],
  ])("%j → %s", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it("leaves room for a suffix and never ends in a hyphen", () => {
    const slug = slugFromTitle(`${"word ".repeat(60)}end`);
    expect(slug.length).toBeLessThanOrEqual(152);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("firstFreeSlug", () => {
  it("takes the base, then -2, -3…", () => {
    expect(firstFreeSlug("sciatica", new Set())).toBe("sciatica");
    expect(firstFreeSlug("sciatica", new Set(["sciatica"]))).toBe("sciatica-2");
    expect(firstFreeSlug("sciatica", new Set(["sciatica", "sciatica-2", "sciatica-3"]))).toBe("sciatica-4");
  });
});
