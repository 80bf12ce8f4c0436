import type { HandlersOf } from '../handler-types';
import { readSettings, updateSettings } from './store';

export const settingsHandlers: HandlersOf<'settings'> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
};
