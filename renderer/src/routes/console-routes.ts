import type { RouteRecordRaw } from 'vue-router'

/** The staff console's pages, children of /console; `meta.access` says who may open each. */
export const consoleRoutes: RouteRecordRaw[] = [
  { path: '', name: 'console-overview', component: () => import('../views/ConsoleOverviewView.vue'), meta: { access: 'staff' } },
  { path: 'settings', name: 'console-settings', component: () => import('../views/ConsoleSettingsView.vue'), meta: { access: 'manager' } },
]
