import type { NavigationGuardReturn, RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { useCheckInStore } from '../stores/check-in'
import { useCheckOutStore } from '../stores/check-out'

/** Coming from the welcome screen is a new visitor: nothing of the last one may show. */
function freshFromWelcome(reset: () => void): (to: RouteLocationNormalized, from: RouteLocationNormalized) => NavigationGuardReturn {
  return (_to, from) => {
    if (from.name === 'welcome') reset()
    return true
  }
}

/** A screen in the middle of check-in opened without its earlier steps (a reload, an old link) starts over. */
function requires(ready: (store: ReturnType<typeof useCheckInStore>) => boolean): () => NavigationGuardReturn {
  return () => (ready(useCheckInStore()) ? true : { name: 'check-in' })
}

/** The visitor's screens after the welcome screen: check-in, invitations, check-out. */
export const visitorRoutes: RouteRecordRaw[] = [
  { path: '/check-in', name: 'check-in', component: () => import('../views/visitor/CheckInTypeView.vue'), beforeEnter: freshFromWelcome(() => useCheckInStore().reset()) },
  {
    path: '/check-in/details',
    name: 'check-in-details',
    component: () => import('../views/visitor/CheckInDetailsView.vue'),
    beforeEnter: requires((store) => store.visitType !== null),
  },
  {
    path: '/check-in/agreement',
    name: 'check-in-agreement',
    component: () => import('../views/visitor/CheckInAgreementView.vue'),
    beforeEnter: requires((store) => store.agreement !== null),
  },
  {
    path: '/check-in/result',
    name: 'check-in-result',
    component: () => import('../views/visitor/CheckInResultView.vue'),
    beforeEnter: requires((store) => store.outcome !== null),
    meta: { ownsTimeout: true },
  },
  { path: '/check-in/closed', name: 'check-in-closed', component: () => import('../views/visitor/CheckInClosedView.vue') },
  { path: '/check-in/invitation', name: 'check-in-invite', component: () => import('../views/visitor/InviteView.vue') },
  {
    path: '/check-out',
    name: 'check-out',
    component: () => import('../views/visitor/CheckOutView.vue'),
    beforeEnter: freshFromWelcome(() => useCheckOutStore().reset()),
  },
]
