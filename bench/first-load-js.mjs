import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript of a page, measured the way Next.js defines "First Load JS": every script
 * file a modern browser loads from the HTML, gzipped (`nomodule` polyfills are left out: browsers
 * that run modules never fetch them).
 * The inline <script> blocks are Next's RSC page data (the rendered page again, as data); they are
 * part of the HTML document and reported apart, gzipped together as they travel in the HTML.
 * @returns {Promise<{ rawBytes: number, gzipBytes: number, inlineGzipBytes: number, htmlGzipBytes: number, scripts: number }>}
 */
export async function firstLoadJs(pageUrl) {
  const response = await fetch(pageUrl);
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => new URL(m[2].replaceAll("&amp;", "&"), pageUrl).href);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return {
    rawBytes,
    gzipBytes,
    inlineGzipBytes: gzipSync(inline).length,
    htmlGzipBytes: gzipSync(html).length,
    scripts: sources.length,
  };
}
