import { isApiError } from '@/lib/api/problem';
import type { ApplicationDetails, CallDetails, CreateApplicationCommand, DocumentLink } from '@/lib/api/schema-types';
import { blank, num, type NumberInputValue } from '@/lib/forms/form-values';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

/** Mapping between an application's dossier as the API reads and takes it and the values of its form (pure). */
export type ApplicationFormValues = {
  projectSummary: string;
  requestedAxes: string[];
  requestedAmount: NumberInputValue;
  /** One link per required document, by its key. */
  documents: Record<string, string>;
  /** The vault document picked for a required document, by its key (it wins over a link); null when none. */
  vault: Record<string, VaultPick | null>;
};

/** A document of the cooperative's vault chosen for a required document (ADR 0030). */
export type VaultPick = { documentId: string; fileName: string; kind: string };

export function emptyApplication(call: CallDetails): ApplicationFormValues {
  return {
    projectSummary: '',
    requestedAxes: [],
    requestedAmount: '',
    documents: Object.fromEntries(call.documents.map((d) => [d.key, ''])),
    vault: Object.fromEntries(call.documents.map((d) => [d.key, null])),
  };
}

export function applicationValuesFrom(app: ApplicationDetails, call: CallDetails): ApplicationFormValues {
  const links = Object.fromEntries(app.documents.map((d) => [d.key, d.url ?? '']));
  const picks = Object.fromEntries(
    app.documents.flatMap((d) =>
      d.documentId ? [[d.key, { documentId: d.documentId, fileName: d.file?.fileName ?? '', kind: d.file?.kind ?? 'other' } satisfies VaultPick]] : [],
    ),
  );
  return {
    projectSummary: app.projectSummary ?? '',
    requestedAxes: [...app.requestedAxes],
    requestedAmount: app.requestedAmount ?? '',
    documents: Object.fromEntries(call.documents.map((d) => [d.key, links[d.key] ?? ''])),
    vault: Object.fromEntries(call.documents.map((d) => [d.key, picks[d.key] ?? null])),
  };
}

/** The dossier as the API takes it: only the documents picked from the vault or with a link, in the call's order. */
export function applicationBodyFrom(v: ApplicationFormValues, call: CallDetails): Omit<CreateApplicationCommand, 'cooperativeId'> {
  return {
    projectSummary: blank(v.projectSummary),
    requestedAxes: v.requestedAxes,
    requestedAmount: num(v.requestedAmount),
    documents: call.documents.flatMap((d): DocumentLink[] => {
      const pick = v.vault?.[d.key];
      if (pick) return [{ key: d.key, documentId: pick.documentId }];
      const url = (v.documents[d.key] ?? '').trim();
      return url.length > 0 ? [{ key: d.key, url }] : [];
    }),
  };
}

/**
 * The server's field errors on the form's fields: "documents[1].url" names the second document sent, so it is put
 * on that document's field; a 422 application.documents_missing marks every missing document.
 */
export function applicationErrorsFrom(
  error: unknown,
  sent: Omit<CreateApplicationCommand, 'cooperativeId'> | null,
  missingMessage: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const doc = /^documents\.(\d+)(\.\w+)?$/.exec(path);
    const axis = /^requestedAxes\.\d+$/.exec(path);
    if (doc && sent?.documents?.[Number(doc[1])]) out[`documents.${sent.documents[Number(doc[1])]!.key}`] = message;
    else if (axis) out.requestedAxes = message;
    else if (path !== 'documents') out[path] = message;
  }
  if (isApiError(error) && Array.isArray(error.problem.missingDocuments)) {
    for (const key of error.problem.missingDocuments as unknown[]) {
      if (typeof key === 'string') out[`documents.${key}`] = missingMessage;
    }
  }
  return out;
}
