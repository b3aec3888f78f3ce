import { Download, EyeOff, FileImage, FileText, Lock } from "lucide-react";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/components/ui/format";
import type { ThreadAttachment } from "@/lib/questions/get-question-thread";

const fileUrl = (attachment: ThreadAttachment) => `/api/attachments/${encodeURIComponent(attachment.id)}`;

/**
 * Files listed by name and type. Files the viewer may open link to /api/attachments/<id> (images with a small
 * preview, PDFs as downloads); a file the viewer may not open shows no name and no link.
 */
export function AttachmentList({
  attachments,
  label,
  complain,
}: {
  attachments: ThreadAttachment[];
  label: string;
  /** Complain buttons on the files the viewer can open and did not upload. */
  complain?: ComplainSetup;
}) {
  if (attachments.length === 0) return null;
  return (
    <section aria-label={label} className="mt-4">
      <ul className="flex flex-col gap-2">
        {attachments.map((attachment) => {
          const isImage = attachment.contentType.startsWith("image/");
          const Icon = isImage ? FileImage : FileText;
          return (
            <li
              key={attachment.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line bg-canvas px-3 py-2"
            >
              {attachment.fileName !== null && isImage ? (
                // The preview is the link to the full picture; its alt text names the file.
                <a href={fileUrl(attachment)} target="_blank" rel="noopener" className="shrink-0">
                  {/* biome-ignore lint/performance/noImgElement: next/image's optimizer fetches without the viewer's session, and doctors-only files need it. */}
                  <img
                    src={fileUrl(attachment)}
                    alt={attachment.fileName}
                    width={64}
                    height={64}
                    loading="lazy"
                    decoding="async"
                    className="size-16 rounded-md border border-line bg-surface object-cover"
                  />
                </a>
              ) : (
                <Icon aria-hidden="true" className="size-5 shrink-0 text-muted" />
              )}
              {attachment.fileName === null || isImage ? (
                <span className="min-w-0 break-all font-medium">
                  {attachment.fileName ?? (attachment.hidden ? "A file hidden by a moderator" : "A file for doctors")}
                </span>
              ) : (
                <a
                  href={fileUrl(attachment)}
                  download={attachment.fileName}
                  className="inline-flex min-h-11 min-w-0 items-center gap-1.5 break-all font-medium"
                >
                  <Download aria-hidden="true" className="size-4 shrink-0" />
                  {attachment.fileName}
                  <span className="sr-only"> (download)</span>
                </a>
              )}
              <span className="text-muted">
                {attachment.contentType}, {formatBytes(attachment.sizeBytes)}
              </span>
              {attachment.visibility === "DOCTORS_ONLY" && !attachment.hidden && (
                <Badge tone="neutral">
                  <Lock aria-hidden="true" className="size-4" />
                  Visible to doctors only
                </Badge>
              )}
              {attachment.hidden && (
                <Badge tone="warning">
                  <EyeOff aria-hidden="true" className="size-4" />
                  Hidden by a moderator{attachment.hidden.reason ? `: ${attachment.hidden.reason}` : ""}
                </Badge>
              )}
              {complain && attachment.fileName !== null && !attachment.viewerIsOwner && !attachment.hidden && (
                <ComplainButton
                  setup={complain}
                  targetType="ATTACHMENT"
                  targetId={attachment.id}
                  what={`the file ${attachment.fileName}`}
                  noun="file"
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
