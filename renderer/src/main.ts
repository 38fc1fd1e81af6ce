import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { z } from 'zod'
import { fieldMessage } from '@shared/field-messages'
import App from './App.vue'
import { hostConnectionPlugin } from './api/host-connection'
import { connectKioskApi } from './api/kiosk-api'
import { kioskClientPlugin } from './api/kiosk-client-plugin'
import { createKioskClient } from './api/kiosk-client'
import { i18n } from './i18n'
import { router } from './router'
import './styles/base.css'

// The page's CSP forbids eval; jitless keeps zod from probing for it. A check without a message of its
// own says "check this entry" in the screen's language rather than zod's English.
z.config({ jitless: true, customError: () => fieldMessage.checkEntry })

// A dropped file or link must not navigate the kiosk page away.
for (const name of ['dragover', 'drop'] as const) {
  document.addEventListener(name, (event) => event.preventDefault())
}

const app = createApp(App)
const transport = connectKioskApi()
if (transport) app.use(kioskClientPlugin(createKioskClient(transport.api))).use(hostConnectionPlugin(transport.connection))
app.use(createPinia()).use(router).use(i18n).mount('#app')
