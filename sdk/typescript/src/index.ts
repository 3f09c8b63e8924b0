// The SDK's entry point: the generated contract types and the hand-written client.
export type { components, operations, paths } from "./generated/schema.js";
export {
  JobsApiClient,
  ProblemError,
  type ApiResponse,
  type CallOptions,
  type ClientOptions,
  type Problem,
  type RateLimit,
  type Schemas,
  type SuccessBody,
} from "./client.js";
