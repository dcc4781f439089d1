// Articles: list, preview what would be extracted, load (JSON text or a file
// upload), delete, and read one's stored text with its sentences.
import type {
  ArticleInputBody,
  ArticleListResponse,
  ArticleTextResponse,
  DeleteArticleResponse,
  LoadResponse,
  PreviewResponse,
} from '../../../server/api/contract.ts';
import { request, send, type Result } from './http.ts';

/** The article as typed (JSON) or as a file (multipart), with optional metadata. */
export type ArticleSource =
  | { readonly kind: 'text'; readonly body: ArticleInputBody }
  | { readonly kind: 'file'; readonly file: File; readonly meta: Omit<ArticleInputBody, 'text'> };

function post<T>(path: string, src: ArticleSource): Promise<Result<T>> {
  if (src.kind === 'text') return send('POST', path, src.body);
  const form = new FormData();
  form.set('file', src.file);
  for (const [k, v] of Object.entries(src.meta)) if (typeof v === 'string' && v !== '') form.set(k, v);
  return request<T>(path, { method: 'POST', body: form });
}

export function listArticles(): Promise<Result<ArticleListResponse>> {
  return request('/articles');
}

export function previewArticle(src: ArticleSource): Promise<Result<PreviewResponse>> {
  return post('/articles/preview', src);
}

export function loadArticle(src: ArticleSource): Promise<Result<LoadResponse>> {
  return post('/articles', src);
}

export function deleteArticle(id: string): Promise<Result<DeleteArticleResponse>> {
  return send('DELETE', `/articles/${encodeURIComponent(id)}`);
}

/** The article's stored text, its sentence spans and its claims (what a claim added by hand starts from). */
export function fetchArticleText(id: string): Promise<Result<ArticleTextResponse>> {
  return request(`/articles/${encodeURIComponent(id)}/text`);
}
