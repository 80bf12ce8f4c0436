import { escapeHtml, type SafeHtml } from './escape';

/**
 * A complete, self-contained HTML document: inline CSS only, nothing fetched, nothing run. The CSP forbids scripts
 * and any load, so even text that slipped past escaping could not execute or call out when the preview shows it.
 */
export function htmlDocument(options: { title: string; css: string; body: SafeHtml }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(options.title)}</title>
<style>${options.css}</style>
</head>
<body>
${options.body.value}
</body>
</html>
`;
}
