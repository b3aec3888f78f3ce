import { EyeOff } from "lucide-react";
import { ATTACHMENT_ROW, AttachmentFile } from "@/components/attachments/attachment-file";
import type { ConsultationAttachmentView } from "@/lib/consultations/consultation-view";

/** A private message's files: images with a small preview, PDFs as downloads; all served only to the two of them. */
export function ConsultationAttachments({ files, label }: { files: ConsultationAttachmentView[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-3 flex flex-col gap-2">
      {files.map((file) => (
        <li key={file.id} className={ATTACHMENT_ROW}>
          <AttachmentFile file={file} unavailable="A file hidden by a moderator" />
          {file.hidden && file.fileName !== null && (
            <span className="inline-flex items-center gap-1 text-warning">
              <EyeOff aria-hidden="true" className="size-4" />
              Hidden by a moderator
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
