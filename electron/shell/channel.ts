/**
 * The one IPC channel between the preload and the main process. Its own file so the preload bundle
 * pulls in this constant and nothing else of the main-process code.
 */
export const LEDGER_CHANNEL = 'ledger:call';
