import { visitPoliciesSchema } from '../schemas/visit-policy'
import { defineCall, noRequest } from './define'

export const policyCalls = {
  'policies.get': defineCall({ access: 'manager', request: noRequest, response: visitPoliciesSchema }),
  'policies.save': defineCall({ access: 'manager', request: visitPoliciesSchema, response: visitPoliciesSchema }),
} as const
