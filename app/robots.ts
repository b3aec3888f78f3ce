import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = env().NEXTAUTH_URL.replace(/\/$/, "");
  return {
    // Members' pages, sign-in and files are nobody's search result; test results above all.
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/ask",
        "/sign-in",
        "/sign-up",
        "/my",
        "/notifications",
        "/settings",
        "/consultations",
        "/doctor",
        "/staff",
      ],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
