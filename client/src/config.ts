// The client's configuration, read once: where the API lives.
export const config = Object.freeze({
  /** Base path of the API; same origin as the page. */
  apiBase: '/api',
});
