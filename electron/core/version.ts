/** The program's version, set by the build from package.json (esbuild define); "dev" when run from sources. */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
