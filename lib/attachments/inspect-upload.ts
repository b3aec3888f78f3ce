// What an uploaded file really is, judged by its bytes alone (never its name or declared type). Images are
// decoded and re-encoded, so what we store is pixels we produced: no EXIF (GPS, device), nothing appended.
// PDFs cannot be re-encoded safely, so their structure is checked instead. Anything else is refused.
import { fileTypeFromBuffer } from "file-type";
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFStream } from "pdf-lib";
import sharp from "sharp";
import { DomainError } from "../errors";
import { ATTACHMENT_LIMITS, TOO_LARGE_MESSAGE } from "../validation/attachment-limits";
import { jpegEnd, pdfFraming, pngEnd, webpEnd } from "./file-structure";

export type InspectedUpload = {
  kind: "image" | "pdf";
  contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
  extension: "jpg" | "png" | "webp" | "pdf";
  /** What to store: the re-encoded image, or the PDF as uploaded. */
  bytes: Buffer;
  width?: number;
  height?: number;
};

/** Decoded pixels, against decompression bombs; 50 MP still admits the 48-50 MP photos of current phones. */
export const MAX_IMAGE_PIXELS = 50_000_000;

const IMAGE_FORMATS = {
  "image/jpeg": { extension: "jpg", format: "jpeg" },
  "image/png": { extension: "png", format: "png" },
  "image/webp": { extension: "webp", format: "webp" },
} as const;
type ImageType = keyof typeof IMAGE_FORMATS;

function refuse(message: string): never {
  throw new DomainError("INVALID", message, { file: [message] });
}

const MESSAGES = {
  empty: "This file is empty.",
  notAccepted: "This file is not a JPEG, PNG or WebP image or a PDF. Please attach a photo or a PDF of your results.",
  incomplete: "This file seems to be incomplete. Please try uploading it again.",
  imageExtraData:
    "This image has extra data after the picture, so we cannot accept it. Please save it again as a plain photo " +
    "(a screenshot works) and upload that.",
  imageUnreadable: "This image could not be read: it may be damaged. Please try another file.",
  imageTooManyPixels: `This image is too large (more than ${MAX_IMAGE_PIXELS / 1_000_000} megapixels). Please send a smaller photo.`,
  pdfUnreadable: "This PDF could not be read: it may be damaged. Please try another file.",
  pdfExtraData: "This PDF has extra data outside the document, so we cannot accept it. Please save it again and retry.",
  pdfMarkup: "This PDF also contains web page code, so we cannot accept it. Please save it again and retry.",
  pdfEncrypted:
    "This PDF is protected with a password. Please save a copy without the password (for example with “Print to PDF”) and upload that.",
  pdfNoPages: "This PDF has no pages.",
  pdfActive:
    "This PDF contains scripts or actions that start other programs, which we do not accept. Please print it to a new PDF and upload that.",
} as const;

export async function inspectUpload(input: Uint8Array): Promise<InspectedUpload> {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) refuse(MESSAGES.empty);
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) refuse(TOO_LARGE_MESSAGE);

  // Our own check first: file-type calls some PDFs (Illustrator's, for one) by another name.
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return inspectPdf(bytes);

  const detected = await fileTypeFromBuffer(bytes);
  if (detected && detected.mime in IMAGE_FORMATS) return reencodeImage(bytes, detected.mime as ImageType);
  if (detected?.mime.startsWith("image/")) {
    refuse(
      `Images in ${detected.ext.toUpperCase()} format are not accepted. Please send a JPEG, PNG or WebP photo, or a PDF.`,
    );
  }
  return refuse(MESSAGES.notAccepted);
}

