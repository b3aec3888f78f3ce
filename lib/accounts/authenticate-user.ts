import { hashForMissingAccount, verifyPassword } from "../auth/password";
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { ZSignIn } from "../validation/account";
import { parseInput } from "../validation/parse-input";

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: "PATIENT" | "DOCTOR" | "MODERATOR" | "ADMIN";
};

/** The same words whether the e-mail exists or not, so the form does not reveal who has an account. */
export const WRONG_CREDENTIALS = "The e-mail or password is incorrect.";

const WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** Per address, across e-mails: generous for shared networks, still stops a sweep. */
const IP_FAILURES_PER_WINDOW = 50;

/**
 * After the first few failures for an e-mail, each further attempt must wait twice as long as the
 * last (1 s, 2 s, 4 s … up to 15 minutes) — guessing becomes useless, a person who mistyped barely notices.
 */
export function requiredWaitMs(recentFailures: number, freeFailures: number): number {
  if (recentFailures < freeFailures) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (recentFailures - freeFailures));
}

async function assertNotThrottled(email: string, ip: string | null, now: Date): Promise<void> {
  const client = db();
  const since = new Date(now.getTime() - WINDOW_MS);
  const [byEmail, last, byIp] = await Promise.all([
    client.signInFailure.count({ where: { email, createdAt: { gte: since } } }),
    client.signInFailure.findFirst({ where: { email }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    ip ? client.signInFailure.count({ where: { ip, createdAt: { gte: since } } }) : Promise.resolve(0),
  ]);
  const wait = requiredWaitMs(byEmail, env().SIGN_IN_FREE_FAILURES);
  const remaining = last ? last.createdAt.getTime() + wait - now.getTime() : 0;
  if (remaining > 0 || byIp >= IP_FAILURES_PER_WINDOW) {
    const seconds = Math.max(1, Math.ceil((byIp >= IP_FAILURES_PER_WINDOW ? WINDOW_MS : remaining) / 1000));
    throw new DomainError(
      "RATE_LIMITED",
      `Too many failed attempts. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
    );
  }
}

export async function authenticateUser(options: {
  input: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<AuthenticatedUser> {
  const { email, password } = parseInput(ZSignIn, options.input);
  const ip = options.ip ?? null;
  const now = options.now ?? new Date();
  await assertNotThrottled(email, ip, now);

  const client = db();
  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await hashForMissingAccount()), password);
  if (!user || !ok) {
    await client.signInFailure.create({ data: { email, ip, userId: user?.id ?? null, createdAt: now } });
    throw new DomainError("INVALID", WRONG_CREDENTIALS);
  }

  await client.$transaction([
    client.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    client.signInFailure.deleteMany({ where: { email } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
