import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export async function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    // A malformed stored hash is a failed check, not a crash of the sign-in page.
    return false;
  }
}

/** Verifying against this when no account exists keeps the timing of "no such e-mail" and "wrong password" alike. */
let dummyHash: Promise<string> | undefined;
export function hashForMissingAccount(): Promise<string> {
  dummyHash ??= hash("no-such-account-placeholder-password");
  return dummyHash;
}
