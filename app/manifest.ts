import type { MetadataRoute } from "next";

// Lets a phone keep Consilium on its home screen under its own name and colours (app/globals.css).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Consilium — free answers from doctors",
    short_name: "Consilium",
    description: "Ask a health question and get free, public answers from doctors of many specialties.",
    start_url: "/",
    display: "browser",
    background_color: "#f5f7f6",
    theme_color: "#0f6b66",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
