import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateUser } from "../accounts/authenticate-user";
import { env } from "../env";
import { isDomainError } from "../errors";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || null;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          try {
            const user = await authenticateUser({ input: credentials ?? {}, ip: clientIp(request?.headers) });
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          } catch (error) {
            // next-auth hands an Error's message to the sign-in form; only our own messages may reach it.
            if (isDomainError(error)) throw new Error(error.message);
            console.error("sign-in failed unexpectedly", error);
            throw new Error("Signing in failed on our side. Please try again in a moment.");
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid, role: token.role, name: token.name ?? "", email: token.email ?? "" };
        return session;
      },
    },
  };
}
