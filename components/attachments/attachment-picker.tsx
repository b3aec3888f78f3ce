"use client";

import { FileImage, FileText, Lock, Paperclip, Users, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/components/ui/format";
import type { UploadedAttachment } from "@/lib/attachments/upload-attachment";
import type { TAttachmentVisibility } from "@/lib/validation/attachment";
import { ACCEPTED_UPLOAD_TYPES, ATTACHMENT_LIMITS, TOO_LARGE_MESSAGE } from "@/lib/validation/attachment-limits";
import { sendUpload } from "./send-upload";

export type AttachmentPickerProps = {
  /** Files per post (default 5). */
  max?: number;
  /** Files uploaded before a failed submit, so they are not lost. */
  initial?: UploadedAttachment[];
  /**
   * For private conversations (consultations): no visibility choice, only this note ("Files are seen only by you and
   * Dr. X"). The server keeps such files private whatever visibility they were uploaded with.
   */
  privateNote?: string;
};

type Item = {
  key: string;
  fileName: string;
  sizeBytes: number;
  contentType: string;
  visibility: TAttachmentVisibility;
} & (
  | { state: "uploading"; progress: number; abort: () => void }
  | { state: "done"; id: string }
  | { state: "failed"; message: string }
);

const VISIBILITY_LABELS: Record<TAttachmentVisibility, string> = {
  DOCTORS_ONLY: "Visible to doctors only",
  PUBLIC: "Visible to everyone",
};

/**
 * "Add test results": each chosen file is uploaded at once (with progress) to /api/uploads, and the ids of the
 * stored ones go into the surrounding form as hidden `attachmentIds` inputs. The server checks every file;
 * the checks here only answer sooner.
 */
export function AttachmentPicker({
  max = ATTACHMENT_LIMITS.perPost,
  initial = [],
  privateNote,
}: AttachmentPickerProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [visibility, setVisibility] = useState<TAttachmentVisibility>("DOCTORS_ONLY");
  const [items, setItems] = useState<Item[]>(() =>
    initial.map((file) => ({ ...file, key: `initial-${file.id}`, state: "done" as const })),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const uploading = items.filter((item) => item.state === "uploading").length;
  const counted = items.filter((item) => item.state !== "failed").length;

  // A post sent while a file is still on its way would go without it: hold the form until uploads finish.
  const uploadingRef = useRef(0);
  uploadingRef.current = uploading;
  useEffect(() => {
    const form = rootRef.current?.closest("form");
    if (!form) return;
    const holdSubmit = (event: SubmitEvent) => {
      if (uploadingRef.current === 0) return;
      event.preventDefault();
      setNotice("Please wait until your files have finished uploading, then send again.");
    };
    form.addEventListener("submit", holdSubmit);
    return () => form.removeEventListener("submit", holdSubmit);
  }, []);

  const update = (key: string, change: (item: Item) => Item) =>
    setItems((current) => current.map((item) => (item.key === key ? change(item) : item)));

  function addFiles(files: File[]) {
    setNotice(null);
    let room = max - counted;
    const added: Item[] = [];
    for (const file of files) {
      const key = `file-${nextKey.current++}`;
      const base = { key, fileName: file.name, sizeBytes: file.size, contentType: file.type, visibility };
      if (room <= 0) {
        added.push({ ...base, state: "failed", message: `You can attach at most ${max} files.` });
      } else if (file.size > ATTACHMENT_LIMITS.maxBytes) {
        added.push({ ...base, state: "failed", message: TOO_LARGE_MESSAGE });
      } else {
        room--;
        const upload = sendUpload({
          file,
          visibility,
          onProgress: (progress) => update(key, (item) => (item.state === "uploading" ? { ...item, progress } : item)),
        });
        added.push({ ...base, state: "uploading", progress: 0, abort: upload.abort });
        void upload.done.then((outcome) => {
          update(key, (item) =>
            outcome.ok
              ? { ...outcome.attachment, key, state: "done" }
              : { ...item, state: "failed", message: outcome.message },
          );
          setAnnouncement(outcome.ok ? `${file.name} uploaded.` : `${file.name} was not uploaded.`);
        });
      }
    }
    setItems((current) => [...current, ...added]);
  }

  function remove(item: Item) {
    if (item.state === "uploading") item.abort();
    setItems((current) => current.filter((entry) => entry.key !== item.key));
    setAnnouncement(`${item.fileName} removed.`);
  }

  return (
    <div ref={rootRef} className="flex flex-col gap-3">
      {privateNote ? (
        <p className="inline-flex items-center gap-2 text-muted">
          <Lock aria-hidden="true" className="size-4 shrink-0" />
          {privateNote}
        </p>
      ) : (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-semibold">Who may see the files you add next</legend>
          {(["DOCTORS_ONLY", "PUBLIC"] as const).map((option) => (
            <label key={option} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name={`${id}-visibility`}
                value={option}
                checked={visibility === option}
                onChange={() => setVisibility(option)}
                className="size-5 accent-brand"
              />
              <span>
                {VISIBILITY_LABELS[option]}
                {option === "DOCTORS_ONLY" && <span className="text-muted"> (recommended for test results)</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => inputRef.current?.click()} disabled={counted >= max}>
          <Paperclip aria-hidden="true" className="size-5" />
          Add test results
        </Button>
        <span className="text-muted">
          {counted} of {max} files
        </span>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPTED_UPLOAD_TYPES.join(",")}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          className="sr-only"
          onChange={(event) => {
            addFiles(Array.from(event.currentTarget.files ?? []));
            // Choosing the same file again after removing it must fire onChange again.
            event.currentTarget.value = "";
          }}
        />
      </div>

      {notice && (
        <p role="alert" className="font-medium text-danger">
          {notice}
        </p>
      )}

      {items.length > 0 && (
        <ul aria-label="Files to attach" className="flex flex-col gap-2">
          {items.map((item) => (
            <PickedFile key={item.key} item={item} onRemove={() => remove(item)} />
          ))}
        </ul>
      )}

      {items.map(
        (item) => item.state === "done" && <input key={item.key} type="hidden" name="attachmentIds" value={item.id} />,
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function PickedFile({ item, onRemove }: { item: Item; onRemove: () => void }) {
  const Icon = item.contentType.startsWith("image/") ? FileImage : FileText;
  const VisibilityIcon = item.visibility === "DOCTORS_ONLY" ? Lock : Users;
  return (
    <li
      className={`flex flex-col gap-2 rounded-lg border bg-surface px-3 py-2 ${item.state === "failed" ? "border-danger" : "border-line"}`}
    >
      <div className="flex items-center gap-3">
        <Icon aria-hidden="true" className="size-5 shrink-0 text-muted" />
        <div className="min-w-0 flex-1">
          <p className="break-all font-medium">{item.fileName}</p>
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
            <span>{formatBytes(item.sizeBytes)}</span>
            <span className="inline-flex items-center gap-1">
              <VisibilityIcon aria-hidden="true" className="size-4" />
              {VISIBILITY_LABELS[item.visibility]}
            </span>
            {item.state === "uploading" && <span>Uploading… {item.progress}%</span>}
          </p>
        </div>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`${item.state === "uploading" ? "Cancel" : "Remove"} ${item.fileName}`}
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-neutral-soft hover:text-ink"
        >
          <X aria-hidden="true" className="size-5" />
        </button>
      </div>
      {item.state === "uploading" && (
        <div
          role="progressbar"
          aria-label={`Uploading ${item.fileName}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={item.progress}
          className="h-2 overflow-hidden rounded-full bg-neutral-soft"
        >
          <div className="h-full bg-brand transition-[width]" style={{ width: `${item.progress}%` }} />
        </div>
      )}
      {item.state === "failed" && (
        <p role="alert" className="font-medium text-danger">
          {item.message}
        </p>
      )}
    </li>
  );
}
