"use client";

import { Camera, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { ATTACHMENT_LIMITS } from "@/lib/validation/attachment-limits";
import { PHOTO_NOT_IMAGE, PHOTO_TOO_LARGE } from "@/lib/validation/doctor-limits";

type DoctorPhotoFormProps = {
  doctorId: string;
  name: string;
  photoUrl: string | null;
};

type Outcome = { tone: "error" | "done"; text: string } | null;

const IMAGE_TYPES = "image/jpeg,image/png,image/webp";
const OFFLINE = "We could not reach Consilium. Please check your connection and try again.";

/** Sends the chosen photo (or its removal) to /api/doctors/<id>/photo, then shows the page again with the result. */
export function DoctorPhotoForm({ doctorId, name, photoUrl }: DoctorPhotoFormProps) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function send(method: "PUT" | "DELETE", file?: File) {
    // Said at once, without sending megabytes the server would refuse anyway; the server checks again.
    if (file && file.size > ATTACHMENT_LIMITS.maxBytes) return setOutcome({ tone: "error", text: PHOTO_TOO_LARGE });
    if (file?.type && !IMAGE_TYPES.split(",").includes(file.type)) {
      return setOutcome({ tone: "error", text: PHOTO_NOT_IMAGE });
    }
    setBusy(method === "PUT" ? "upload" : "remove");
    setOutcome(null);
    try {
      const response = await fetch(`/api/doctors/${encodeURIComponent(doctorId)}/photo`, {
        method,
        body: file,
        headers: file ? { "Content-Type": file.type || "application/octet-stream" } : undefined,
      });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        const message = body && typeof body === "object" && "error" in body ? String(body.error) : null;
        setOutcome({ tone: "error", text: message ?? "That did not work. Please try again." });
        return;
      }
      setOutcome({
        tone: "done",
        text: method === "PUT" ? "Your new photo is saved." : "Your photo is removed: patients see your initials.",
      });
      router.refresh();
    } catch {
      setOutcome({ tone: "error", text: OFFLINE });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-wrap items-start gap-4">
      <Avatar name={name} photoUrl={photoUrl} size="lg" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <p id="doctor-photo-hint" className="text-muted">
          A clear, friendly photo of your face helps patients trust your answers. JPEG, PNG or WebP, up to 10 MB; we
          crop it to a square and remove its location and camera data.
        </p>
        <div className="flex flex-wrap gap-3">
          <Button
            variant="secondary"
            aria-describedby="doctor-photo-hint"
            disabled={busy !== null}
            onClick={() => inputRef.current?.click()}
          >
            <Camera aria-hidden="true" className="size-5" />
            {busy === "upload" ? "Saving photo…" : photoUrl ? "Choose another photo" : "Choose a photo"}
          </Button>
          {photoUrl && (
            <Button variant="quiet" disabled={busy !== null} onClick={() => send("DELETE")}>
              <Trash2 aria-hidden="true" className="size-5" />
              {busy === "remove" ? "Removing…" : "Remove photo"}
            </Button>
          )}
        </div>
        <input
          ref={inputRef}
          type="file"
          accept={IMAGE_TYPES}
          tabIndex={-1}
          aria-hidden="true"
          className="sr-only"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Choosing the same file again after an error must fire onChange again.
            event.currentTarget.value = "";
            if (file) void send("PUT", file);
          }}
        />
        {outcome?.tone === "error" && (
          <p role="alert" className="font-medium text-danger">
            {outcome.text}
          </p>
        )}
        {outcome?.tone === "done" && (
          <p role="status" className="font-medium text-success">
            {outcome.text}
          </p>
        )}
      </div>
    </div>
  );
}
