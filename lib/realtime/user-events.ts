// The signed-in user's own channel (browser-safe, like events.ts): every socket of a signed-in user sits in
// their room, so all their open pages hear of their notifications.

/** The user's unread notification count, sent on connecting and whenever it changes. */
export type NotificationsUnreadEvent = { unread: number };

export const userRoom = (userId: string) => `user:${userId}`;
