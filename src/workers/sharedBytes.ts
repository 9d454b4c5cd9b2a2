/** Text posted to worker threads by reference: its UTF-8 bytes in shared memory. Kept apart from the tasks, whose modules load the analysis code, so the pool (and the server that owns it) can post without loading it. */

/** A string's UTF-8 bytes in shared memory, which a message to a worker carries without copying. */
export function sharedUtf8(text: string): SharedArrayBuffer {
  const bytes = Buffer.from(text, "utf8");
  const shared = new SharedArrayBuffer(bytes.length);
  bytes.copy(new Uint8Array(shared));
  return shared;
}
