// A loopback TCP proxy in front of Postgres that records the SQL a page issues: the web server's DATABASE_URL points
// here, and the client→server half of the wire protocol is read for Parse/Bind (extended query: the statement and
// its parameters) and Query (simple query) messages. Nothing is changed on the way; no Postgres setting is needed.
import net from "node:net";

export type CapturedStatement = { text: string; values: (string | Buffer | null)[] };

export type SqlCapture = {
  port: number;
  /** Starts recording; returns the statements recorded until `stop`. */
  record: () => { stop: () => CapturedStatement[] };
  close: () => Promise<void>;
};

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;

export async function startSqlCapture(target: { host: string; port: number }, port: number): Promise<SqlCapture> {
  let recording: CapturedStatement[] | undefined;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const statements = new Map<string, string>();
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      while (true) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          started = code !== SSL_REQUEST && code !== CANCEL_REQUEST;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const type = String.fromCharCode(buffer[0] as number);
        const body = buffer.subarray(5, 1 + length);
        buffer = buffer.subarray(1 + length);
        if (type === "P") {
          const [name, afterName] = cString(body, 0);
          const [text] = cString(body, afterName);
          statements.set(name, text);
        } else if (type === "B" && recording) {
          recording.push(readBind(body, statements));
        } else if (type === "Q" && recording) {
          recording.push({ text: cString(body, 0)[0], values: [] });
        }
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port,
    record: () => {
      const list: CapturedStatement[] = [];
      recording = list;
      return {
        stop: () => {
          recording = undefined;
          return list;
        },
      };
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function cString(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  return [buffer.toString("utf8", offset, end), end + 1];
}

function readBind(body: Buffer, statements: Map<string, string>): CapturedStatement {
  const [, afterPortal] = cString(body, 0);
  const [statement, afterStatement] = cString(body, afterPortal);
  let offset = afterStatement;
  const formatCount = body.readInt16BE(offset);
  offset += 2;
  const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(offset + i * 2));
  offset += formatCount * 2;
  const valueCount = body.readInt16BE(offset);
  offset += 2;
  const values: (string | Buffer | null)[] = [];
  for (let i = 0; i < valueCount; i++) {
    const length = body.readInt32BE(offset);
    offset += 4;
    if (length < 0) {
      values.push(null);
      continue;
    }
    const bytes = Buffer.from(body.subarray(offset, offset + length));
    offset += length;
    const format = formats.length === 1 ? formats[0] : (formats[i] ?? 0);
    values.push(format === 1 ? bytes : bytes.toString("utf8"));
  }
  return { text: statements.get(statement) ?? "", values };
}
