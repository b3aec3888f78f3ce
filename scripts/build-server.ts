// `npm run build`, after `next build`: server.ts and the lib/ modules it imports compiled into one ES module,
// dist/server.mjs, which `npm start` runs with plain node. Running server.ts through tsx in production cost the web
// process ~80 MB of RSS: tsx's loader and transforms, and the source maps it turns on for every module loaded after
// it, Next's own included (their sources and mappings stayed in the heap). Packages stay outside the bundle
// (`packages: "external"`): node loads them from node_modules exactly as before. `npm run dev`, the tests and
// the e2e server still import server.ts through tsx.
import { build } from "esbuild";

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  // Written beside the bundle for reading a stack trace by hand; node loads it only under --enable-source-maps.
  sourcemap: "linked",
  logLevel: "warning",
});
console.log("built dist/server.mjs");
