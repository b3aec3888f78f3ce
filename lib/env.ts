// The only module that reads process.env. Parsed once, on first use, so that scripts/dev.ts can set
// DATABASE_URL (embedded Postgres) before anything asks for it.
import { z } from "zod";

const DEV_AUTH_SECRET = "consilium-development-secret-not-for-production-use";

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Signs session cookies (next-auth). Required in production. */
    NEXTAUTH_SECRET: z.string().min(32).optional(),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().default("0.0.0.0"),
    /** Where the embedded Postgres keeps its data, and later uploads. Git-ignored. */
    DATA_DIR: z.string().default(".data"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    /** Failed sign-ins per e-mail within 15 minutes before further attempts are delayed. */
    SIGN_IN_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .transform((raw) => {
    if (raw.NODE_ENV === "production" && !raw.NEXTAUTH_SECRET) {
      throw new Error("NEXTAUTH_SECRET must be set (32+ characters) in production");
    }
    return { ...raw, NEXTAUTH_SECRET: raw.NEXTAUTH_SECRET ?? DEV_AUTH_SECRET };
  });

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The database URL, or a clear error naming the two ways to get one. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` (embedded Postgres) or set DATABASE_URL.",
    );
  }
  return url;
}

/** For scripts that set DATABASE_URL themselves (embedded Postgres, test databases) after env() was read. */
export function resetEnvForTests(): void {
  cached = undefined;
}
