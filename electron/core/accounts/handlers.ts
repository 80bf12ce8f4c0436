import type { HandlersOf } from '../handler-types';
import * as accounts from './service';

export const accountHandlers: HandlersOf<'accounts'> = {
  'accounts.status': (_input, ctx) => accounts.sessionStatus(ctx),
  'accounts.setupFirstAdmin': (input, ctx) => accounts.setupFirstAdmin(ctx, input),
  'accounts.login': (input, ctx) => accounts.login(ctx, input),
  'accounts.logout': (_input, ctx) => accounts.logout(ctx),
  'accounts.lock': (_input, ctx) => accounts.lock(ctx),
  'accounts.unlock': (input, ctx) => accounts.unlock(ctx, input),
  'accounts.changeOwnPassword': (input, ctx) => accounts.changeOwnPassword(ctx, input),
  'accounts.list': (_input, ctx) => accounts.listAccounts(ctx),
  'accounts.create': (input, ctx) => accounts.createAccount(ctx, input),
  'accounts.update': (input, ctx) => accounts.updateAccount(ctx, input),
  'accounts.setDisabled': (input, ctx) => accounts.setDisabled(ctx, input),
  'accounts.resetPassword': (input, ctx) => accounts.resetPassword(ctx, input),
};
