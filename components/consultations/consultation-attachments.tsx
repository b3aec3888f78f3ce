import { Download, EyeOff, FileImage, FileText } from "lucide-react";
import { formatBytes } from "@/components/ui/format";
import type { ConsultationAttachmentView } from "@/lib/consultations/consultation-view";

const fileUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/** A private message's files: images with a small preview, PDFs as downloads; all served only to the two of them. */
export function ConsultationAttachments({ files, label }: { files: ConsultationAttachmentView[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-3 flex flex-col gap-2">
      {files.map((file) => {
        const isImage = file.contentType.startsWith("image/");
        const Icon = isImage ? FileImage : FileText;
        return (
          <li
            key={file.id}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line bg-canvas px-3 py-2"
          >
            {file.fileName !== null && isImage ? (
              <a href={fileUrl(file.id)} target="_blank" rel="noopener" className="shrink-0">
                {/* biome-ignore lint/performance/noImgElement: next/image's optimizer fetches without the viewer's session, and these files need it. */}
                <img
                  src={fileUrl(file.id)}
                  alt={file.fileName}
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
            {file.fileName === null || isImage ? (
              <span className="min-w-0 break-all font-medium">{file.fileName ?? "A file hidden by a moderator"}</span>
            ) : (
              <a
                href={fileUrl(file.id)}
                download={file.fileName}
                className="inline-flex min-h-11 min-w-0 items-center gap-1.5 break-all font-medium"
              >
                <Download aria-hidden="true" className="size-4 shrink-0" />
                {file.fileName}
                <span className="sr-only"> (download)</span>
              </a>
            )}
            <span className="text-muted">
              {file.contentType}, {formatBytes(file.sizeBytes)}
            </span>
            {file.hidden && file.fileName !== null && (
              <span className="inline-flex items-center gap-1 text-warning">
                <EyeOff aria-hidden="true" className="size-4" />
                Hidden by a moderator
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
