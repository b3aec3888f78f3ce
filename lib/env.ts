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

    /** Where uploaded files live: the local disk under DATA_DIR/uploads, or an S3-compatible bucket. */
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    /** For S3-compatible services (MinIO, R2, …); unset for AWS itself. */
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),

    /** smtp://user:pass@host:587 — unset: e-mails stay in the outbox table and are logged as sent. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().default("Consilium <no-reply@consilium.test>"),

    /** Flood limits, per account. Accounts younger than NEW_ACCOUNT_DAYS get the lower question limit. */
    NEW_ACCOUNT_DAYS: z.coerce.number().int().min(0).default(7),
    QUESTIONS_PER_DAY_NEW_ACCOUNT: z.coerce.number().int().min(1).default(3),
    QUESTIONS_PER_DAY: z.coerce.number().int().min(1).default(20),
    MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(6),

    /** Pending complaints from this many different people hide the content until a moderator decides. */
    COMPLAINT_AUTO_HIDE_THRESHOLD: z.coerce.number().int().min(1).default(3),
    COMPLAINTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /** Route "dangerous medical advice" complaints to moderators who are doctors (User.isMedicalReviewer). */
    MEDICAL_REVIEW_ROUTING: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),

    /** Which payment provider takes payments for private consultations. The sandbox is a local checkout page. */
    PAYMENT_PROVIDER: z.enum(["sandbox", "stripe"]).default("sandbox"),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
    /** The signing secret of the Stripe webhook endpoint (whsec_…). */
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    /** Signs the sandbox provider's webhook events, exactly as Stripe signs its own. */
    SANDBOX_WEBHOOK_SECRET: z.string().min(16).default("whsec_consilium_sandbox_development_only"),
    /** A production build runs the sandbox only when asked to (the end-to-end tests do). */
    ALLOW_SANDBOX_PAYMENTS: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
    /** Hours a doctor has to answer a paid consultation before the patient is refunded automatically. */
    CONSULTATION_ANSWER_HOURS: z.coerce.number().positive().default(24),

    /** "Dr. X is answering": how long the soft lock lives without being renewed. */
    ANSWERING_LOCK_SECONDS: z.coerce.number().int().min(10).default(90),
    /** The hour (UTC) after which the daily digest e-mails are written. */
    DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),

    /** Pages for anonymous readers kept in each web process's memory (production builds only). */
    PAGE_CACHE: z
      .enum(["on", "off"])
      .default("on")
      .transform((value) => value === "on"),
    PAGE_CACHE_MAX_MB: z.coerce.number().positive().default(32),
    /** A kept page is rendered again after this long even if no write touched it (view counts move meanwhile). */
    PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  })
  .transform((raw) => {
    if (raw.NODE_ENV === "production" && !raw.NEXTAUTH_SECRET) {
      throw new Error("NEXTAUTH_SECRET must be set (32+ characters) in production");
    }
    if (raw.STORAGE_DRIVER === "s3" && !raw.S3_BUCKET) {
      throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET (and credentials unless the environment provides them)");
    }
    if (raw.PAYMENT_PROVIDER === "stripe" && (!raw.STRIPE_SECRET_KEY || !raw.STRIPE_WEBHOOK_SECRET)) {
      throw new Error("PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY (sk_…) and STRIPE_WEBHOOK_SECRET (whsec_…)");
    }
    if (raw.NODE_ENV === "production" && raw.PAYMENT_PROVIDER === "sandbox" && !raw.ALLOW_SANDBOX_PAYMENTS) {
      throw new Error("The sandbox payment provider takes no money: set PAYMENT_PROVIDER=stripe in production");
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

/** Reads the environment again: for scripts and tests that set variables (DATABASE_URL of an embedded or test database) after env() was first read. */
export function reloadEnv(): void {
  cached = undefined;
}
