/** The Swedish page a browser gets when a sign-in through the identity provider does not succeed. */
import { escapeHtml } from '#report/html.ts';

export function signInRefusedPage(heading: string, message: string): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)} – Uppföljning</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
a{color:#0b4f8a}a:focus{outline:3px solid #0b4f8a;outline-offset:2px}</style></head>
<body><main><h1>${escapeHtml(heading)}</h1>
<p id="meddelande">${escapeHtml(message)}</p>
<p><a href="/">Tillbaka till inloggningen</a></p></main></body></html>`;
}
