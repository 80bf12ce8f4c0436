import type { HandlersOf } from '../handler-types';
import { documentByNumber, getDocument, issueDocument, listDocuments, previewDocument, serveDocument, voidDocument } from './register';

export const documentHandlers: HandlersOf<'documents'> = {
  'documents.preview': (input, ctx) => previewDocument(ctx, input),
  'documents.issue': (input, ctx) => issueDocument(ctx, input),
  'documents.list': (input, ctx) => listDocuments(ctx, input ?? {}),
  'documents.get': (input, ctx) => getDocument(ctx, input.id),
  'documents.byNumber': (input, ctx) => documentByNumber(ctx, input.number),
  'documents.serve': (input, ctx) => serveDocument(ctx, input.id, input.servedDate, input.receiver),
  'documents.void': (input, ctx) => voidDocument(ctx, input.id, input.reason),
};
