// A session cookie the way a browser gets one: next-auth's CSRF token, then its credentials callback.
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrfResponse.headers.getSetCookie());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  await response.arrayBuffer();
  const cookies = cookiePairs(response.headers.getSetCookie());
  if (!cookies.some((cookie) => cookie.startsWith("next-auth.session-token="))) {
    throw new Error(`signing in as ${email} failed: HTTP ${response.status}, no session cookie`);
  }
  return [...csrfCookies, ...cookies].join("; ");
}

function cookiePairs(setCookies: string[]): string[] {
  return setCookies.map((line) => line.split(";")[0] as string).filter((pair) => !pair.endsWith("="));
}
