import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '@/lib/api/schema';

/** msw handlers typed from the generated OpenAPI schema (paths, params and bodies). */
export const http = createOpenApiHttp<paths>({ baseUrl: 'http://localhost:3000' });
