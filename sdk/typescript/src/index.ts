// The SDK's entry point: the generated contract types and the hand-written client.
export type { components, operations, paths, webhooks } from "./generated/schema.js";
export {
  JobsApiClient,
  NetworkError,
  PROBLEM_TYPES,
  ProblemError,
  isProblem,
  verifyWebhook,
  type ApiResponse,
  type CallOptions,
  type ClientOptions,
  type Problem,
  type ProblemType,
  type RateLimit,
  type Schemas,
  type SuccessBody,
  type WebhookEvent,
  type WebhookEventOf,
} from "./client.js";
