/**
 * Asking for the 关于 dialog: the header's button calls openAbout(); the shell's 帮助 → 关于 menu changes the hash to
 * #/about (a same-document navigation, so no extra bridge channel is needed). That hash is not a page: the listener
 * puts the previous address back before the router's own hashchange listener reads it — it is registered when this
 * module loads, before any component mounts — so the page behind the dialog stays where the clerk was.
 */
export const ABOUT_HASH = '#/about';

type Listener = () => void;
const listeners = new Set<Listener>();

export function openAbout(): void {
  for (const listener of listeners) listener();
}

export function onAboutRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

window.addEventListener('hashchange', (event) => {
  if (window.location.hash !== ABOUT_HASH) return;
  window.history.replaceState(null, '', event.oldURL);
  openAbout();
});
