import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth 4 reads options per request; building them lazily keeps env() out of module load.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
