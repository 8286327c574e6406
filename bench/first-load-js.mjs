import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript of a page: every script a modern browser loads from the HTML (external and
 * inline), gzipped. `nomodule` polyfills are left out: browsers that run modules never fetch them.
 * @returns {Promise<{ rawBytes: number, gzipBytes: number, scripts: number }>}
 */
export async function firstLoadJs(pageUrl) {
  const response = await fetch(pageUrl);
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => new URL(m[2].replaceAll("&amp;", "&"), pageUrl).href);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  for (const body of inline) {
    rawBytes += Buffer.byteLength(body);
    gzipBytes += gzipSync(body).length;
  }
  return { rawBytes, gzipBytes, scripts: sources.length + inline.length };
}
