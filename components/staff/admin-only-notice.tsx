import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/**
 * What a moderator sees on an administrators' page: the staff layout lets every staff member in, and the
 * page's use-case refused; they are told plainly instead of being shown an error.
 */
export function AdminOnlyNotice({ message }: { message: string }) {
  return (
    <Alert role="status" tone="info" title={message}>
      <p>
        Ask an administrator if something here needs doing. The <Link href="/staff/moderation">moderation queue</Link>{" "}
        is open to you.
      </p>
    </Alert>
  );
}
