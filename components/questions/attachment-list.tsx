import { FileImage, FileText, Lock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/components/ui/format";
import type { ThreadAttachment } from "@/lib/questions/get-question-thread";

/** Files listed by name and type. Downloads come later; a file the viewer may not open shows no name. */
export function AttachmentList({ attachments, label }: { attachments: ThreadAttachment[]; label: string }) {
  if (attachments.length === 0) return null;
  return (
    <section aria-label={label} className="mt-4">
      <ul className="flex flex-col gap-2">
        {attachments.map((attachment) => {
          const Icon = attachment.contentType.startsWith("image/") ? FileImage : FileText;
          return (
            <li
              key={attachment.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line bg-canvas px-3 py-2"
            >
              <Icon aria-hidden="true" className="size-5 shrink-0 text-muted" />
              <span className="min-w-0 break-all font-medium">{attachment.fileName ?? "A file for doctors"}</span>
              <span className="text-muted">
                {attachment.contentType}, {formatBytes(attachment.sizeBytes)}
              </span>
              {attachment.visibility === "DOCTORS_ONLY" && (
                <Badge tone="neutral">
                  <Lock aria-hidden="true" className="size-4" />
                  Visible to doctors only
                </Badge>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
