import type { FromCore, ToCore } from './protocol';

/** How the core process talks to its parent: Electron's parentPort in the app, Node's IPC channel when forked. */
export interface Transport {
  send(message: FromCore): void;
  onMessage(listener: (message: ToCore) => void): void;
}

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function parentTransport(): Transport {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToCore)),
    };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return {
      send: (message) => send(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
    };
  }
  throw new Error('core: started without a parent (run it from the app, a test host or the CLI)');
}
