import { expect, test, type WebSocket } from "@playwright/test";
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
