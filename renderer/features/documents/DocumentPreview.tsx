import { useMemo } from 'react';
import type { DocumentContent } from '../../../shared/contract/documents';
import { renderDocument } from '../../../shared/print';
import './documents.css';

/**
 * The very HTML that prints, shown at A4 width. The frame is sandboxed with no permissions at all: no script, no
 * forms, no navigation of the app, an opaque origin — whatever a name or description contains stays text.
 */
export function DocumentPreview({ content, html: given, height = 720 }: { content?: DocumentContent | null; html?: string; height?: number }) {
  const html = useMemo(() => given ?? (content ? renderDocument(content) : ''), [content, given]);
  return (
    <div className="document-preview" style={{ height }}>
      <iframe title="文书预览" sandbox="" srcDoc={html} data-testid="document-preview" />
    </div>
  );
}
