import type { Ref } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { en, type MessageSchema } from './locales/en'

/** The English texts are the schema every locale must match (vue-i18n checks `messages` against it). */
export const i18n = createI18n<[MessageSchema], 'en', false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en },
})

/** Every text of the locale files by its dotted key, e.g. `'checkIn.welcome'`. */
type KeysOf<Texts, Prefix extends string = ''> = {
  [Key in keyof Texts & (string | number)]: Texts[Key] extends string ? `${Prefix}${Key}` : KeysOf<Texts[Key], `${Prefix}${Key}.`>
}[keyof Texts & (string | number)]

export type TextKey = KeysOf<MessageSchema>

type Named = Record<string, unknown>

/** vue-i18n's `t`, but only for keys the locale files have: a missing or misspelt key is a type error. */
export interface Translate {
  (key: TextKey, namedOrPlural?: Named | number): string
  (key: TextKey, named: Named, plural: number): string
}

/** The words of the screens: use this, not vue-i18n's `useI18n`, so every key is checked (lint enforces it). */
export function useTexts(): { t: Translate; locale: Ref<string> } {
  const { t, locale } = useI18n()
  return { t: t as Translate, locale }
}

/** The same checked `t` outside a component (stores, error wording), in the app's current language. */
export const translate: Translate = i18n.global.t as Translate
