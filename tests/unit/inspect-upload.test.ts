// The upload check on real files: what is accepted comes back re-encoded and without metadata; renamed
// programs, cut-off files and polyglots (a picture or PDF that is also something else) are refused.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectUpload } from "../../lib/attachments/inspect-upload";
import { failureOf } from "../support/domain-error";
import {
  ELF_BYTES,
  encryptedPdf,
  gif,
  HTML_BYTES,
  jpegWithGps,
  multiPictureJpeg,
  pdf,
  pdfWithJavaScript,
  png,
  pngBomb,
  rotatedJpeg,
  WINDOWS_EXE_BYTES,
  webp,
  ZIP_BYTES,
} from "../support/upload-files";

const refusal = async (bytes: Buffer) => {
  const error = await failureOf(inspectUpload(bytes));
  expect(error.code).toBe("INVALID");
  return error.message;
};

describe("accepted files", () => {
  it("re-encodes a JPEG and drops its EXIF, GPS included", async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString("latin1")).toContain("PhoneMaker");

    const result = await inspectUpload(original);
    expect(result).toMatchObject({
      kind: "image",
      contentType: "image/jpeg",
      extension: "jpg",
      width: 320,
      height: 200,
    });
    const after = await sharp(result.bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(result.bytes.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect(result.bytes.equals(original)).toBe(false);
  });

  it("applies the EXIF orientation to the pixels before dropping the tag", async () => {
    const original = await rotatedJpeg();
    expect((await sharp(original).metadata()).orientation).toBe(6);
    const result = await inspectUpload(original);
    expect([result.width, result.height]).toEqual([200, 320]);
    expect((await sharp(result.bytes).metadata()).orientation).toBeUndefined();
  });

  it("re-encodes PNG as PNG and WebP as WebP, without metadata", async () => {
    const pngResult = await inspectUpload(await png());
    expect(pngResult).toMatchObject({ contentType: "image/png", extension: "png", width: 240, height: 160 });
    expect((await sharp(pngResult.bytes).metadata()).format).toBe("png");

    const original = await webp();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const webpResult = await inspectUpload(original);
    expect(webpResult).toMatchObject({ contentType: "image/webp", extension: "webp", width: 240, height: 160 });
    const after = await sharp(webpResult.bytes).metadata();
    expect(after.format).toBe("webp");
    expect(after.exif).toBeUndefined();
  });

  it("accepts a phone's multi-picture JPEG (HDR gain map after the photo) and keeps only the photo", async () => {
    const result = await inspectUpload(await multiPictureJpeg());
    expect(result).toMatchObject({ contentType: "image/jpeg", width: 160, height: 120 });
  });

  it("accepts a JPEG padded with zero bytes, as some cameras write them", async () => {
    const result = await inspectUpload(Buffer.concat([await jpegWithGps(), Buffer.alloc(512)]));
    expect(result.contentType).toBe("image/jpeg");
  });

  it("accepts a PDF as uploaded, with or without object streams", async () => {
    for (const useObjectStreams of [true, false]) {
      const original = await pdf({ pages: 2, useObjectStreams });
      const result = await inspectUpload(original);
      expect(result).toMatchObject({ kind: "pdf", contentType: "application/pdf", extension: "pdf" });
      expect(result.bytes.equals(original)).toBe(true);
    }
  });

  it("tolerates line breaks after a PDF's %%EOF", async () => {
    const result = await inspectUpload(Buffer.concat([await pdf(), Buffer.from("\r\n\n")]));
    expect(result.kind).toBe("pdf");
  });
});

