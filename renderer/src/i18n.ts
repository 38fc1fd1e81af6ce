import { createI18n } from 'vue-i18n'
import { en, type MessageSchema } from './locales/en'

export const i18n = createI18n<[MessageSchema], 'en'>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en },
})
