import type { nl } from './nl.ts';

/** The shape of every translation: the Dutch strings are the reference. */
export type Messages<T = typeof nl> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

declare module 'i18next' {
  interface CustomTypeOptions {
    // Makes `t('unknown.key')` a compile error.
    resources: { translation: typeof nl };
  }
}
