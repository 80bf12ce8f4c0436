import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/contract/client';
import { bridgeMethodNames } from '../../shared/contract/index';
import { LEDGER_CHANNEL } from './channel';

/**
 * Runs sandboxed before the page: it may only require 'electron', so the build bundles it (with the contract's
 * method list) into one CJS file. The page receives window.ledger — one function per contract method, each
 * resolving to a Result — and never ipcRenderer itself, which would let any script send on any channel.
 */
contextBridge.exposeInMainWorld(
  'ledger',
  buildBridge(bridgeMethodNames, (method, input) => ipcRenderer.invoke(LEDGER_CHANNEL, method, input)),
);
