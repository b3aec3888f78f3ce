// C1: the cheapest way Node can answer with the story page — its exact bytes, from memory, via node:http.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
const html = readFileSync(file as string);
createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
  response.end(html);
}).listen(Number(port), "127.0.0.1");
