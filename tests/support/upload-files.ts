// Real files for upload tests, built in memory: photos from sharp (one carrying EXIF GPS), PDFs from pdf-lib,
// and the hostile variants (truncated, with data appended, renamed programs) that the upload check must refuse.
import { crc32, deflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import sharp, { type Sharp } from "sharp";

/** A noisy picture, so that the encoders have real work to do (a flat colour compresses to nothing). */
export async function noisePixels(width: number, height: number): Promise<Sharp> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + (i >> 5) * 104729) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

export const GPS_EXIF = {
  IFD0: { Make: "PhoneMaker", Model: "Phone 15", Software: "Camera 1.0" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 12/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "16/1 22/1 10/1" },
};

export async function jpegWithGps(width = 320, height = 200): Promise<Buffer> {
  return (await noisePixels(width, height)).jpeg({ quality: 90 }).withExif(GPS_EXIF).toBuffer();
}

/** A JPEG whose EXIF says "rotate 90° clockwise to display": stored 320×200, shown 200×320. */
export async function rotatedJpeg(): Promise<Buffer> {
  return (await noisePixels(320, 200)).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}

export async function png(width = 240, height = 160): Promise<Buffer> {
  return (await noisePixels(width, height)).png().toBuffer();
}

export async function webp(width = 240, height = 160): Promise<Buffer> {
  return (await noisePixels(width, height)).webp().withExif(GPS_EXIF).toBuffer();
}

export async function gif(): Promise<Buffer> {
  return (await noisePixels(16, 16)).gif().toBuffer();
}

export async function pdf(options: { pages?: number; useObjectStreams?: boolean } = {}): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < (options.pages ?? 1); i++) {
    document.addPage([595, 842]).drawText(`Blood tests, page ${i + 1}`, { x: 72, y: 770, size: 16, font });
  }
  return Buffer.from(await document.save({ useObjectStreams: options.useObjectStreams ?? true }));
}

/** A PDF whose trailer names an encryption dictionary, as password-protected PDFs do. */
export async function encryptedPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  document.context.trailerInfo.Encrypt = document.context.obj({
    Filter: "Standard",
    V: 1,
    R: 2,
    O: PDFString.of("0123456789abcdef0123456789abcdef"),
    U: PDFString.of("0123456789abcdef0123456789abcdef"),
    P: -44,
  });
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** A PDF that runs JavaScript when opened (an /OpenAction nested directly in the catalog). */
export async function pdfWithJavaScript(useObjectStreams = true): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  document.catalog.set(
    PDFName.of("OpenAction"),
    document.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert('hi')") }),
  );
  return Buffer.from(await document.save({ useObjectStreams }));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A tiny file claiming 20000×20000 pixels (400 MP): a decompression bomb's header. */
export function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20_000, 0);
  header.writeUInt32BE(20_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(20_001 * 3))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A JPEG declaring the Multi-Picture Format (APP2 "MPF\0") followed by a second JPEG, like phone HDR photos. */
export async function multiPictureJpeg(): Promise<Buffer> {
  const primary = await (await noisePixels(160, 120)).jpeg().toBuffer();
  const gainMap = await (await noisePixels(40, 30)).jpeg().toBuffer();
  const payload = Buffer.concat([Buffer.from("MPF\0", "latin1"), Buffer.alloc(8)]);
  const app2 = Buffer.concat([Buffer.from([0xff, 0xe2, 0, payload.length + 2]), payload]);
  return Buffer.concat([primary.subarray(0, 2), app2, primary.subarray(2), gainMap]);
}

export const ZIP_BYTES = Buffer.concat([
  Buffer.from("PK\x03\x04\x14\x00\x00\x00\x00\x00", "latin1"),
  Buffer.alloc(16),
  Buffer.from("\x09\x00\x00\x00evil.html<script>alert(1)</script>PK\x05\x06", "latin1"),
  Buffer.alloc(18),
]);
export const HTML_BYTES = Buffer.from(
  "<html><body><script>fetch('/api/me').then(r=>r.text()).then(alert)</script></body></html>",
);
export const ELF_BYTES = Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\x00", "latin1"), Buffer.alloc(120, 1)]);
export const WINDOWS_EXE_BYTES = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"),
  Buffer.alloc(50),
  Buffer.from("This program cannot be run in DOS mode.", "latin1"),
  Buffer.alloc(200),
]);