describe("refused files", () => {
  it("refuses programs renamed to photo.jpg, whatever the name says", async () => {
    expect(await refusal(ELF_BYTES)).toMatch(/not a JPEG, PNG or WebP image or a PDF/);
    expect(await refusal(WINDOWS_EXE_BYTES)).toMatch(/not a JPEG, PNG or WebP image or a PDF/);
  });

  it("refuses a text file named x.pdf, an HTML page and an empty file", async () => {
    expect(await refusal(Buffer.from("These are my blood test results: all fine.\n"))).toMatch(/not a JPEG/);
    expect(await refusal(HTML_BYTES)).toMatch(/not a JPEG/);
    expect(await refusal(Buffer.alloc(0))).toMatch(/empty/);
  });

  it("names image formats it does not take", async () => {
    expect(await refusal(await gif())).toMatch(/GIF format are not accepted/);
  });

  it("refuses files over 10 MB", async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await refusal(big)).toMatch(/larger than 10 MB/);
  });

  it("refuses truncated images", async () => {
    const jpeg = await jpegWithGps();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toMatch(/incomplete/);
    expect(await refusal(jpeg.subarray(0, jpeg.length - 2))).toMatch(/incomplete/);
    const image = await png();
    expect(await refusal(image.subarray(0, image.length - 20))).toMatch(/incomplete/);
    expect(await refusal(image.subarray(0, 200))).toMatch(/incomplete/);
    const webpImage = await webp();
    expect(await refusal(webpImage.subarray(0, webpImage.length - 10))).toMatch(/incomplete/);
  });

  it("refuses images with a ZIP, a script or an HTML page appended (polyglots)", async () => {
    const image = await png();
    expect(await refusal(Buffer.concat([image, ZIP_BYTES]))).toMatch(/extra data after the picture/);
    expect(await refusal(Buffer.concat([image, HTML_BYTES]))).toMatch(/extra data after the picture/);
    const jpeg = await jpegWithGps();
    expect(await refusal(Buffer.concat([jpeg, Buffer.from("<?php system($_GET['c']); ?>")]))).toMatch(/extra data/);
    expect(await refusal(Buffer.concat([await webp(), HTML_BYTES]))).toMatch(/extra data/);
  });

  it("refuses a second JPEG glued to one that does not declare multiple pictures", async () => {
    const jpeg = await jpegWithGps();
    expect(await refusal(Buffer.concat([jpeg, jpeg]))).toMatch(/extra data/);
  });

  it("refuses a WebP whose RIFF size was stretched over appended data", async () => {
    const stretched = Buffer.concat([await webp(), HTML_BYTES]);
    stretched.writeUInt32LE(stretched.length - 8, 4);
    expect(await refusal(stretched)).toMatch(/incomplete|extra data/);
  });

  it("refuses decompression bombs by their pixel count", async () => {
    expect(await refusal(pngBomb())).toMatch(/more than 50 megapixels/);
  });

  it("refuses a PDF that is also a web page", async () => {
    const document = await pdf();
    const htmlFirst = Buffer.concat([Buffer.from("<html><script>alert(document.cookie)</script>\n"), document]);
    expect(await refusal(htmlFirst)).toMatch(/not a JPEG/);
    const htmlInside = Buffer.concat([
      document.subarray(0, 15),
      Buffer.from("\n%<html><script>alert(1)</script>\n"),
      document.subarray(15),
    ]);
    expect(await refusal(htmlInside)).toMatch(/web page code/);
  });

  it("refuses a PDF with data after its end, a cut-off PDF and garbage behind a PDF header", async () => {
    const document = await pdf();
    const archive = Buffer.from("PK\x03\x04\x14\x00 an archive glued after the PDF", "latin1");
    expect(await refusal(Buffer.concat([document, archive]))).toMatch(/extra data outside the document/);
    expect(await refusal(document.subarray(0, document.length - 40))).toMatch(/incomplete/);
    const garbage = Buffer.from(`%PDF-1.7\n${"garbage ".repeat(200)}\n%%EOF\n`);
    expect(await refusal(garbage)).toMatch(/could not be read/);
  });

  it("refuses a password-protected PDF with a message that says so", async () => {
    expect(await refusal(await encryptedPdf())).toMatch(/protected with a password/);
  });

  it("refuses a PDF that runs JavaScript, also inside compressed object streams", async () => {
    expect(await refusal(await pdfWithJavaScript(false))).toMatch(/scripts or actions/);
    expect(await refusal(await pdfWithJavaScript(true))).toMatch(/scripts or actions/);
  });
});
