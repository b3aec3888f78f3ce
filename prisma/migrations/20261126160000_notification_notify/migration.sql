-- Hand-written: tells the web process (lib/realtime/notification-bridge.ts, LISTEN consilium_notification) whose
-- unread count changed, whichever use-case created or read a notification. NOTIFY is delivered only when the
-- transaction commits, so a rolled-back notification is never announced. Within one transaction Postgres folds
-- identical payloads into one, so marking fifty notifications read announces that user once.
CREATE FUNCTION "consilium_notification_changed"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('consilium_notification', OLD."userId");
  ELSE
    PERFORM pg_notify('consilium_notification', NEW."userId");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Notification_changed_notify"
  AFTER INSERT OR DELETE OR UPDATE OF "readAt" ON "Notification"
  FOR EACH ROW EXECUTE FUNCTION "consilium_notification_changed"();
