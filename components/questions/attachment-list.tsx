"use client";

import { EyeOff, Lock } from "lucide-react";
import { ATTACHMENT_ROW, AttachmentFile } from "@/components/attachments/attachment-file";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { Badge } from "@/components/ui/badge";
import type { ThreadAttachment } from "@/lib/questions/get-question-thread";
import { useThreadViewer } from "./thread-viewer";

/**
 * Files listed by name and type. Files the viewer may open link to /api/attachments/<id> (images with a small
 * preview, PDFs as downloads); a file the viewer may not open shows no name and no link. On a page rendered for
 * nobody, the names of the files this viewer may open (doctors-only ones for doctors, their own) come from the
 * thread's viewer state.
 */
export function AttachmentList({
  attachments,
  label,
  complain,
}: {
  attachments: ThreadAttachment[];
  label: string;
  /** Complain buttons on the files the viewer can open (none on their own: ComplainButton knows). */
  complain?: ComplainSetup;
}) {
  const named = useThreadViewer()?.files;
  if (attachments.length === 0) return null;
  return (
    <section aria-label={label} className="mt-4">
      <ul className="flex flex-col gap-2">
        {attachments.map((shown) => {
          const attachment = { ...shown, fileName: shown.fileName ?? named?.[shown.id] ?? null };
          return (
            <li key={attachment.id} className={ATTACHMENT_ROW}>
              <AttachmentFile
                file={attachment}
                unavailable={attachment.hidden ? "A file hidden by a moderator" : "A file for doctors"}
              />
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
              {complain && attachment.fileName !== null && !attachment.hidden && (
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
