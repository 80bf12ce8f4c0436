import { LedgerError } from '../../../shared/errors';
import { toErrorPayload } from '../dispatch';
import { isDamage, openInRecovery } from '../backup/recovery-mode';
import { openLedger, type Ledger } from '../ledger';
import { parseCoreArgs } from './protocol';
import { parentTransport } from './transport';

/**
 * The core process: opens the ledger named by --db, says ready (or fatal), then answers calls until told to close.
 * Runs as Electron's utility process in the app and as a forked Node child in tests.
 */
async function main(): Promise<void> {
  const transport = parentTransport();
  const args = parseCoreArgs(process.argv.slice(2));
  let ledger: Ledger;
  try {
    ledger = openOrRecover(args);
  } catch (error) {
    transport.send({ type: 'fatal', error: error instanceof LedgerError ? error.toPayload() : toErrorPayload(error, 'open') });
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 50); // let the message leave first
    return;
  }

  serve(transport, ledger);
}

/** The ledger, or — when it is damaged — the recovery service that offers its backups instead of dying. */
function openOrRecover(args: ReturnType<typeof parseCoreArgs>): Ledger {
  try {
    return openLedger(args);
  } catch (error) {
    if (!isDamage(error, args.dbPath)) throw error;
    console.error('[core] the ledger cannot be opened; starting in recovery', error);
    return openInRecovery(args, error);
  }
}

function serve(transport: ReturnType<typeof parentTransport>, ledger: Ledger): void {
  let closing = false;
  transport.onMessage((message) => {
    if (message.type === 'close') {
      if (closing) return;
      closing = true;
      void ledger.close().finally(() => process.exit(0));
      return;
    }
    if (message.type === 'call') {
      void ledger.call(message.method, message.input).then((result) => transport.send({ type: 'result', id: message.id, result }));
    }
  });
  // The parent going away (crash, test host killed) must not leave the lock file behind.
  process.on('disconnect', () => {
    if (!closing) void ledger.close().finally(() => process.exit(0));
  });
  void ledger.info().then((info) => transport.send({ type: 'ready', info }));
}

void main();
