import { useMutation, useQueryClient } from '@tanstack/react-query';
import { antiforgeryHeader } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { DocumentDetails, DocumentKind } from '@/lib/api/schema-types';
import { cooperativeDocumentsQueryKey } from '@/features/documents/api/get-cooperative-documents';
import { noteWrite } from '@/lib/api/fresh-after-write';

export type UploadDocumentInput = {
  cooperativeId: string;
  file: File;
  kind: DocumentKind;
  issuedOn?: string;
  expiresOn?: string;
  /** Called with 0–100 as the bytes leave the phone. */
  onProgress?: (percent: number) => void;
};

/**
 * Sends the multipart form with XMLHttpRequest rather than fetch: fetch cannot report how much of a request body
 * has been sent, and on a weak connection a 5 MB scan takes long enough that a person needs to see it moving.
 */
export async function uploadCooperativeDocument(input: UploadDocumentInput): Promise<DocumentDetails> {
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  form.append('kind', input.kind);
  if (input.issuedOn) form.append('issuedOn', input.issuedOn);
  if (input.expiresOn) form.append('expiresOn', input.expiresOn);
  const { headerName, token } = await antiforgeryHeader();
  return new Promise<DocumentDetails>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/cooperatives/${encodeURIComponent(input.cooperativeId)}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader(headerName, token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) {
        noteWrite();
        input.onProgress?.(100);
        resolve(body as DocumentDetails);
      } else {
        reject(new ApiError(xhr.status, body as Problem | undefined));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, undefined));
    xhr.send(form);
  });
}

export function useUploadCooperativeDocument(cooperativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCooperativeDocument,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cooperativeDocumentsQueryKey(cooperativeId) }),
  });
}
