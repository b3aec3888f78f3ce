// One file to POST /api/uploads with XMLHttpRequest: fetch() still cannot report upload progress.
import type { UploadedAttachment } from "@/lib/attachments/upload-attachment";
import type { TAttachmentVisibility } from "@/lib/validation/attachment";

export type UploadOutcome = { ok: true; attachment: UploadedAttachment } | { ok: false; message: string };

export type SendUploadOptions = {
  file: File;
  visibility: TAttachmentVisibility;
  /** 0–100, as the bytes leave the browser. */
  onProgress: (percent: number) => void;
};

const GENERIC_FAILURE = "The file could not be uploaded. Please check your connection and try again.";

/** Starts the upload; `abort` cancels it (the promise then settles as a failure nobody shows). */
export function sendUpload({ file, visibility, onProgress }: SendUploadOptions): {
  done: Promise<UploadOutcome>;
  abort: () => void;
} {
  const request = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    request.open("POST", "/api/uploads");
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    // Header values must be Latin-1: the name travels URL-encoded and the server decodes it.
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.setRequestHeader("X-Visibility", visibility);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A proxy's HTML error page: fall through to the generic message.
      }
      if (request.status === 201 && body && typeof body === "object" && "id" in body) {
        resolve({ ok: true, attachment: body as UploadedAttachment });
        return;
      }
      const error = body && typeof body === "object" && "error" in body ? String(body.error) : null;
      resolve({ ok: false, message: error ?? (request.status === 413 ? "This file is too large." : GENERIC_FAILURE) });
    };
    request.onerror = () => resolve({ ok: false, message: GENERIC_FAILURE });
    request.onabort = () => resolve({ ok: false, message: "Upload cancelled." });
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
