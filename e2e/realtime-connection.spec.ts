import { expect, test, type WebSocket, type WebSocketRoute } from "@playwright/test";
import { seedAnsweredQuestion, seedVerifiedDoctor } from "./support/database";
import { header, signIn } from "./support/pages";

test("a question page holds one socket.io connection for the thread, 'is answering', the answer form and the badge", async ({
  browser,
}) => {
  const firstDoctor = await seedVerifiedDoctor("Aino Virtanen", "neurologist");
  const viewer = await seedVerifiedDoctor("Mikael Lind", "neurologist");
  const lateDoctor = await seedVerifiedDoctor("Sofia Reyes", "neurologist");
  const thread = await seedAnsweredQuestion({
    doctor: firstDoctor,
    specialtySlug: "neurologist",
    title: `Dizzy when I stand up quickly ${Date.now()}`,
    answer: "Stand up slowly and drink more water; tell us your blood pressure lying and standing.",
  });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, viewer.email, viewer.password);
  await expect(page).toHaveURL("/");
  // Unload the home page first: its badge's socket may still be connecting and must not be counted as the question's.
  await page.goto("about:blank");

  const sockets: WebSocket[] = [];
  let greeted = false;
  page.on("websocket", (socket) => {
    if (!socket.url().includes("/socket.io/")) return;
    sockets.push(socket);
    // The user's channel greets every new connection with the unread count.
    socket.on("framereceived", (frame) => {
      if (String(frame.payload).includes("notifications:unread")) greeted = true;
    });
  });
  await page.goto(`/questions/${thread.questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
  // A doctor who has not answered yet: the answer form (which signals "is answering") is on the page too.
  await expect(page.getByLabel("Answer", { exact: true })).toBeVisible();
  // Greeted: the page has hydrated and every live feature on it has asked for its socket.
  await expect.poll(() => greeted).toBe(true);
  expect(sockets).toHaveLength(1);
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  // The one connection carries "is answering" and the thread: another doctor writes, then posts, in another browser.
  const lateContext = await browser.newContext();
  const latePage = await lateContext.newPage();
  await signIn(latePage, lateDoctor.email, lateDoctor.password);
  await expect(latePage).toHaveURL("/");
  await latePage.goto(`/questions/${thread.questionId}`);
  const lateAnswer = "Also check your iron levels: anaemia makes standing up dizzy as well.";
  await latePage.getByLabel("Answer", { exact: true }).fill(lateAnswer);
  await expect(page.getByText("Dr. Sofia Reyes is answering…")).toBeVisible();
  await latePage.getByRole("button", { name: "Post answer" }).click();
  await expect(page.getByText(lateAnswer)).toBeVisible();
  await expect(page.getByText("Dr. Sofia Reyes is answering…")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  expect(sockets).toHaveLength(1);

  // Leaving the question within the app keeps the tab's connection for the header's badge: none new, none closed.
  await header(page)
    .getByRole("link", { name: /Notifications/ })
    .click();
  await expect(page).toHaveURL("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  expect(sockets).toHaveLength(1);
  expect(sockets[0]?.isClosed()).toBe(false);

  await lateContext.close();
  await context.close();
});

test("a dropped connection shows the pill, reconnects by itself, says it is restored and keeps the thread live", async ({
  browser,
}) => {
  const firstDoctor = await seedVerifiedDoctor("Aino Virtanen", "neurologist");
  const lateDoctor = await seedVerifiedDoctor("Sofia Reyes", "neurologist");
  const thread = await seedAnsweredQuestion({
    doctor: firstDoctor,
    specialtySlug: "neurologist",
    title: `Ringing in one ear after a concert ${Date.now()}`,
    answer: "Give it two days of quiet; if it stays, see an ENT doctor for a hearing test.",
  });

  // A visitor's tab, its socket.io traffic passed through a route that can cut the connection.
  const context = await browser.newContext();
  const page = await context.newPage();
  const routes: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (route) => {
    route.connectToServer();
    routes.push(route);
  });
  // Joins acknowledged: the thread's and "is answering"'s, on the same connection.
  let joined = 0;
  page.on("websocket", (socket) => {
    socket.on("framereceived", (frame) => {
      if (String(frame.payload).includes('"ok":true')) joined += 1;
    });
  });
  await page.goto(`/questions/${thread.questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
  await expect.poll(() => joined).toBe(2);
  const status = page.getByRole("status").filter({ hasText: "Live updates" });
  await expect(status).toHaveCount(0);

  // socket.io waits about a second before it reconnects: long enough to see the note.
  await routes[0]?.close();
  await expect(status).toHaveText("Live updates paused — reconnecting…");
  await expect(status).toHaveText("Live updates restored");
  expect(routes).toHaveLength(2);
  // Both features joined again on the new connection.
  await expect.poll(() => joined).toBe(4);

  // The thread rejoined its room on the new connection: an answer posted now arrives without a reload.
  const lateContext = await browser.newContext();
  const latePage = await lateContext.newPage();
  await signIn(latePage, lateDoctor.email, lateDoctor.password);
  await expect(latePage).toHaveURL("/");
  await latePage.goto(`/questions/${thread.questionId}`);
  const lateAnswer = "Ringing after loud music usually fades; protect your ears at the next concert.";
  await latePage.getByLabel("Answer", { exact: true }).fill(lateAnswer);
  await latePage.getByRole("button", { name: "Post answer" }).click();
  await expect(page.getByText(lateAnswer)).toBeVisible();
  // The "restored" note goes away by itself.
  await expect(status).toHaveCount(0);

  await lateContext.close();
  await context.close();
});