/** Where the image's own data ends, by its structure; refuses truncated files and anything appended. */
function checkImageFrame(bytes: Buffer, type: ImageType): void {
  if (type === "image/jpeg") {
    const primary = jpegEnd(bytes);
    if (!primary) refuse(MESSAGES.incomplete);
    let end = primary.end;
    // Multi-Picture JPEGs (HDR gain maps of current phones) carry further complete JPEGs after the first.
    while (primary.multiPicture && end < bytes.length && bytes[end] === 0xff) {
      const next = jpegEnd(bytes, end);
      if (!next) break;
      end = next.end;
    }
    // Some cameras and scanners pad the file with zero bytes: harmless, and dropped by the re-encode.
    if (!bytes.subarray(end).every((byte) => byte === 0)) refuse(MESSAGES.imageExtraData);
    return;
  }
  const end = type === "image/png" ? pngEnd(bytes) : webpEnd(bytes);
  if (end === null) refuse(MESSAGES.incomplete);
  if (end < bytes.length) refuse(MESSAGES.imageExtraData);
}

async function reencodeImage(bytes: Buffer, type: ImageType): Promise<InspectedUpload> {
  checkImageFrame(bytes, type);
  const { extension, format } = IMAGE_FORMATS[type];
  const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
    .timeout({ seconds: 30 })
    // Applies the EXIF orientation to the pixels: the tag itself goes with the rest of the metadata.
    .rotate();
  // No withMetadata()/keepExif(): sharp writes none of the input's metadata unless asked.
  const encoded =
    format === "jpeg"
      ? pipeline.jpeg({ quality: 85 })
      : format === "png"
        ? pipeline.png({ compressionLevel: 6 })
        : pipeline.webp({ quality: 85 });
  const output = await encoded.toBuffer({ resolveWithObject: true }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(/pixel limit/i.test(message) ? MESSAGES.imageTooManyPixels : MESSAGES.imageUnreadable);
  });
  // A busy photo can grow when re-encoded; twice the upload limit still bounds what one file may cost us.
  if (output.data.length > 2 * ATTACHMENT_LIMITS.maxBytes) refuse(MESSAGES.imageTooManyPixels);
  return {
    kind: "image",
    contentType: type,
    extension,
    bytes: output.data,
    width: output.info.width,
    height: output.info.height,
  };
}

async function inspectPdf(bytes: Buffer): Promise<InspectedUpload> {
  const framing = pdfFraming(bytes);
  if (framing === "no-header") refuse(MESSAGES.notAccepted);
  if (framing === "markup") refuse(MESSAGES.pdfMarkup);
  if (framing === "no-end") refuse(MESSAGES.incomplete);
  if (framing === "trailing-data") refuse(MESSAGES.pdfExtraData);

  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }).catch(() =>
    refuse(MESSAGES.pdfUnreadable),
  );
  if (document.isEncrypted) refuse(MESSAGES.pdfEncrypted);
  let pages = 0;
  try {
    pages = document.getPageCount();
  } catch {
    refuse(MESSAGES.pdfUnreadable);
  }
  if (pages < 1) refuse(MESSAGES.pdfNoPages);
  if (hasActiveContent(document)) refuse(MESSAGES.pdfActive);
  return { kind: "pdf", contentType: "application/pdf", extension: "pdf", bytes };
}

const ACTIVE_ACTIONS = new Set(["/JavaScript", "/Launch"]);

/** Scripts and program launches anywhere in the document (pdf-lib has already unpacked object streams). */
function hasActiveContent(document: PDFDocument): boolean {
  const scriptKeys = [PDFName.of("JS"), PDFName.of("JavaScript")];
  const actionType = PDFName.of("S");
  // Actions are often direct objects nested inside others (the catalog's /OpenAction, an annotation's /A).
  const visit = (object: PDFObject, depth: number): boolean => {
    if (depth > 32) return false;
    if (object instanceof PDFArray) return object.asArray().some((item) => visit(item, depth + 1));
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
    if (!dict) return false;
    if (scriptKeys.some((key) => dict.has(key))) return true;
    const action = dict.get(actionType);
    if (action instanceof PDFName && ACTIVE_ACTIONS.has(action.asString())) return true;
    return dict.values().some((value) => visit(value, depth + 1));
  };
  return document.context.enumerateIndirectObjects().some(([, object]) => visit(object, 0));
}
