// Byte-level walkers for the formats we accept. Decoders are lenient about what follows an image (a ZIP or an
// HTML page glued after a PNG still decodes), so where each file really ends is checked here, by its structure.

/** Where a JPEG starting at `start` ends (just past its EOI marker), or null when it is cut short or malformed. */
export function jpegEnd(bytes: Uint8Array, start = 0): { end: number; multiPicture: boolean } | null {
  if (bytes[start] !== 0xff || bytes[start + 1] !== 0xd8) return null;
  let multiPicture = false;
  let i = start + 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    while (bytes[i] === 0xff) i++; // fill bytes before a marker
    if (i >= bytes.length) return null;
    const marker = bytes[i++] as number;
    if (marker === 0xd9) return { end: i, multiPicture };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // markers without a length
    if (i + 2 > bytes.length) return null;
    const length = ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
    if (length < 2 || i + length > bytes.length) return null;
    // APP2 "MPF\0": the Multi-Picture Format (phone HDR gain maps, depth maps) stores more JPEGs after this one.
    if (marker === 0xe2 && ascii(bytes, i + 2, 4) === "MPF\0") multiPicture = true;
    i += length;
    if (marker === 0xda) {
      // Entropy-coded scan data runs until a marker that is neither a stuffed 0xFF00 nor a restart marker.
      for (;;) {
        const ff = bytes.indexOf(0xff, i);
        if (ff < 0 || ff + 1 >= bytes.length) return null;
        const next = bytes[ff + 1] as number;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
          i = ff + 2;
        } else if (next === 0xff) {
          i = ff + 1;
        } else {
          i = ff;
          break;
        }
      }
    }
  }
  return null;
}

/** Where a PNG ends (just past its IEND chunk), or null when a chunk runs past the end or IEND never comes. */
export function pngEnd(bytes: Uint8Array): number | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = view.getUint32(i);
    const type = ascii(bytes, i + 4, 4);
    const next = i + 12 + length; // length, type, data, CRC
    if (next > bytes.length) return null;
    if (type === "IEND") return next;
    i = next;
  }
  return null;
}

/** Where a WebP ends by its RIFF header, or null when the header or its chunks do not add up. */
export function webpEnd(bytes: Uint8Array): number | null {
  if (bytes.length < 20 || ascii(bytes, 0, 4) !== "RIFF" || ascii(bytes, 8, 4) !== "WEBP") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = 8 + view.getUint32(4, true);
  if (end > bytes.length) return null;
  let i = 12;
  while (i + 8 <= end) {
    const size = view.getUint32(i + 4, true);
    i += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return i === end ? end : null;
}

export type PdfFraming = "ok" | "no-header" | "no-end" | "trailing-data" | "markup";

/** The PDF's outer frame: `%PDF-x.y` at offset 0, `%%EOF` at the end with only whitespace after it, no markup up front. */
export function pdfFraming(bytes: Uint8Array): PdfFraming {
  if (!/^%PDF-\d\.\d/.test(ascii(bytes, 0, 8))) return "no-header";
  // Browsers sniff the first bytes; a PDF whose opening also reads as a web page is a polyglot.
  if (/<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta)\b/i.test(ascii(bytes, 0, 1024))) {
    return "markup";
  }
  // Readers look for the last %%EOF within the final 1024 bytes.
  const tailStart = Math.max(0, bytes.length - 1024);
  const tail = ascii(bytes, tailStart, bytes.length - tailStart);
  const eof = tail.lastIndexOf("%%EOF");
  if (eof < 0) return "no-end";
  return /^[\r\n\t\f\0 ]*$/.test(tail.slice(eof + 5)) ? "ok" : "trailing-data";
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    "latin1",
    start,
    Math.min(bytes.length, start + length),
  );
}
