import { Download, FileImage, FileText } from "lucide-react";
import { formatBytes } from "@/components/ui/format";

const fileUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/**
 * One file as the lists show it: an image with a small preview linking to the full picture, a PDF as a download,
 * and its type and size. A file the viewer may not open (fileName null) shows `unavailable` instead of a name and
 * no link. Served from /api/attachments/<id>, which checks the viewer again.
 */
export function AttachmentFile({
  file,
  unavailable,
}: {
  file: { id: string; fileName: string | null; contentType: string; sizeBytes: number };
  unavailable: string;
}) {
  const isImage = file.contentType.startsWith("image/");
  const Icon = isImage ? FileImage : FileText;
  return (
    <>
      {file.fileName !== null && isImage ? (
        // The preview is the link to the full picture; its alt text names the file.
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
        <span className="min-w-0 break-all font-medium">{file.fileName ?? unavailable}</span>
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
    </>
  );
}

/** The row every file list uses. */
export const ATTACHMENT_ROW =
  "flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line bg-canvas px-3 py-2";
