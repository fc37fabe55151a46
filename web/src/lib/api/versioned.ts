/** A record as read, under its own name, with the ETag to send back in If-Match: `Versioned<{ network: NetworkDetails }>`. */
export type Versioned<T extends object> = T & { etag: string | null };

/** The ETag a response carries (null when the server sent none). */
export function etagOf(result: { response: Response }): string | null {
  return result.response.headers.get('ETag');
}
