export { looksLikeHtml, type HtmlHints } from './detect-html.ts';
export { charsetOf, decodeHtml } from './decode-html.ts';
export { htmlToArticle, type HtmlArticle, type HtmlArticleResult, type HtmlToArticleOptions } from './html-to-article.ts';
export { readPageMeta, type PageMeta } from './page-meta.ts';
