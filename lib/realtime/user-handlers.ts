// Signed-in sockets join their user's room; the notification bridge tells that room the fresh unread count
// whenever the user's notifications change (created by any use-case, or read in another tab). The bridge also
// carries what the worker publishes, emitted here to its room.
import { countUnreadNotifications } from "../notifications/count-unread-notifications";
import { listenForNotificationChanges } from "./notification-bridge";
import type { RealtimeServer } from "./registry";
import { emitRelayed } from "./relay";
import { userRoom } from "./user-events";

/** Changes within this window make one count per user (a burst of notifications, "mark all as read"). */
const COALESCE_MS = 50;

export function registerUserHandlers(
  io: RealtimeServer,
  options: { onListening?: () => void } = {},
): { stop: () => Promise<void> } {
  const pending = new Set<string>();
  let flushTimer: NodeJS.Timeout | undefined;

  const publishUnread = async (userId: string) => {
    // Nobody of theirs is connected to this process: no count to read.
    if (!io.sockets.adapter.rooms.get(userRoom(userId))?.size) return;
    try {
      const unread = await countUnreadNotifications({ userId });
      io.to(userRoom(userId)).emit("notifications:unread", { unread });
    } catch (error) {
      console.error("publishing the unread count failed", { userId, error });
    }
  };
  const flush = () => {
    flushTimer = undefined;
    const userIds = [...pending];
    pending.clear();
    for (const userId of userIds) void publishUnread(userId);
  };

  const bridge = listenForNotificationChanges({
    onChange: (userId) => {
      pending.add(userId);
      flushTimer ??= setTimeout(flush, COALESCE_MS);
    },
    onRelayed: (relayed) => emitRelayed(io, relayed),
    // After a reconnection, changes made meanwhile were not heard: resend every connected user's count.
    onListening: () => {
      for (const room of io.sockets.adapter.rooms.keys()) {
        if (room.startsWith("user:")) pending.add(room.slice("user:".length));
      }
      if (pending.size > 0) flushTimer ??= setTimeout(flush, COALESCE_MS);
      options.onListening?.();
    },
  });

  io.on("connection", (socket) => {
    const userId = socket.data.userId;
    if (!userId) return;
    // The page shows the count it was rendered with; this one covers anything between that render and now.
    void socket.join(userRoom(userId));
    countUnreadNotifications({ userId }).then(
      (unread) => socket.emit("notifications:unread", { unread }),
      (error: unknown) => console.error("reading the unread count failed", { userId, error }),
    );
  });

  return {
    stop: async () => {
      clearTimeout(flushTimer);
      await bridge.stop();
    },
  };
}
